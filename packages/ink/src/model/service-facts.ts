import { countryName, getTransferGround, type Locale, type Policy, type Service } from "@policy/core";
import { localized } from "./localized.js";

/** A service's name in the viewer's language, or its processor's name, or its id. */
export function serviceName(service: Service, locale: Locale): string {
  return localized(service.name, locale) || service.processor?.name || service.id;
}

/** Where the company that processes the data sits: the provider's country, or the controller's for in-house processing. */
export function serviceCountry(service: Service, policy: Policy, locale: Locale): string {
  const country = service.processor?.entity.address.country ?? policy.controller.address.country;
  return countryName(country, locale);
}

/** A transfer ground as "label (citation)", e.g. "Standard contractual clauses ... (Art. 46(2)(c) GDPR)". */
export function transferGroundText(id: Parameters<typeof getTransferGround>[0], locale: Locale): string {
  const ground = getTransferGround(id);
  return `${ground.label[locale]} (${ground.citation[locale]})`;
}
