import type { ValidationRule } from "../rule.js";
import { serviceLists } from "../service-lists.js";

/** Art. 13(2)(a) GDPR: the policy says how long the data is kept, or by what criteria. */
export const missingRetention: ValidationRule = {
  code: "missing-retention",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Say for each service how long the data is kept, or by what criteria that is decided.",
    de: "Für jeden Dienst sagen, wie lange die Daten gespeichert werden oder nach welchen Kriterien sich das richtet.",
  },
  source: "Art. 13(2)(a) GDPR",
  check({ data, catalog }) {
    return data.services.flatMap((service, index) => {
      const { at, processor, unresolved } = serviceLists(service, index, catalog);
      // An unknown processor is reported as such; what it would have supplied is not asked for again.
      if (service.retention !== undefined || service.keptBy === "provider" || unresolved || processor?.retention !== undefined) return [];
      return [
        {
          segments: at,
          message: {
            en: "say how long the data is kept (retention): the processor gives no default",
            de: "sagen Sie, wie lange die Daten gespeichert werden (retention): der Anbieter gibt keine Vorgabe",
          },
        },
      ];
    });
  },
};
