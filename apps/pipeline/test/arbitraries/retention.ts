// How long data is kept (core's Retention): a duration, an ending event, criteria in words, or any
// combination; never none of them, which the schema refuses.

import fc from "fast-check";
import type { Locale, Retention } from "@policy/core";
import { localizedText } from "./localized-text.js";
import { isoDuration } from "./scalars.js";
import { perLocales } from "./memo.js";
import { optional, withoutUndefined } from "./without-undefined.js";

export const retention: (locales: readonly Locale[]) => fc.Arbitrary<Retention> = perLocales((locales) => {
  return fc
    .record({
      duration: optional(isoDuration()),
      until: optional(localizedText(locales)),
      criteria: optional(localizedText(locales)),
      fallback: isoDuration(),
    })
    .map(({ fallback, ...retention }) =>
      withoutUndefined({
        ...retention,
        duration: retention.duration ?? (retention.until === undefined && retention.criteria === undefined ? fallback : undefined),
      }),
    );
});
