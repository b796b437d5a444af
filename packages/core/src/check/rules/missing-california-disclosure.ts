import type { ValidationRule } from "../rule.js";
import { ccpaIndex } from "../california.js";
import { serviceLists } from "../service-lists.js";
import { defaultCaliforniaDisclosure } from "../../model/california.js";

/** § 1798.100(a)(1): for each category of personal information, whether it is sold or shared. */
export const missingCaliforniaDisclosure: ValidationRule = {
  code: "missing-california-disclosure",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Under the CCPA, say for each service whether its data is sold, shared for cross-context behavioural advertising, or neither.",
    de: "Unter dem CCPA für jeden Dienst sagen, ob seine Daten verkauft, für kontextübergreifende verhaltensbezogene Werbung weitergegeben werden oder keines von beiden.",
  },
  source: "Cal. Civ. Code § 1798.100(a)(1)",
  check({ data, catalog }) {
    if (ccpaIndex(data) === -1) return [];
    return data.services.flatMap((service, index) => {
      const { at, processor, unresolved } = serviceLists(service, index, catalog);
      if (service.california !== undefined || unresolved || defaultCaliforniaDisclosure(processor ?? null) !== null) return [];
      return [
        {
          segments: at,
          message: {
            en: "say whether this service's data is sold or shared under the CCPA (california: neither, sold, shared or sold-and-shared)",
            de: "sagen Sie, ob die Daten dieses Dienstes im Sinne des CCPA verkauft oder weitergegeben werden (california: neither, sold, shared oder sold-and-shared)",
          },
        },
      ];
    });
  },
};
