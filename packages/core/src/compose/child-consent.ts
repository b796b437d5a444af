import type { DataProtectionLaw } from "../model/data-protection-law.js";
import type { Service } from "../model/resolved.js";
import { getDigitalConsentAge, isEeaMember, type CountryCode, type DigitalConsentAge } from "../taxonomy/index.js";
import type { Context } from "./context.js";
import { paragraph, type Block } from "./nodes.js";

/**
 * The age of digital consent (Art. 8(1)) the text names: the UK's under the UK GDPR; under the
 * GDPR the controller's country's, where our sources confirm it. The FADP has no such age.
 */
export function digitalConsentAgeFor(law: DataProtectionLaw, country: CountryCode): DigitalConsentAge | undefined {
  if (law === "uk-gdpr") return getDigitalConsentAge("GB");
  return law === "gdpr" && isEeaMember(country) ? getDigitalConsentAge(country) : undefined;
}

/**
 * A service's words on a parent's consent for children, after the age below which it is needed
 * (in the section on legal bases; under the FADP, which has neither, in the section on purposes).
 */
export function parentalConsentBlocks(ctx: Context, service: Service): Block[] {
  if (service.parentalConsent === undefined) return [];
  const how = ctx.prose(service.parentalConsent);
  if (ctx.law === "fadp") return [paragraph(how)];
  const age = digitalConsentAgeFor(ctx.law, ctx.policy.controller.address.country);
  return [paragraph(ctx.m.parentalConsent(age === undefined ? undefined : { age: age.age, citation: age.citation[ctx.locale] }, how))];
}
