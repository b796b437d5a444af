import type { ValidationRule } from "../rule.js";
import { ccpaIndex } from "../california.js";

/**
 * The section for California residents is written in English, in the statute's own terms
 * (Cal. Civ. Code § 1798.130(c)); a version in another language points to the English one, which
 * must then exist.
 */
export const californiaNeedsEnglish: ValidationRule = {
  code: "california-needs-english",
  stage: "validate",
  severity: "error",
  duty: {
    en: "A policy that declares the CCPA is written in English too: the section for California residents is English, in the statute's terms.",
    de: "Eine Erklärung, die den CCPA angibt, ist auch auf Englisch verfasst: der Abschnitt für Verbraucher in Kalifornien ist englisch, in den Begriffen des Gesetzes.",
  },
  source: "Cal. Civ. Code § 1798.130(c)",
  check({ data }) {
    if (ccpaIndex(data) === -1 || data.locales.includes("en")) return [];
    return [
      {
        segments: ["locales"],
        message: {
          en: "the policy declares ccpa but is not written in English: add en to locales, since the section for California residents is written in English, in the terms of the statute (§ 1798.130(c))",
          de: "die Erklärung gibt ccpa an, ist aber nicht auf Englisch verfasst: ergänzen Sie en unter locales, denn der Abschnitt für Verbraucher in Kalifornien ist englisch, in den Begriffen des Gesetzes (§ 1798.130(c))",
        },
      },
    ];
  },
};
