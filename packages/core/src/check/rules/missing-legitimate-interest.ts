import type { ValidationRule } from "../rule.js";
import { serviceLists } from "../service-lists.js";

/** Art. 13(1)(d) GDPR: where processing rests on legitimate interests, the policy says which. */
export const missingLegitimateInterest: ValidationRule = {
  code: "missing-legitimate-interest",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Where a purpose rests on legitimate interests, say which interests they are.",
    de: "Wo ein Zweck auf berechtigten Interessen beruht, sagen, welche Interessen das sind.",
  },
  source: "Art. 13(1)(d) GDPR",
  check({ data, catalog }) {
    return data.services.flatMap((service, index) => {
      const { purposes, purposesAt } = serviceLists(service, index, catalog);
      return purposes.flatMap((purpose, purposeIndex) =>
        purpose.legalBasis === "A6-1-f" && purpose.legitimateInterest === undefined
          ? [
              {
                segments: [...purposesAt, purposeIndex],
                message: {
                  en: "the legal basis is A6-1-f (legitimate interests): say which interest in legitimateInterest",
                  de: "die Rechtsgrundlage ist A6-1-f (berechtigte Interessen): nennen Sie das Interesse in legitimateInterest",
                },
              },
            ]
          : [],
      );
    });
  },
};
