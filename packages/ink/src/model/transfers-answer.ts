import { countryName, type CountryCode, type Locale, type Policy, type Service, type Transfer } from "@policy/core";
import type { BlockContent, ListItem, PhrasingContent } from "mdast";
import type { Messages } from "../messages/index.js";
import { localized } from "./localized.js";
import { serviceName, transferRecipient, transferSafeguard } from "./service-facts.js";

/** A country outside the EU/EEA that data goes to, with how many services send it there. */
export interface CountryChoice {
  readonly code: CountryCode;
  readonly label: string;
}

/** The countries of all the services' transfers, ordered by country code (the same in every language). */
export function transferCountries(policy: Policy, locale: Locale): CountryChoice[] {
  const count = new Map<CountryCode, Set<string>>();
  for (const service of policy.services) {
    for (const transfer of service.transfers) {
      const services = count.get(transfer.country) ?? new Set<string>();
      services.add(service.id);
      count.set(transfer.country, services);
    }
  }
  return [...count.keys()].sort().map((code) => ({ code, label: `${countryName(code, locale)} (${count.get(code)?.size ?? 0})` }));
}

/**
 * The transfers to one country: first the safeguards used for it with how many services rest on
 * each, then per service who receives the data there and on which safeguard, with the policy's
 * note and the link to the safeguards where given.
 */
export function transfersAnswer(policy: Policy, code: CountryCode, locale: Locale, m: Messages): BlockContent[] {
  const rows = policy.services.flatMap((service) =>
    service.transfers.filter((transfer) => transfer.country === code).map((transfer) => ({ service, transfer })),
  );
  const safeguard = (service: Service, transfer: Transfer) => transferSafeguard(service, transfer, locale, m);
  const byGround = new Map<string, number>();
  for (const { service, transfer } of rows) {
    const ground = safeguard(service, transfer);
    byGround.set(ground, (byGround.get(ground) ?? 0) + 1);
  }

  const blocks: BlockContent[] = [
    { type: "heading", depth: 3, children: [{ type: "text", value: countryName(code, locale) }] },
    {
      type: "list",
      ordered: false,
      spread: false,
      children: [...byGround].map(([ground, services]) => listItem([text(`${ground}: ${m.transfers.services(services)}`)])),
    },
  ];
  for (const { service, transfer } of rows) {
    const recipient = transferRecipient(transfer, locale) ?? service.processor?.entity.name;
    const items: ListItem[] = [];
    if (recipient !== undefined) items.push(labelled(m.transfers.recipient, recipient));
    items.push(labelled(m.transfers.mechanism, safeguard(service, transfer)));
    if (transfer.note !== undefined) items.push(listItem([text(localized(transfer.note, locale))]));
    if (transfer.safeguards !== undefined) {
      items.push(listItem([strong(`${m.transfers.safeguards}:`), text(" "), { type: "link", url: transfer.safeguards, children: [text(transfer.safeguards)] }]));
    }
    blocks.push(
      { type: "heading", depth: 4, children: [text(serviceName(service, locale))] },
      { type: "list", ordered: false, spread: false, children: items },
    );
  }
  return blocks;
}

function text(value: string): PhrasingContent {
  return { type: "text", value };
}

function strong(value: string): PhrasingContent {
  return { type: "strong", children: [text(value)] };
}

function labelled(label: string, value: string): ListItem {
  return listItem([strong(`${label}:`), text(` ${value}`)]);
}

function listItem(children: PhrasingContent[]): ListItem {
  return { type: "listItem", spread: false, children: [{ type: "paragraph", children }] };
}
