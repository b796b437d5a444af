import type { Service } from "../../model/resolved.js";
import type { RuleFinding, ComplianceRule } from "../rule.js";

/** Whether a service measures how people use the site or app: an analytics provider, or a purpose of analytics. */
function isAnalytics(service: Service): boolean {
  return (
    (service.processor?.categories ?? []).includes("analytics") ||
    service.purposes.some((purpose) => purpose.purpose === "analytics" || purpose.purpose.startsWith("analytics."))
  );
}

/**
 * The Austrian Datenschutzbehörde held that a website's Google Analytics data sent to Google LLC
 * in the US on standard contractual clauses alone had no adequate protection under Art. 44 GDPR,
 * since the recipient is subject to US surveillance law (FISA 702). Since 10 July 2023 a recipient
 * on the Data Privacy Framework List can rest on the framework instead; on clauses, the policy
 * says what supplementary measures protect the data.
 */
export const analyticsUsOnClauses: ComplianceRule = {
  code: "analytics-us-on-clauses",
  stage: "check",
  severity: "warning",
  duty: {
    en: "Do not send analytics data to the US on standard contractual clauses alone: rest it on the Data Privacy Framework where the recipient is certified, or name the supplementary measures.",
    de: "Analysedaten nicht allein auf Grundlage von Standardvertragsklauseln in die USA übermitteln: auf den Datenschutzrahmen stützen, wo der Empfänger zertifiziert ist, oder die zusätzlichen Maßnahmen nennen.",
  },
  source: "DSB (Austria), partial decision of 22 December 2021, D155.027, 2021-0.586.257, point 2; Art. 44 GDPR",
  check({ data, policy }) {
    return policy.services.flatMap((service, index) => {
      if (!isAnalytics(service)) return [];
      const us = service.transfers.filter((transfer) => transfer.country === "US");
      if (us.some((transfer) => transfer.mechanism === "EU-US-DPF" || transfer.note !== undefined)) return [];
      const own = data.services[index]?.transfers !== undefined;
      return service.transfers.flatMap((transfer, transferIndex): RuleFinding[] =>
        transfer.country === "US" && (transfer.mechanism === "A46-2-c" || transfer.mechanism === "A46-2-d")
          ? [
              {
                segments: own ? ["services", index, "transfers", transferIndex] : ["services", index, "processor"],
                message: {
                  en: "analytics data goes to the US on standard contractual clauses alone, which the Austrian DSB held gave no adequate protection for Google Analytics data: where the recipient is on the Data Privacy Framework List, rest the transfer on EU-US-DPF; else name the supplementary measures in the transfer's note",
                  de: "Analysedaten gehen allein auf Grundlage von Standardvertragsklauseln in die USA, was nach der österreichischen DSB für Daten aus Google Analytics kein angemessenes Schutzniveau bot: steht der Empfänger auf der Data Privacy Framework List, stützen Sie die Übermittlung auf EU-US-DPF; sonst nennen Sie die zusätzlichen Maßnahmen in note",
                },
              },
            ]
          : [],
      );
    });
  },
};
