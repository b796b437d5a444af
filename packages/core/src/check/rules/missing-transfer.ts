import { groundBelongsTo } from "../../model/data-protection-law.js";
import { isEeaMember } from "../../taxonomy/index.js";
import type { RuleFinding, ValidationRule } from "../rule.js";
import { serviceLists } from "../service-lists.js";
import { textLaw } from "../text-law.js";

/**
 * Art. 13(1)(f) GDPR: a provider (or its parent) outside the EU/EEA is a transfer the policy names,
 * adequacy or not. Under the UK GDPR and the FADP, compose derives the transfers from the countries itself.
 */
export const missingTransfer: ValidationRule = {
  code: "missing-transfer",
  stage: "validate",
  severity: "warning",
  duty: {
    en: "Name each transfer to a country outside the EU/EEA, with the ground it rests on.",
    de: "Jede Übermittlung in ein Land außerhalb von EU/EWR nennen, mit der Grundlage, auf der sie beruht.",
  },
  source: "Art. 13(1)(f) GDPR",
  check({ data, catalog }) {
    if (textLaw(data) !== "gdpr") return [];
    return data.services.flatMap((service, index) => {
      const { at, processor, transfers } = serviceLists(service, index, catalog);
      if (processor === undefined) return [];
      const named = new Set(transfers.filter((transfer) => groundBelongsTo(transfer.mechanism, "gdpr")).map((transfer) => transfer.country));
      const findings: RuleFinding[] = [];
      for (const party of [processor.entity, ...(processor.parent === undefined ? [] : [processor.parent])]) {
        const where = party.address.country;
        if (isEeaMember(where) || named.has(where)) continue;
        named.add(where);
        findings.push({
          segments: service.transfers === undefined ? [...at, "processor"] : [...at, "transfers"],
          message: {
            en: `${party.name} is in ${where}, outside the EU/EEA, but no transfer to ${where} is listed: add it to transfers with its mechanism`,
            de: `${party.name} sitzt in ${where}, außerhalb von EU/EWR, aber keine Übermittlung nach ${where} ist genannt: ergänzen Sie sie in transfers mit ihrer Grundlage (mechanism)`,
          },
        });
      }
      return findings;
    });
  },
};
