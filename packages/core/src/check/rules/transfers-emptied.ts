import type { ComplianceRule } from "../rule.js";
import { processorOf } from "../../validate/resolve.js";

/**
 * Art. 13(1)(f) GDPR: the policy names each transfer to a third country. `transfers: []` on a
 * service replaces its processor's transfers with none, so a provider's transfer to the US
 * disappears from the text while the text still says the data is processed there.
 */
export const transfersEmptied: ComplianceRule = {
  code: "transfers-emptied",
  stage: "check",
  severity: "warning",
  duty: {
    en: "Name every transfer to a third country: do not drop a processor's transfers without saying why.",
    de: "Jede Übermittlung in ein Drittland nennen: die Übermittlungen eines Anbieters nicht ohne Begründung weglassen.",
  },
  source: "Art. 13(1)(f) GDPR",
  check({ data, catalog }) {
    return data.services.flatMap((service, index) => {
      const processor = processorOf(service, catalog);
      if (service.transfers === undefined || service.transfers.length > 0 || processor === undefined || processor.transfers.length === 0) return [];
      const countries = [...new Set(processor.transfers.map((transfer) => transfer.country))].join(", ");
      return [
        {
          segments: ["services", index, "transfers"],
          message: {
            en: `transfers: [] removes the processor's transfers (to ${countries}) from the policy: leave it out to keep them, or list the transfers that do happen`,
            de: `transfers: [] entfernt die Übermittlungen des Anbieters (nach ${countries}) aus der Erklärung: lassen Sie es weg, um sie zu behalten, oder nennen Sie die Übermittlungen, die stattfinden`,
          },
        },
      ];
    });
  },
};
