import type { Service } from "../model/resolved.js";
import { getDataCategory, getLegalBasis, getPurpose, type DataCategoryId } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import type { Inline } from "./inline.js";
import { labelled, safeguardText } from "./index-facts.js";
import { serviceCountries } from "./legal.js";
import { list, paragraph, strong, type Block } from "./nodes.js";
import { section } from "./section.js";
import { recipientText } from "./transfer.js";

/**
 * "Which services process this data?": an entry for each kind of data the services name, ordered
 * by its key, so that related kinds stand together (user.contact.*, user.device.*) and the order is
 * the same in every language. An entry lists every service whose data includes the kind, a
 * narrower one (user.device finds user.device.ip_address) or a broader one (a service that lists
 * user.device processes the IP address too, and says so), each with its provider, its purposes
 * and their legal bases, where the data is processed and its transfers out of the EU/EEA.
 */
export function dataIndexSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  // Each kind of data with the services that name it, in the policy's order.
  const named = new Map<DataCategoryId, Set<Service>>();
  for (const service of policy.services) {
    for (const item of service.data) {
      const services = named.get(item.category) ?? new Set<Service>();
      services.add(service);
      named.set(item.category, services);
    }
  }
  const ids = [...named.keys()].sort();
  const entries = ids.map((id) => {
    const related = ids.filter((other) => isRelated(id, other));
    const concerned = new Set(related.flatMap((other) => [...(named.get(other) ?? [])]));
    return entry(
      ctx,
      id,
      related,
      policy.services.filter((service) => concerned.has(service)),
    );
  });
  return section("data-index", {
    title: m.index.dataTitle,
    content: [paragraph(entries.length === 0 ? m.index.dataNone : m.index.dataIntro)],
    sections: entries,
  });
}

/** Whether one kind of data is the other, or contains it (user.device and user.device.ip_address). */
function isRelated(id: DataCategoryId, other: DataCategoryId): boolean {
  return other === id || other.startsWith(`${id}.`) || id.startsWith(`${other}.`);
}

function entry(ctx: Context, id: DataCategoryId, related: readonly DataCategoryId[], services: readonly Service[]): PolicySection {
  const { m } = ctx;
  const category = getDataCategory(id);
  return section("data-index-category", {
    key: id,
    title: ctx.term(category.label),
    content: [paragraph(m.index.dataCategory(ctx.term(category.description), id)), paragraph(strong(m.index.processedBy(services.length)))],
    sections: services.map((service) =>
      section("data-index-service", {
        key: id,
        serviceId: service.id,
        title: [ctx.serviceName(service)],
        content: [list(serviceFacts(ctx, service, id, related))],
      }),
    ),
  });
}

/** What the entry says about one service: provider, the kinds of data it names instead, purposes with legal bases, countries, transfers. */
function serviceFacts(ctx: Context, service: Service, id: DataCategoryId, related: readonly DataCategoryId[]): (Inline | Block[])[] {
  const { m, policy } = ctx;
  const { labels } = m.index;
  const facts: (Inline | Block[])[] = [];
  const country = ctx.country(service.processor?.entity.address.country ?? policy.controller.address.country);
  facts.push(labelled(labels.provider, `${service.processor?.entity.name ?? m.index.inHouse}, ${country}`));
  const declared = new Set(service.data.map((item) => item.category).filter((other) => other !== id && related.includes(other)));
  for (const other of declared) facts.push(m.index.listedAs(ctx.term(getDataCategory(other).label), other));
  for (const purpose of service.purposes) {
    const label = ctx.term(getPurpose(purpose.purpose).label);
    const basis = getLegalBasis(purpose.legalBasis);
    const heading = paragraph(labelled(labels.purpose, label, purpose.description === undefined ? [] : [": ", ctx.prose(purpose.description)]));
    // The FADP asks for no legal basis: a text under it names none.
    facts.push(ctx.law === "fadp" ? [heading] : [heading, list([labelled(labels.legalBasis, `${ctx.cite(basis)}, ${ctx.term(basis.inSentence)}`)])]);
  }
  facts.push(labelled(labels.countries, ctx.list(serviceCountries(service, policy).map(ctx.country), "short")));
  for (const transfer of service.transfers) {
    const recipient = recipientText(ctx, transfer.recipient);
    facts.push(
      labelled(
        labels.transfers,
        ctx.country(transfer.country),
        recipient === undefined ? [] : [" (", recipient, ")"],
        ": ",
        safeguardText(ctx, service, transfer),
      ),
    );
  }
  return facts;
}
