import {
  getDataCategory,
  getDataSubject,
  getLegalBasis,
  getPurpose,
  getTransferGround,
  isUnconfirmed,
  postalAddressLines,
  type Policy,
} from "@policy/core";

/** The JSON-LD context of the export: DPV 2.3's namespaces under their preferred prefixes. */
const context = {
  dpv: "https://w3id.org/dpv#",
  pd: "https://w3id.org/dpv/pd#",
  "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
  loc: "https://w3id.org/dpv/loc#",
} as const;

type Node = Record<string, unknown>;
const ref = (iri: string): Node => ({ "@id": iri });

/**
 * The policy as DPV (W3C Data Privacy Vocabulary 2.3) JSON-LD: the controller, and a `dpv:Process`
 * per service with its purposes, legal bases (the `eu-gdpr:` concepts), personal data (`pd:`
 * concepts through the taxonomy's mapping), data subjects, provider and recipients, storage
 * duration, and transfers to third countries with their grounds. A concept the taxonomy maps to nothing in DPV is left out, not invented; `dpv:Process` stands
 * where DPV sunsets `dpv:PersonalDataHandling`. Node ids are fragments of `base` (default: the
 * policy's own), so that a publisher can give the graph its address.
 */
export function toDpv(policy: Policy, { base = "" }: { readonly base?: string } = {}): Node {
  const id = (fragment: string) => `${base}#${fragment}`;
  const controller: Node = {
    "@id": id("controller"),
    "@type": "dpv:DataController",
    "dpv:hasName": policy.controller.name,
    "dpv:hasAddress": addressOf(policy.controller.address),
    ...(policy.controller.email === undefined ? {} : { "dpv:hasContact": `mailto:${policy.controller.email}` }),
  };
  const providers = new Map<string, Node>();
  const processes = policy.services.map((service): Node => {
    const processor = service.processor;
    const provider = processor?.entity;
    // What the provider's documents do not confirm is not stated: its address, or that it is a processor.
    const isProcessor = processor !== null && processor.role === "processor" && !isUnconfirmed(processor, "role");
    if (processor !== null && provider !== undefined && !providers.has(provider.name)) {
      providers.set(provider.name, {
        "@id": id(`provider-${slug(provider.name)}`),
        "@type": isProcessor ? "dpv:DataProcessor" : "dpv:Recipient",
        "dpv:hasName": provider.name,
        ...(isUnconfirmed(processor, "entity.address") ? {} : { "dpv:hasAddress": addressOf(provider.address) }),
      });
    }
    const duration = service.retention?.duration;
    return {
      "@id": id(`service-${service.id}`),
      "@type": "dpv:Process",
      "dpv:hasName": typeof service.name === "string" ? service.name : (service.name.en ?? Object.values(service.name)[0] ?? service.id),
      "dpv:hasDataController": ref(id("controller")),
      "dpv:hasPurpose": unique(service.purposes.flatMap((p) => getPurpose(p.purpose).dpv)).map(ref),
      "dpv:hasLegalBasis": unique(service.purposes.flatMap((p) => iriOf(getLegalBasis(p.legalBasis).dpv))).map(ref),
      "dpv:hasPersonalData": unique(service.data.flatMap((item) => getDataCategory(item.category).dpv)).map(ref),
      "dpv:hasDataSubject": unique(service.subjects.flatMap((subject) => getDataSubject(subject).dpv)).map(ref),
      ...(provider === undefined ? {} : { [isProcessor ? "dpv:hasDataProcessor" : "dpv:hasRecipient"]: ref(id(`provider-${slug(provider.name)}`)) }),
      ...(duration === undefined ? {} : { "dpv:hasStorageCondition": { "@type": "dpv:StorageDuration", "dpv:hasDuration": duration } }),
      ...(service.transfers.length === 0
        ? {}
        : {
            "dpv:hasProcessing": service.transfers.map((transfer) => ({
              "@type": "dpv:CrossBorderTransfer",
              "dpv:hasThirdCountry": ref(`loc:${transfer.country}`),
              "dpv:hasLegalBasis": iriOf(getTransferGround(transfer.mechanism).dpv).map(ref),
            })),
          }),
    };
  });
  return { "@context": context, "@graph": [controller, ...providers.values(), ...processes] };
}

function iriOf(iri: string | null): string[] {
  return iri === null ? [] : [iri];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A postal address on one line, in English: the vocabulary's language. */
function addressOf(address: Policy["controller"]["address"]): string {
  return postalAddressLines(address, "en").join(", ");
}

/** A company's name as a fragment: lower-case letters, digits and hyphens. */
function slug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "provider"
  );
}
