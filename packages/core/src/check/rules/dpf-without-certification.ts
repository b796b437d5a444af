import type { RuleFinding, ComplianceRule } from "../rule.js";

/**
 * The EU-US Data Privacy Framework is an adequacy decision for the organisations in the United
 * States on the Data Privacy Framework List, not for the country: a transfer rests on it only
 * where the recipient is certified. A transfer the policy rests on it names where the
 * certification was seen, and when. Without one, where the catalog's facts show the provider's
 * transfers to the US on another ground, claiming the framework contradicts them.
 */
export const dpfWithoutCertification: ComplianceRule = {
  code: "dpf-without-certification",
  stage: "check",
  severity: "warning",
  duty: {
    en: "Rest a transfer to the US on the Data Privacy Framework only where the recipient is on the Data Privacy Framework List.",
    de: "Eine Übermittlung in die USA nur dann auf den EU-US-Datenschutzrahmen stützen, wenn der Empfänger auf der Data Privacy Framework List steht.",
  },
  source: "Art. 45(3) GDPR; Commission Implementing Decision (EU) 2023/1795, Art. 1",
  check({ data, policy, catalog }) {
    return policy.services.flatMap((service, index) => {
      const own = data.services[index]?.transfers !== undefined;
      const listed = typeof data.services[index]?.processor === "string" ? catalog?.[data.services[index]!.processor as string] : undefined;
      const findings: RuleFinding[] = [];
      service.transfers.forEach((transfer, transferIndex) => {
        if (transfer.mechanism !== "EU-US-DPF") return;
        const segments = own ? ["services", index, "transfers", transferIndex] : ["services", index, "processor"];
        const catalogGrounds = [...new Set((listed?.transfers ?? []).filter((other) => other.country === "US").map((other) => other.mechanism))];
        if (transfer.certification !== undefined) return;
        if (own && listed !== undefined && catalogGrounds.length > 0 && !catalogGrounds.includes("EU-US-DPF")) {
          findings.push({
            segments: [...segments, "mechanism"],
            message: {
              en: `the catalog's facts show ${listed.name}'s transfers to the US on ${catalogGrounds.join(", ")}, not on the Data Privacy Framework: rest the transfer on the ground the provider's documents name, or confirm the recipient's certification on the Data Privacy Framework List and give it (certification)`,
              de: `nach den Angaben im Katalog übermittelt ${listed.name} in die USA auf Grundlage von ${catalogGrounds.join(", ")}, nicht des Datenschutzrahmens: stützen Sie die Übermittlung auf die Grundlage, die die Unterlagen des Anbieters nennen, oder prüfen Sie die Zertifizierung des Empfängers auf der Data Privacy Framework List und geben Sie sie an (certification)`,
            },
          });
        } else {
          findings.push({
            segments,
            message: {
              en: "the transfer rests on the EU-US Data Privacy Framework, which covers only recipients on the Data Privacy Framework List: look the recipient up there and give where and when you saw its certification (certification: { frameworks, source, checked })",
              de: "die Übermittlung beruht auf dem EU-US-Datenschutzrahmen, der nur Empfänger auf der Data Privacy Framework List erfasst: suchen Sie den Empfänger dort und geben Sie an, wo und wann Sie seine Zertifizierung gesehen haben (certification: { frameworks, source, checked })",
            },
          });
        }
      });
      return findings;
    });
  },
};
