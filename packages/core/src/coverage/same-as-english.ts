import type { Locale } from "../taxonomy/index.js";

/**
 * Texts a language writes exactly as English does, each checked by hand: the translation report
 * counts them as translated, where any other text left as the English one counts as untranslated.
 * A word is listed only where it is the language's own ("Contact" in French and Dutch, "marketing"
 * in Spanish), never to make a missing translation pass.
 */
export const sameAsEnglish: Readonly<Record<Locale, readonly string[]>> = {
  en: [],
  de: [],
  fr: ["Contact", "Service", "Type", "Consultants", "Patients", "marketing"],
  it: [],
  es: ["marketing"],
  nl: ["Contact", "E-mail", "Pixel", "Postcode", "postcode", "marketing"],
  pl: ["E-mail", "marketing"],
};
