import type { Locale } from "../taxonomy/index.js";

/**
 * Texts a language writes exactly as English does, each checked by hand: the translation report
 * counts them as translated, where any other text left as the English one counts as untranslated.
 * A word is listed only where it is the language's own (Dutch "postcode", "marketing"), never
 * to make a missing translation pass.
 */
export const sameAsEnglish: Readonly<Record<Locale, readonly string[]>> = {
  en: [],
  de: [],
  fr: [],
  it: [],
  es: [],
  nl: ["Postcode", "postcode", "marketing"],
  pl: [],
};
