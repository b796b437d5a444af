// Optional fields as a policy file writes them: present with a value, or absent, never `undefined`.

import fc from "fast-check";

/** A value or nothing; `withoutUndefined` then drops the field. */
export function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** The object without its undefined properties (zod's strict objects would let them pass anyway). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
