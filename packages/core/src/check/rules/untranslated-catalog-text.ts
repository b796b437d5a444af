import { formatPath } from "../../validate/path.js";
import { untranslatedTexts } from "../../validate/catalog-texts.js";
import type { ValidationRule } from "../rule.js";
import { serviceLists } from "../service-lists.js";

/**
 * A policy in a language gets its catalog entries' texts in that language, or no text: never an
 * English passage in a French page. The catalog's own coverage is `policy locales`.
 */
export const untranslatedCatalogText: ValidationRule = {
  code: "untranslated-catalog-text",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Use only catalog entries whose texts exist in each of the policy's languages.",
    de: "Nur Katalogeinträge verwenden, deren Texte es in jeder Sprache der Erklärung gibt.",
  },
  source: "Art. 12(1) GDPR",
  check({ data, catalog }) {
    return data.services.flatMap((service, index) => {
      const { at, processor } = serviceLists(service, index, catalog);
      // Only a named entry: a processor written into the policy is checked as the policy's own text.
      if (typeof service.processor !== "string" || processor === undefined) return [];
      return data.locales.flatMap((locale) => {
        const missing = untranslatedTexts(processor, locale);
        if (missing.length === 0) return [];
        const where = missing.map(({ segments }) => formatPath(segments)).join(", ");
        return [
          {
            segments: [...at, "processor"],
            message: {
              en: `the catalog entry ${service.processor} has no ${locale} text for ${where}: a policy in ${locale} cannot use it until it is translated (see policy locales)`,
              de: `der Katalogeintrag ${service.processor} hat keinen Text in ${locale} für ${where}: eine Erklärung in ${locale} kann ihn erst verwenden, wenn er übersetzt ist (siehe policy locales)`,
            },
          },
        ];
      });
    });
  },
};
