import type { Service } from "../model/resolved.js";
import type { Transfer } from "../model/transfer.js";
import type { CountryCode } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import type { Inline } from "./inline.js";
import { labelled, safeguardText } from "./index-facts.js";
import { list, paragraph, webLink } from "./nodes.js";
import { section } from "./section.js";
import { recipientOf } from "./transfer.js";

/**
 * "Where does the data go?": an entry for each country outside the EU/EEA that the services
 * transfer data to, ordered by country code (the same in every language). An entry first gives the
 * safeguards the transfers there rest on, with how many services rest on each, then for each
 * service who receives the data there, on which safeguard, the policy's note and where to read the
 * safeguards.
 */
export function transfersIndexSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  // Each country with the services that send data there and their transfers to it, in the policy's order.
  const byCountry = new Map<CountryCode, Map<Service, Transfer[]>>();
  for (const service of policy.services) {
    for (const transfer of service.transfers) {
      const services = byCountry.get(transfer.country) ?? new Map<Service, Transfer[]>();
      services.set(service, [...(services.get(service) ?? []), transfer]);
      byCountry.set(transfer.country, services);
    }
  }
  const entries = [...byCountry.keys()].sort().map((code) => entry(ctx, code, byCountry.get(code) ?? new Map()));
  return section("transfers-index", {
    title: m.index.transfersTitle,
    content: [paragraph(entries.length === 0 ? m.index.transfersNone : m.index.transfersIntro)],
    sections: entries,
  });
}

function entry(ctx: Context, code: CountryCode, services: ReadonlyMap<Service, readonly Transfer[]>): PolicySection {
  // Each safeguard with the services that rest on it, in the order first met.
  const safeguards = new Map<string, Set<Service>>();
  for (const [service, transfers] of services) {
    for (const transfer of transfers) {
      const safeguard = safeguardText(ctx, service, transfer);
      safeguards.set(safeguard, (safeguards.get(safeguard) ?? new Set<Service>()).add(service));
    }
  }
  return section("transfers-index-country", {
    key: code,
    title: ctx.country(code),
    content: [list([...safeguards].map(([safeguard, resting]) => ctx.m.index.servicesOn(safeguard, resting.size)))],
    sections: [...services].map(([service, transfers]) =>
      section("transfers-index-service", {
        key: code,
        serviceId: service.id,
        title: [ctx.serviceName(service)],
        content: transfers.map((transfer) => list(transferFacts(ctx, service, transfer))),
      }),
    ),
  });
}

/** One transfer: who receives the data (the provider where the transfer does not say), the safeguard, the note, the link to the safeguards. */
function transferFacts(ctx: Context, service: Service, transfer: Transfer): Inline[] {
  const { labels } = ctx.m.index;
  const facts: Inline[] = [];
  const recipient = recipientOf(ctx, service, transfer);
  if (recipient !== undefined) facts.push(labelled(labels.recipient, recipient));
  facts.push(labelled(labels.safeguard, safeguardText(ctx, service, transfer)));
  if (transfer.note !== undefined) facts.push(ctx.prose(transfer.note));
  if (transfer.safeguards !== undefined) facts.push(labelled(labels.details, webLink(transfer.safeguards)));
  return facts;
}
