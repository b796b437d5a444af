import type { ComplianceRule } from "../rule.js";

/**
 * Art. 14(2)(f) GDPR: where data is not obtained from the person, the policy says where it comes
 * from. A service that lists data received from others, with no `source` on the item and no source
 * other than the person in `sources`, leaves that unsaid.
 */
export const receivedWithoutSource: ComplianceRule = {
  code: "received-without-source",
  stage: "check",
  severity: "warning",
  duty: {
    en: "Where data does not come from the person, say where it comes from.",
    de: "Wo Daten nicht von der betroffenen Person stammen, angeben, woher sie stammen.",
  },
  source: "Art. 14(2)(f) GDPR",
  check({ policy }) {
    return policy.services.flatMap((service, index) => {
      const named = service.sources.some((source) => source.from !== "data-subject");
      if (named) return [];
      return service.data.flatMap((item, itemIndex) =>
        item.collected === "received" && item.source === undefined
          ? [
              {
                segments: ["services", index, "data", itemIndex],
                message: {
                  en: "the data is received from others, but neither the item (source) nor the service (sources) says from whom: name the source",
                  de: "die Daten stammen von Dritten, aber weder der Eintrag (source) noch der Dienst (sources) sagt, von wem: nennen Sie die Quelle",
                },
              },
            ]
          : [],
      );
    });
  },
};
