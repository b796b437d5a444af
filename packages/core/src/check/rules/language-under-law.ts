import { localesUnder } from "../../compose/messages/index.js";
import type { ValidationRule } from "../rule.js";
import { textLaw } from "../text-law.js";

const lawNames = { gdpr: "the GDPR", "uk-gdpr": "the UK GDPR", fadp: "the Swiss FADP" } as const;

/** The text under the UK GDPR and under the Swiss FADP is written in English and German only. */
export const languageUnderLaw: ValidationRule = {
  code: "language-under-law",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Ask only for languages the text under the policy's law is written in.",
    de: "Nur Sprachen verlangen, in denen der Text unter dem Gesetz der Erklärung geschrieben ist.",
  },
  source: "Art. 12(1) GDPR",
  check({ data }) {
    const law = textLaw(data);
    const written = localesUnder(law);
    const missing = data.locales.filter((locale) => !written.includes(locale));
    if (missing.length === 0) return [];
    return [
      {
        segments: ["locales"],
        message: {
          en: `the text under ${lawNames[law]} is written in ${written.join(", ")} only, not in ${missing.join(", ")}: remove ${missing.join(", ")} from locales`,
          de: `der Text unter ${lawNames[law]} ist nur in ${written.join(", ")} geschrieben, nicht in ${missing.join(", ")}: entfernen Sie ${missing.join(", ")} aus locales`,
        },
      },
    ];
  },
};
