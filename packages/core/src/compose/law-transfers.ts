import { groundBelongsTo, type DataProtectionLaw } from "../model/data-protection-law.js";
import type { Policy, Service } from "../model/resolved.js";
import type { DpfFramework, Transfer } from "../model/transfer.js";
import type { CountryCode, TransferGroundId } from "../taxonomy/index.js";
import { getSwissAdequacy } from "../taxonomy/swiss-adequacy.js";
import { getUkAdequacy } from "../taxonomy/uk-adequacy.js";

/** What a law outside the EU counts as a transfer, and the grounds it gives by itself. */
interface OwnTransferRules {
  /** Data leaving this country is a transfer (a disclosure abroad), to the EEA too. */
  readonly home: CountryCode;
  /** Whether the law finds the whole country adequate: then a transfer there rests on `adequate`. */
  readonly adequate: (country: CountryCode) => boolean;
  readonly adequacyGround: TransferGroundId;
  /** The part of the Data Privacy Framework that counts under this law, and the ground it gives. */
  readonly framework: DpfFramework;
  readonly frameworkGround: TransferGroundId;
}

const whole = (find: (country: CountryCode) => { readonly scope: unknown } | undefined) => (country: CountryCode) => find(country)?.scope === null;

const ownRules: Readonly<Partial<Record<DataProtectionLaw, OwnTransferRules>>> = {
  "uk-gdpr": {
    home: "GB",
    adequate: whole(getUkAdequacy),
    adequacyGround: "UK-A45A",
    framework: "UK-Extension",
    frameworkGround: "UK-US-DPF",
  },
  fadp: {
    home: "CH",
    adequate: whole(getSwissAdequacy),
    adequacyGround: "CH-A16-1",
    framework: "Swiss-US",
    frameworkGround: "CH-US-DPF",
  },
};

/**
 * Transfers derived for a law outside the EU from what the policy states under the GDPR, for
 * which no ground under that law is known: the text names the transfer but not a ground.
 */
const withoutOwnGround = new WeakSet<Transfer>();

/** Whether compose derived this transfer for a text under another law and knows no ground under it. */
export function lacksGroundUnderLaw(transfer: Transfer): boolean {
  return withoutOwnGround.has(transfer);
}

/**
 * The policy with each service's transfers as the law sees them. Under the GDPR: the transfers
 * the policy states on GDPR grounds. Under the UK GDPR or the FADP, data leaving the UK or
 * Switzerland is a transfer, to the EEA too, so besides the transfers stated on that law's grounds
 * each country outside the home country that the data reaches becomes one: on the law's own
 * finding of adequacy where it covers the whole country (the EEA, by the Data Protection Act 2018
 * or by Annex 1 to the Swiss Data Protection Ordinance), on that law's part of the Data Privacy
 * Framework where the recipient's certification includes it, and otherwise without a ground, as
 * what the provider's documents do not confirm.
 */
export function underLaw(policy: Policy, law: DataProtectionLaw): Policy {
  const rules = ownRules[law];
  const services = policy.services.map((service) => {
    const own = service.transfers.filter((transfer) => groundBelongsTo(transfer.mechanism, law));
    if (rules === undefined) return own.length === service.transfers.length ? service : { ...service, transfers: own };
    return { ...service, transfers: [...own, ...derivedTransfers(service, own, rules)] };
  });
  return { ...policy, services };
}

function derivedTransfers(service: Service, own: readonly Transfer[], rules: OwnTransferRules): Transfer[] {
  const named = new Set<CountryCode>(own.map((transfer) => transfer.country));
  const derived: Transfer[] = [];
  for (const candidate of candidates(service, rules)) {
    if (candidate.country === rules.home || named.has(candidate.country)) continue;
    named.add(candidate.country);
    derived.push(transferUnder(rules, candidate));
  }
  return derived;
}

/** Where the data goes outside the controller's hands: the transfers stated under the GDPR, the provider, its parent, recipients. */
function candidates(service: Service, rules: OwnTransferRules): Transfer[] {
  const found: Transfer[] = [];
  const processor = service.processor;
  const mechanism = rules.adequacyGround;
  if (processor !== null) {
    found.push({ country: processor.entity.address.country, mechanism });
    if (processor.parent !== undefined) found.push({ country: processor.parent.address.country, recipient: processor.parent.name, mechanism });
  }
  for (const recipient of service.recipients) {
    const country = recipient.country ?? recipient.address?.country;
    if (country !== undefined) found.push({ country, recipient: recipient.name, mechanism });
  }
  // The stated transfers come first: they carry the recipient and the certification.
  const stated = service.transfers.filter((transfer) => groundBelongsTo(transfer.mechanism, "gdpr"));
  return [...stated, ...found];
}

function transferUnder(rules: OwnTransferRules, from: Transfer): Transfer {
  const { country, recipient, certification, checked } = from;
  const base = { country, ...(recipient === undefined ? {} : { recipient }) };
  if (from.mechanism === "EU-US-DPF" && certification?.frameworks.includes(rules.framework)) {
    return { ...base, mechanism: rules.frameworkGround, certification, ...(checked === undefined ? {} : { checked }) };
  }
  if (rules.adequate(country)) return { ...base, mechanism: rules.adequacyGround };
  const unknown: Transfer = { ...base, mechanism: from.mechanism };
  withoutOwnGround.add(unknown);
  return unknown;
}
