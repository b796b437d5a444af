// A whole policy (core's PolicyInput) that validates: one or two languages, a controller, the
// optional parties (representative, joint controllers, data protection officer, supervisory
// authority), one to three services with unique ids, cookies, automated decisions and a history.
// Every free text is adversarial. `validPolicyInput` is checked to parse in its own test.

import fc from "fast-check";
import { catalog } from "@policy/catalog";
import { californiaThresholds, jurisdictions, type Locale, type PolicyInput, type ServiceInput } from "@policy/core";
import { adversarialText } from "./adversarial-text.js";
import { deviceAccessList } from "./device-access.js";
import { localizedText } from "./localized-text.js";
import { address, dataProtectionOfficer, party } from "./party.js";
import { email, httpUrl, isoDate, slug } from "./scalars.js";
import { service } from "./service.js";
import { optional, withoutUndefined } from "./without-undefined.js";

/** The `locales` field as written (absent means en and de), and the languages it stands for. */
const localesFields: readonly { readonly field: Locale[] | undefined; readonly locales: readonly Locale[] }[] = [
  { field: ["en"], locales: ["en"] },
  { field: ["de"], locales: ["de"] },
  { field: ["en", "de"], locales: ["en", "de"] },
  { field: ["de", "en"], locales: ["de", "en"] },
  { field: undefined, locales: ["en", "de"] },
];

export interface PolicyOptions {
  /** At most this many services (default 3). */
  readonly maxServices?: number;
}

export function validPolicyInput({ maxServices = 3 }: PolicyOptions = {}): fc.Arbitrary<PolicyInput> {
  // One arbitrary per choice of languages, built once: fast-check's `chain` would build the whole
  // tree of arbitraries again for every policy, which took most of a second each.
  return fc.oneof(...localesFields.map(({ field, locales }) => policyIn(field, locales, maxServices)));
}

function policyIn(field: Locale[] | undefined, locales: readonly Locale[], maxServices: number): fc.Arbitrary<PolicyInput> {
  // Ids are unique, and so are the names readers see in each language (duplicate-name), as the
  // schema requires: drawn with the rest, a service is left out where an earlier one has its id or name.
  const services = fc.uniqueArray(service(locales), {
    minLength: 1,
    maxLength: maxServices,
    selector: (drawn) => drawn,
    comparator: (a, b) => a.id === b.id || sameVisibleName(a, b, locales),
  });
  const automatedDecision = fc
    .record({
      id: slug(),
      name: localizedText(locales),
      profiling: optional(fc.boolean()),
      logic: localizedText(locales),
      significance: localizedText(locales),
      consequences: localizedText(locales),
      exception: optional(fc.constantFrom("contract" as const, "law" as const, "explicit-consent" as const)),
    })
    .map(withoutUndefined);
  // What a policy under the CCPA must state (each rule of the California group), drawn for every
  // policy and kept only where the jurisdictions name ccpa.
  const california = fc
    .record({
      thresholds: fc.uniqueArray(fc.constantFrom(...californiaThresholds), { minLength: 1, maxLength: californiaThresholds.length }),
      onlineOnly: optional(fc.boolean()),
      optOutUrl: httpUrl(),
      limitUrl: optional(httpUrl()),
      optOutPreferenceSignal: fc.constant(true),
      sellsUnder16: fc.boolean(),
      sensitiveBeyondLimits: optional(fc.boolean()),
      doNotTrack: optional(fc.constantFrom("honored" as const, "not-honored" as const)),
    })
    .map(withoutUndefined);
  const disclosures = fc.array(fc.constantFrom("neither" as const, "sold" as const, "shared" as const, "sold-and-shared" as const), {
    minLength: maxServices,
    maxLength: maxServices,
  });
  return fc
    .record({
      $schema: optional(adversarialText()),
      meta: fc.record({ version: adversarialText(), effective: isoDate(), updated: optional(isoDate()) }).map(withoutUndefined),
      locales: fc.constant(field),
      jurisdictions: optional(fc.uniqueArray(fc.constantFrom(...jurisdictions), { minLength: 1, maxLength: jurisdictions.length })),
      controller: party(),
      representative: optional(party()),
      jointControllers: optional(fc.array(fc.record({ party: party(), essence: localizedText(locales) }), { maxLength: 2 })),
      dpo: optional(dataProtectionOfficer()),
      supervisoryAuthority: optional(party()),
      rightsContact: optional(fc.record({ email: optional(email()), url: optional(httpUrl()), address: optional(address()) }).map(withoutUndefined)),
      consentSettingsUrl: optional(httpUrl()),
      services,
      deviceAccess: optional(deviceAccessList(locales)),
      automatedDecisions: optional(fc.uniqueArray(automatedDecision, { maxLength: 2, selector: (decision) => decision.id })),
      changes: optional(fc.array(fc.record({ date: isoDate(), summary: localizedText(locales) }), { maxLength: 2 })),
      californiaFacts: california,
      disclosures,
      tollFree: fc.constantFrom("+1 800 555 0100", "+1 (888) 555-0199"),
    })
    .map(({ californiaFacts, disclosures, tollFree, ...drawn }) => {
      // The California section is English: a policy without English cannot declare the CCPA.
      const english = drawn.locales?.includes("en") ?? true;
      const kept = english ? drawn.jurisdictions : drawn.jurisdictions?.filter((jurisdiction) => jurisdiction !== "ccpa");
      const policy = { ...drawn, jurisdictions: kept?.length === 0 ? undefined : kept };
      if (policy.jurisdictions?.includes("ccpa") !== true) return withoutUndefined(policy) as PolicyInput;
      return withoutUndefined({
        ...policy,
        california: californiaFacts,
        rightsContact: { email: "privacy@example.com", ...policy.rightsContact, phone: tollFree },
        services: policy.services.map((service, index) => ({ ...service, california: disclosures[index] ?? "neither" })),
      }) as PolicyInput;
    });
}

/**
 * Whether two services go by the same name in one of the languages, as core's duplicate-name check
 * compares them (case and runs of spaces aside): the service's own name, else its provider's, else
 * its id. Two ids are the same only when the ids are, which the ids' own check covers.
 */
function sameVisibleName(a: ServiceInput, b: ServiceInput, locales: readonly Locale[]): boolean {
  return locales.some((locale) => {
    const [first, second] = [visibleName(a, locale), visibleName(b, locale)];
    if (first === undefined || second === undefined || (first.fromId && second.fromId)) return false;
    const key = comparable(first.name);
    return key !== "" && key === comparable(second.name);
  });
}

function visibleName(service: ServiceInput, locale: Locale): { readonly name: string; readonly fromId: boolean } | undefined {
  if (service.name !== undefined) {
    const name = typeof service.name === "string" ? service.name : service.name[locale];
    return name === undefined ? undefined : { name, fromId: false };
  }
  if (typeof service.processor === "string") {
    const entry = (catalog as Readonly<Record<string, { readonly name: string }>>)[service.processor];
    return entry === undefined ? undefined : { name: entry.name, fromId: false };
  }
  if (service.processor !== undefined) return { name: service.processor.name, fromId: false };
  return { name: service.id, fromId: true };
}

function comparable(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
