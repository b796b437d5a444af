import { countryName, formatList, getTransferGround, serviceCountries, type Locale, type Policy, type Service } from "@policy/core";
import { localized } from "./localized.js";

/** A service's name in the viewer's language, or its processor's name, or its id. */
export function serviceName(service: Service, locale: Locale): string {
  return localized(service.name, locale) || service.processor?.name || service.id;
}

/** Where the company that processes the data sits: the provider's country, or the controller's for in-house processing. */
export function providerCountry(service: Service, policy: Policy, locale: Locale): string {
  const country = service.processor?.entity.address.country ?? policy.controller.address.country;
  return countryName(country, locale);
}

/** Every country the data is processed in, as the overview's "Where processed" column names them. */
export function processingCountries(service: Service, policy: Policy, locale: Locale): string {
  return formatList(serviceCountries(service, policy).map((code) => countryName(code, locale)), locale, "short");
}

/** A transfer ground as "label (citation)", e.g. "Standard contractual clauses ... (Art. 46(2)(c) GDPR)". */
export function transferGroundText(id: Parameters<typeof getTransferGround>[0], locale: Locale): string {
  const ground = getTransferGround(id);
  return `${ground.label[locale]} (${ground.citation[locale]})`;
}
