import { groundBelongsTo } from "../../model/data-protection-law.js";
import { isEeaMember } from "../../taxonomy/index.js";
import type { RuleFinding, ValidationRule } from "../rule.js";
import { providerOf } from "../../validate/resolve.js";
import { serviceLists } from "../service-lists.js";
import { textLaw } from "../text-law.js";

/**
 * Art. 13(1)(f) GDPR: a provider (or its parent), or a recipient the service names, outside the
 * EU/EEA is a transfer the policy names, adequacy or not. Under the UK GDPR and the FADP, compose derives the transfers from the countries itself.
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
      const { at, transfers } = serviceLists(service, index, catalog);
      // The maker of software we host ourselves receives nothing, wherever it is.
      const processor = providerOf(service, catalog);
      const named = new Set(transfers.filter((transfer) => groundBelongsTo(transfer.mechanism, "gdpr")).map((transfer) => transfer.country));
      const transfersAt = service.transfers === undefined ? [...at, "processor"] : [...at, "transfers"];
      // The provider and its parent, then the recipients the service names, each where it is.
      const parties = [
        ...(processor === undefined ? [] : [processor.entity, ...(processor.parent === undefined ? [] : [processor.parent])]).map((party) => ({
          name: party.name,
          country: party.address.country,
          segments: transfersAt,
        })),
        ...service.recipients.flatMap((recipient, recipientIndex) => {
          const country = recipient.address?.country ?? recipient.country;
          const name = typeof recipient.name === "string" ? recipient.name : (recipient.name.en ?? Object.values(recipient.name)[0] ?? "");
          return country === undefined ? [] : [{ name, country, segments: [...at, "recipients", recipientIndex] }];
        }),
      ];
      const findings: RuleFinding[] = [];
      for (const party of parties) {
        if (isEeaMember(party.country) || named.has(party.country)) continue;
        named.add(party.country);
        findings.push({
          segments: party.segments,
          message: {
            en: `${party.name} is in ${party.country}, outside the EU/EEA, but no transfer to ${party.country} is listed: add it to transfers with its mechanism`,
            de: `${party.name} sitzt in ${party.country}, außerhalb von EU/EWR, aber keine Übermittlung nach ${party.country} ist genannt: ergänzen Sie sie in transfers mit ihrer Grundlage (mechanism)`,
          },
        });
      }
      return findings;
    });
  },
};
