// A free text as a policy writes it (core's LocalizedText): a plain string in a policy with one
// language, or { en, de } with every language the policy lists (and, in a one-language policy,
// sometimes the other one too). Missing translations are an error, so they are never left out.

import fc from "fast-check";
import type { LocalizedText, Locale } from "@policy/core";
import { adversarialText } from "./adversarial-text.js";
import { perLocales } from "./memo.js";

export const localizedText: (locales: readonly Locale[]) => fc.Arbitrary<LocalizedText> = perLocales((locales) =>
  inLocales(locales, adversarialText()),
);

/**
 * A name that titles a section (a service's): in every language it has a character that is not a
 * space, as the schema requires (a name of only spaces is an `empty` error).
 */
export const localizedName: (locales: readonly Locale[]) => fc.Arbitrary<LocalizedText> = perLocales((locales) => inLocales(locales, visibleText()));

/** Hostile text with at least one character that is not a space (what `trim` leaves). */
export function visibleText(): fc.Arbitrary<string> {
  return adversarialText().filter((text) => text.trim() !== "");
}

function inLocales(locales: readonly Locale[], text: fc.Arbitrary<string>): fc.Arbitrary<LocalizedText> {
  const both = fc.record({ en: text, de: text });
  const [only] = locales;
  if (locales.length === 1 && only !== undefined) {
    return fc.oneof(
      text,
      text.map((value): LocalizedText => ({ [only]: value })),
      both,
    );
  }
  return both;
}
