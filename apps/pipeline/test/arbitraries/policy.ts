// A whole policy (core's PolicyInput) that validates: one or two languages, a controller, the
// optional parties (representative, joint controllers, data protection officer, supervisory
// authority), one to three services with unique ids, cookies, automated decisions and a history.
// Every free text is adversarial. `validPolicyInput` is checked to parse in its own test.

import fc from "fast-check";
import { jurisdictions, type Locale, type PolicyInput } from "@policy/core";
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
  // Ids are unique, as the schema requires: drawn with the rest and deduplicated on the id.
  const services = fc.uniqueArray(service(locales), { minLength: 1, maxLength: maxServices, selector: (drawn) => drawn.id });
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
    })
    .map((policy) => withoutUndefined(policy) as PolicyInput);
}
