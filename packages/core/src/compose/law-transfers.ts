import { groundBelongsTo, isUkGround, type DataProtectionLaw } from "../model/data-protection-law.js";
import type { Policy, Service } from "../model/resolved.js";
import type { Transfer } from "../model/transfer.js";
import { getUkAdequacy } from "../taxonomy/uk-adequacy.js";
import type { CountryCode } from "../taxonomy/index.js";

/**
 * Transfers under the UK GDPR derived from what the policy states under the GDPR, for which no
 * ground under UK law is known: the text names the transfer but not a ground.
 */
const withoutUkGround = new WeakSet<Transfer>();

/** Whether compose derived this transfer for a text under the UK GDPR and knows no UK ground for it. */
export function lacksGroundUnderLaw(transfer: Transfer): boolean {
  return withoutUkGround.has(transfer);
}

/**
 * The policy with each service's transfers as the text's law sees them. Under the GDPR: the
 * transfers the policy states on GDPR grounds. Under the UK GDPR, data leaving the UK is a
 * transfer, to the EEA too, so besides the transfers stated on UK grounds each country outside
 * the UK the data reaches becomes one: on the UK's adequacy regulations where they cover the whole
 * country (the EEA, by the Data Protection Act 2018), on the UK Extension to the Data Privacy
 * Framework where the recipient's certification includes it, and otherwise without a ground, as
 * what the provider's documents do not confirm.
 */
export function underLaw(policy: Policy, law: DataProtectionLaw): Policy {
  const services = policy.services.map((service) => {
    const own = service.transfers.filter((transfer) => groundBelongsTo(transfer.mechanism, law));
    if (law === "gdpr") return own.length === service.transfers.length ? service : { ...service, transfers: own };
    return { ...service, transfers: [...own, ...derivedUkTransfers(service, own)] };
  });
  return { ...policy, services };
}

function derivedUkTransfers(service: Service, own: readonly Transfer[]): Transfer[] {
  const named = new Set<CountryCode>(own.map((transfer) => transfer.country));
  const derived: Transfer[] = [];
  for (const candidate of candidates(service)) {
    if (candidate.country === "GB" || named.has(candidate.country)) continue;
    named.add(candidate.country);
    derived.push(ukTransfer(candidate));
  }
  return derived;
}

/** Where the data goes outside the controller's hands: the provider, its parent, recipients, and the transfers stated under the GDPR. */
function candidates(service: Service): Transfer[] {
  const found: Transfer[] = [];
  const processor = service.processor;
  if (processor !== null) {
    found.push({ country: processor.entity.address.country, mechanism: "UK-A45A" });
    if (processor.parent !== undefined)
      found.push({ country: processor.parent.address.country, recipient: processor.parent.name, mechanism: "UK-A45A" });
  }
  for (const recipient of service.recipients) {
    const country = recipient.country ?? recipient.address?.country;
    if (country !== undefined) found.push({ country, recipient: recipient.name, mechanism: "UK-A45A" });
  }
  // The stated transfers come first: they carry the recipient and the certification.
  const stated = service.transfers.filter((transfer) => !isUkGround(transfer.mechanism));
  return [...stated, ...found];
}

function ukTransfer(from: Transfer): Transfer {
  const { country, recipient, certification, checked } = from;
  const base = { country, ...(recipient === undefined ? {} : { recipient }) };
  if (from.mechanism === "EU-US-DPF" && certification?.frameworks.includes("UK-Extension")) {
    return { ...base, mechanism: "UK-US-DPF", certification, ...(checked === undefined ? {} : { checked }) };
  }
  const adequacy = getUkAdequacy(country);
  if (adequacy !== undefined && adequacy.scope === null) return { ...base, mechanism: "UK-A45A" };
  const unknown: Transfer = { ...base, mechanism: from.mechanism };
  withoutUkGround.add(unknown);
  return unknown;
}
