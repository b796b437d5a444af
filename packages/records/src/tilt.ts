import { createHash } from "node:crypto";
import {
  chooseText,
  getPurpose,
  isUnconfirmed,
  postalAddressLines,
  type Address,
  type DataCategoryId,
  type LocalizedText,
  type Locale,
  type Policy,
  type RightId,
  type TransferGroundId,
} from "@policy/core";
import { policyFacts, serviceFacts, type PolicyFacts, type ServiceFacts } from "@policy/core/render";
import { tiltGaps, TiltGapsError } from "./tilt-gaps.js";
import { tiltMessages, type TiltMessages } from "./tilt-messages.js";

export interface TiltOptions {
  /** The document's language: "en" or "de". */
  readonly locale: Locale;
  /** Where the policy is published (TILT's meta.url); also what the document's id is made from. */
  readonly url: string;
}

type Json = Record<string, unknown>;

/**
 * The policy as a TILT document (Transparency Information Language, schema of
 * github.com/Transparency-Information-Language/schema, a copy with its licence in `test/fixtures/tilt/`): the controller,
 * its legal representative and data protection officer, an entry per kind of data per service
 * with purposes, legal bases, recipients, storage and whether it must be provided, the transfers
 * per country with their safeguards, the sources of data not collected from the person, the
 * rights, the authority, and automated decisions. Every text is the policy's, as its text words
 * it in `locale`. Throws a `TiltGapsError` where TILT requires a fact the policy does not give
 * (see `tiltGaps`); nothing is made up to fill a required field.
 */
export function toTilt(policy: Policy, { locale, url }: TiltOptions): Json {
  const gaps = tiltGaps(policy);
  if (gaps.length > 0) throw new TiltGapsError(gaps);
  const m = tiltMessages[locale];
  const facts = policyFacts(policy, locale);
  const services = serviceFacts(policy, locale);
  const local = (value: LocalizedText) => chooseText(value, locale, policy.locales[0] ?? "en").value;
  const line = (address: Address) => postalAddressLines(address, locale).join(", ");
  // tiltGaps has checked these.
  const representative = policy.legalRepresentative!;
  const dpo = policy.dpo!;
  const dpoAddress = dpo.address!;
  const authority = facts.authority!;
  const contact = { email: policy.rightsContact?.email ?? policy.controller.email, url: policy.rightsContact?.url };
  // A right as the text explains it, with its provision where the explanation does not cite it already.
  const described = (ids: readonly RightId[]) =>
    facts.rights
      .filter((each) => ids.includes(each.id))
      .map((each) =>
        each.text?.includes(each.citation) ? each.text : `${each.name} (${each.citation})${each.text === undefined ? "" : `: ${each.text}`}`,
      )
      .join(" ");
  const right = (ids: readonly RightId[], extra: Json = {}): Json => {
    const description = described(ids);
    return description === ""
      ? { available: false, description: m.rightNotGiven }
      : { available: true, description, ...definedOnly(contact), ...extra };
  };

  const document: Json = {
    meta: {
      _id: nameBasedUuid(url),
      name: policy.controller.name,
      created: [policy.meta.effective, ...policy.changes.map((change) => change.date)].sort()[0],
      modified: policy.meta.updated ?? policy.meta.effective,
      // TILT counts a controller's documents; the policy's history is the count it has.
      version: Math.max(1, policy.changes.length),
      language: locale,
      status: "active",
      url,
      _hash: "",
    },
    controller: {
      name: policy.controller.name,
      address: line(policy.controller.address),
      country: policy.controller.address.country,
      representative: { name: representative.name, email: representative.email, ...definedOnly({ phone: representative.phone }) },
    },
    dataProtectionOfficer: {
      name: dpo.name,
      address: line(dpoAddress),
      country: dpoAddress.country,
      email: dpo.email,
      ...definedOnly({ phone: dpo.phone }),
    },
    dataDisclosed: policy.services.flatMap((service, index) => dataDisclosed(service, services[index]!, facts, m, local, line)),
    thirdCountryTransfers: thirdCountryTransfers(services),
    accessAndDataPortability: right(["A15", "A20"]),
    sources: services.flatMap((service) =>
      service.dataCategories.flatMap((category) => {
        const sources = service.sources.filter((source) => source.data === undefined || source.data === category.id);
        if (sources.length === 0) return [];
        return [
          {
            _id: `${service.id}/${category.id}`,
            dataCategory: category.label,
            // TILT asks for each source's web address; a policy names its sources in words only.
            sources: sources.map((source) => ({ description: source.text, url: "", publiclyAvailable: source.public })),
          },
        ];
      }),
    ),
    rightToInformation: right(["A15"]),
    rightToRectificationOrDeletion: right(["A16", "A17"]),
    rightToDataPortability: right(["A20"]),
    rightToWithdrawConsent: right(["A7-3"], definedOnly({ url: policy.consentSettingsUrl })),
    // Complaints go to the authority, not to the controller's contact.
    rightToComplain: {
      available: true,
      description: described(["A77"]),
      supervisoryAuthority: {
        name: authority.name,
        ...definedOnly({
          address: authority.address === undefined ? undefined : line(authority.address),
          country: authority.address?.country,
          email: authority.email,
          phone: authority.phone,
        }),
      },
    },
    automatedDecisionMaking:
      policy.automatedDecisions.length === 0
        ? { inUse: false, logicInvolved: facts.noAutomatedDecisions, scopeAndIntendedEffects: facts.noAutomatedDecisions }
        : {
            inUse: true,
            logicInvolved: policy.automatedDecisions.map((decision) => `${local(decision.name)}: ${local(decision.logic)}`).join(" "),
            scopeAndIntendedEffects: policy.automatedDecisions
              .map((decision) => `${local(decision.name)}: ${local(decision.significance)} ${local(decision.consequences)}`)
              .join(" "),
          },
    // The policy records changes it has made, not purposes it plans to change.
    changesOfPurpose: [],
  };
  (document.meta as Json)._hash = createHash("sha256").update(JSON.stringify(document)).digest("hex");
  return document;
}

/** A TILT entry per kind of data the service processes, each with the service's purposes, legal bases, recipients and storage. */
function dataDisclosed(
  service: Policy["services"][number],
  facts: ServiceFacts,
  policy: PolicyFacts,
  m: TiltMessages,
  local: (value: LocalizedText) => string,
  line: (address: Address) => string,
): Json[] {
  const purposes = service.purposes.map((purpose, index) => ({
    purpose: facts.purposes[index]!.purpose,
    description: purpose.description === undefined ? local(getPurpose(purpose.purpose).description) : local(purpose.description),
  }));
  const bases = new Map(service.purposes.map((purpose, index) => [purpose.legalBasis, facts.purposes[index]!.legalBasis]));
  const legalBases = [...bases].map(([id, description]) => ({ reference: tiltReference(policy.law, id), description }));
  const legitimateInterests = service.purposes.flatMap((purpose) =>
    purpose.legalBasis === "A6-1-f" && purpose.legitimateInterest !== undefined
      ? [{ exists: true, reasoning: local(purpose.legitimateInterest) }]
      : [],
  );
  const provider = service.processor;
  const recipients: Json[] = [
    ...(provider === null
      ? []
      : [
          {
            name: provider.entity.name,
            ...(isUnconfirmed(provider, "entity.address") ? {} : { address: line(provider.entity.address) }),
            country: provider.entity.address.country,
            category: isUnconfirmed(provider, "role") ? m.recipient.provider : m.recipient[provider.role],
          },
        ]),
    ...service.recipients.map((recipient) =>
      recipient.address === undefined
        ? { category: local(recipient.name), ...definedOnly({ country: recipient.country }) }
        : { name: local(recipient.name), address: line(recipient.address), country: recipient.address.country, category: m.recipient.named },
    ),
  ];
  const provision = facts.provision!;
  return facts.dataCategories.map((category) => ({
    _id: `${service.id}/${category.id}`,
    category: category.label,
    purposes,
    legalBases,
    legitimateInterests,
    recipients,
    storage: [storage(facts, category.id)],
    nonDisclosure: {
      legalRequirement: provision.requirement === "statutory",
      contractualRegulation: provision.requirement === "contractual" || provision.requirement === "precontractual",
      obligationToProvide: provision.requirement === "statutory" || provision.requirement === "contractual",
      consequences: provision.answer,
    },
  }));
}

/**
 * How long one kind of data is kept, as the service's section says it: the period that covers it
 * (a part of the data kept for a period of its own, else the service's), and the periods of the
 * purposes that have one of their own, the longest deciding. A fixed period is a TTL; one that
 * ends with an event or follows criteria is a condition, in the text's words.
 */
function storage(facts: ServiceFacts, category: DataCategoryId): Json {
  const [general, ...exceptions] = facts.retentionPeriods;
  const own = exceptions.find((period) => period.data?.includes(category));
  const periods = [own ?? general!, ...exceptions.filter((period) => period.data === undefined)];
  const conditional = periods.filter((period) => period.duration === undefined).map((period) => period.sentence);
  return {
    temporal: periods.flatMap((period) => (period.duration === undefined ? [] : [{ description: period.sentence, ttl: period.duration }])),
    ...(conditional.length === 0 ? {} : { purposeConditional: conditional }),
    aggregationFunction: "max",
  };
}

const adequacy = new Set<TransferGroundId>(["A45-3", "EU-US-DPF", "UK-A45A", "UK-US-DPF"]);
const standardClauses = new Set<TransferGroundId>(["A46-2-c", "A46-2-d", "UK-IDTA", "UK-ADDENDUM"]);

/**
 * Each third country once, with the grounds its transfers rest on: an adequacy decision (or the
 * Data Privacy Framework under one), standard data protection clauses, or other safeguards of
 * Art. 46. TILT has no field for the derogations of Art. 49, nor for a ground the provider's
 * documents do not confirm; the country is listed all the same.
 */
function thirdCountryTransfers(services: readonly ServiceFacts[]): Json[] {
  const byCountry = new Map<string, Map<TransferGroundId, string>>();
  for (const transfer of services.flatMap((service) => service.transfers)) {
    const grounds = byCountry.get(transfer.countryCode) ?? new Map<TransferGroundId, string>();
    if (transfer.mechanism !== undefined) grounds.set(transfer.mechanism, transfer.ground);
    byCountry.set(transfer.countryCode, grounds);
  }
  return [...byCountry].map(([country, grounds]) => {
    const described = (keep: (id: TransferGroundId) => boolean) => {
      const texts = [...grounds].filter(([id]) => keep(id)).map(([, text]) => text);
      return texts.length === 0 ? {} : { available: true, description: texts.join("; ") };
    };
    const entries = {
      adequacyDecision: described((id) => adequacy.has(id)),
      standardDataProtectionClause: described((id) => standardClauses.has(id)),
      appropriateGuarantees: described((id) => id.startsWith("A46-") && !standardClauses.has(id)),
    };
    return { country, ...Object.fromEntries(Object.entries(entries).filter(([, value]) => "available" in value)) };
  });
}

/** TILT's reference to a provision: the law in capitals, then the numbers and letters, hyphened ("GDPR-6-1-f"). */
function tiltReference(law: PolicyFacts["law"], id: string): string {
  return `${law === "uk-gdpr" ? "UKGDPR" : "GDPR"}-${id.replace(/^A/, "")}`;
}

/**
 * A name-based UUID (version 5, RFC 9562 section 5.5) of the policy's address in the URL
 * namespace: the same policy gets the same id in every run, and no other policy gets it.
 */
function nameBasedUuid(url: string): string {
  const urlNamespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
  const hash = createHash("sha1").update(urlNamespace).update(url, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function definedOnly(values: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
