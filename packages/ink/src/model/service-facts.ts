import {
  countryName,
  formatList,
  getTransferGround,
  isUnconfirmed,
  providerItemPath,
  serviceCountries,
  type Locale,
  type Policy,
  type Service,
  type Transfer,
} from "@policy/core";
import type { Messages } from "../messages/index.js";
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

/** Who receives a transfer's data: a company's name, or a group in words. */
export function transferRecipient(transfer: Transfer, locale: Locale): string | undefined {
  const { recipient } = transfer;
  return recipient === undefined ? undefined : typeof recipient === "string" ? recipient : localized(recipient, locale);
}

/** The ground a transfer rests on, unless the provider's documents do not confirm it: then that is said instead. */
export function transferSafeguard(service: Service, transfer: Transfer, locale: Locale, m: Messages): string {
  const marked = providerItemPath(service.processor, "transfers", transfer);
  return marked !== undefined && isUnconfirmed(service.processor, `${marked}.mechanism`) ? m.transfers.unconfirmed : transferGroundText(transfer.mechanism, locale);
}
