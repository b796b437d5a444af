// Arbitraries are built once and reused: building one is far dearer than drawing from it
// (fc.stringMatching compiles its pattern into a tree of arbitraries; a party took 60 ms), and a
// policy uses a few hundred of them.

import type { Locale } from "@policy/core";

/** `make()` the first time, the same value after. */
export function once<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** `make(locales)` once per list of languages. */
export function perLocales<T>(make: (locales: readonly Locale[]) => T): (locales: readonly Locale[]) => T {
  const made = new Map<string, T>();
  return (locales) => {
    const key = locales.join(",");
    if (!made.has(key)) made.set(key, make(locales));
    return made.get(key) as T;
  };
}
