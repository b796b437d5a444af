import type { DataProtectionLaw } from "../model/data-protection-law.js";
import type { ProcessingPurpose } from "../model/processing-purpose.js";
import type { Policy, Service } from "../model/resolved.js";
import { transfersUnconfirmed } from "../model/unconfirmed.js";
import { isEeaMember, rightsForLegalBasis, type CountryCode, type PurposeId, type RightId } from "../taxonomy/index.js";
import { isObjectionBasis } from "./objection-basis.js";

/**
 * The legal reasoning compose needs, kept apart from the words: which sections a policy calls for
 * and which services each right, objection or consent concerns.
 */

/** Direct marketing (Art. 21(2) GDPR): every purpose in the taxonomy's marketing branch. */
export function isDirectMarketing(purpose: PurposeId): boolean {
  return purpose === "marketing" || purpose.startsWith("marketing.");
}

/** The purposes of a service a person can object to on grounds of their particular situation. */
export function objectablePurposes(service: Service): readonly ProcessingPurpose[] {
  return service.purposes.filter((purpose) => isObjectionBasis(purpose.legalBasis));
}

/** The purposes of a service that are direct marketing: objection at any time, without reasons. */
export function directMarketingPurposes(service: Service): readonly ProcessingPurpose[] {
  return service.purposes.filter((purpose) => isDirectMarketing(purpose.purpose));
}

/** Whether the policy calls for the section on the right to object. */
export function hasObjection(policy: Policy): boolean {
  return policy.services.some((service) => objectablePurposes(service).length > 0 || directMarketingPurposes(service).length > 0);
}

/** Whether a service relies on consent: Art. 6(1)(a), or Art. 9(2)(a) for special categories. */
export function usesConsent(service: Service): boolean {
  return service.purposes.some((purpose) => purpose.legalBasis === "A6-1-a") || service.specialCategoryCondition === "A9-2-a";
}

/** Whether a service relies on consent, for its processing or for a cookie or similar technology. */
export function serviceNeedsConsent(service: Service): boolean {
  return usesConsent(service) || service.deviceAccess.some((access) => access.ground === "consent");
}

/** Whether any cookie or similar technology of the policy or a service needs consent (§ 25(1) TDDDG). */
export function deviceAccessNeedsConsent(policy: Policy): boolean {
  return [...policy.deviceAccess, ...policy.services.flatMap((service) => service.deviceAccess)].some((access) => access.ground === "consent");
}

/**
 * Whether the policy calls for the section on withdrawing consent: a service that relies on
 * consent, or a cookie or similar technology set with consent (withdrawal works the same way).
 */
export function hasConsent(policy: Policy): boolean {
  return policy.services.some(usesConsent) || deviceAccessNeedsConsent(policy);
}

/** Whether a right applies to a service: it follows from the legal basis of at least one purpose. */
export function rightApplies(right: RightId, service: Service): boolean {
  if (service.keptBy === "provider" && rightsOverHeldData.has(right)) return false;
  return service.purposes.some((purpose) => rightsForLegalBasis(purpose.legalBasis).includes(right));
}

/** Access, rectification, erasure, restriction, notifying recipients of those, and portability concern data we hold. */
const rightsOverHeldData = new Set<RightId>(["A15", "A16", "A17", "A18", "A19", "A20"]);

/** The services whose data only their provider keeps: we hold none of it. */
export function keptByProvider(policy: Policy): Service[] {
  return policy.services.filter((service) => service.keptBy === "provider");
}

/** The countries where a service's data is processed: the provider's, its parent's, recipients' and transfers' countries. */
export function serviceCountries(service: Service, policy: Policy): readonly CountryCode[] {
  const countries: CountryCode[] = [];
  const add = (code: CountryCode | undefined) => {
    if (code !== undefined && !countries.includes(code)) countries.push(code);
  };
  if (service.processor === null) add(policy.controller.address.country);
  else {
    add(service.processor.entity.address.country);
    add(service.processor.parent?.address.country);
  }
  for (const recipient of service.recipients) add(recipient.country);
  for (const transfer of service.transfers) add(transfer.country);
  return countries;
}

/** Whether every country the data is known to reach is inside the law's area: the EU and the EEA, or the UK. */
export function staysInLawArea(service: Service, policy: Policy, law: DataProtectionLaw): boolean {
  const inside = law === "uk-gdpr" ? (country: CountryCode) => country === "GB" : isEeaMember;
  // A provider whose documents do not say where the data goes gives no ground to say it stays.
  return service.transfers.length === 0 && !transfersUnconfirmed(service) && serviceCountries(service, policy).every(inside);
}
