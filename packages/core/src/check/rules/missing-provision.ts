import { collectedOf } from "../../validate/resolve.js";
import type { ValidationRule } from "../rule.js";
import { serviceLists } from "../service-lists.js";

/** Art. 13(2)(e) GDPR: for data people give us, say whether they must give it, and what follows if not. */
export const missingProvision: ValidationRule = {
  code: "missing-provision",
  stage: "validate",
  severity: "warning",
  duty: {
    en: "For data people give you, say whether they must give it (by law or contract, or to enter a contract) and what follows if they do not.",
    de: "Für Daten, die Menschen Ihnen geben, sagen, ob sie sie geben müssen (gesetzlich, vertraglich oder für einen Vertragsschluss) und was folgt, wenn nicht.",
  },
  source: "Art. 13(2)(e) GDPR",
  check({ data, catalog }) {
    return data.services.flatMap((service, index) => {
      const lists = serviceLists(service, index, catalog);
      if (service.provision !== undefined || !lists.data.some((item) => ["provided", "content"].includes(collectedOf(item)))) return [];
      return [
        {
          segments: lists.at,
          message: {
            en: "people give you some of this data: say in provision whether they must (statutory, contractual, precontractual or voluntary) and what happens if they don't",
            de: "einen Teil dieser Daten geben Ihnen die Menschen selbst: sagen Sie in provision, ob sie das müssen (statutory, contractual, precontractual oder voluntary) und was geschieht, wenn nicht",
          },
        },
      ];
    });
  },
};
