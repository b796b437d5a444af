import { groundCitation } from "../compose/adequacy-citation.js";
import { createContext, type Context } from "../compose/context.js";
import type { PolicyDocument, PolicySection } from "../compose/document.js";
import { inline, type Inline } from "../compose/inline.js";
import { emailLink, list, paragraph } from "../compose/nodes.js";
import { partyInline, requestContact } from "../compose/party.js";
import { retentionShort } from "../compose/retention-text.js";
import { section } from "../compose/section.js";
import type { DeviceAccess } from "../model/device-access.js";
import type { DataItem, Policy, Service } from "../model/resolved.js";
import type { Retention } from "../model/retention.js";
import type { Transfer } from "../model/transfer.js";
import {
  getDataCategory,
  getLegalBasis,
  getPurpose,
  getTransferGround,
  type CountryCode,
  type LegalBasisId,
  type Locale,
  type PurposeId,
  type TransferGroundId,
} from "../taxonomy/index.js";
import type { PolicyChange } from "./change.js";
import { noticeMessages, type NoticeMessages } from "./notice-messages.js";

export interface NoticeOptions {
  readonly locale: Locale;
  /** The day the changes apply (YYYY-MM-DD). */
  readonly date: string;
}

const order = { material: 0, notable: 1, editorial: 2 } as const;

/**
 * The changes between two versions as a notice to the people they concern, a document the
 * Markdown and HTML renderers take like a policy: an overview, then a section with what changes
 * for who is responsible and how to reach them, then one section per service. In each, a sentence
 * per change, the material ones first, each naming the service, the data and who receives it;
 * changes of wording only are counted in one sentence at the end.
 */
export function changeNotice(before: Policy, after: Policy, changes: readonly PolicyChange[], { locale, date }: NoticeOptions): PolicyDocument {
  const m = noticeMessages[locale];
  const now = createContext(after, locale);
  const then = createContext(before, locale);
  const day = now.date(date);
  const groups = new Map<string, PolicyChange[]>();
  for (const change of changes) groups.set(change.service ?? "", [...(groups.get(change.service ?? "") ?? []), change]);
  const general = groups.get("") ?? [];
  const services = [...groups.keys()].filter((id) => id !== "");
  const sentences = { m, now, then };
  return {
    meta: { title: m.title(day), language: locale, version: after.meta.version, effective: date, updated: date, controller: after.controller.name },
    sections: [
      section("overview", { title: m.overview, content: [paragraph(changes.length === 0 ? m.none : m.intro(day))] }),
      ...(general.length === 0 ? [] : [section("changes", { title: m.general, content: [list(sentencesOf(general, sentences))] })]),
      ...services.map((id): PolicySection => {
        const service = serviceIn(after, id) ?? serviceIn(before, id);
        const ctx = serviceIn(after, id) === undefined ? then : now;
        return section("service", {
          serviceId: id,
          title: service === undefined ? id : inline(ctx.serviceName(service)),
          content: [list(sentencesOf(groups.get(id) ?? [], sentences))],
        });
      }),
    ],
  };
}

interface Sentences {
  readonly m: NoticeMessages;
  /** The later version's context: its names, data and recipients. */
  readonly now: Context;
  /** The earlier version's: for what is no longer there. */
  readonly then: Context;
}

function sentencesOf(changes: readonly PolicyChange[], s: Sentences): Inline[] {
  const sorted = [...changes].sort((a, b) => order[a.class] - order[b.class]);
  const editorial = sorted.filter((change) => change.class === "editorial").length;
  const told: Inline[] = [];
  for (const change of sorted.filter((candidate) => candidate.class !== "editorial")) {
    // Kinds of data added to (or dropped from) one service are one sentence with all of them.
    if (change.rule === "data-category-added" || change.rule === "data-category-removed") {
      const same = sorted.filter((other) => other.rule === change.rule);
      if (same[0] !== change) continue;
      told.push(dataSentence(change.rule, same, s));
      continue;
    }
    told.push(closed(sentence(change, s)));
  }
  return [...told, ...(editorial === 0 ? [] : [inline(s.m.reworded(editorial))])];
}

/** The kinds of data a service now also processes, or no longer does, in one sentence. */
function dataSentence(rule: "data-category-added" | "data-category-removed", changes: readonly PolicyChange[], { m, now, then }: Sentences): Inline {
  const id = changes[0]?.service ?? "";
  const service = serviceIn(now.policy, id) ?? serviceIn(then.policy, id);
  if (service === undefined) return [];
  const ctx = rule === "data-category-added" ? now : then;
  const labels = changes.map((change) => ctx.term(getDataCategory(((change.after ?? change.before) as DataItem).category).inSentence));
  const name = inline(ctx.serviceName(service));
  return closed(
    rule === "data-category-added"
      ? m.dataAdded(name, ctx.list(labels), service.processor?.entity.name ?? m.us)
      : m.dataRemoved(name, ctx.list(labels)),
  );
}

/** A sentence whose last name ends in a full stop ("Inc.") ends with one, not two. */
function closed(run: Inline): Inline {
  return run.map((node) => (node.type === "text" ? { ...node, value: node.value.replace(/(?<!\.)\.\.(?!\.)/g, ".") } : node));
}

function sentence(change: PolicyChange, { m, now, then }: Sentences): Inline {
  const service = change.service === undefined ? undefined : (serviceIn(now.policy, change.service) ?? serviceIn(then.policy, change.service));
  const ctx = service !== undefined && serviceIn(now.policy, service.id) === undefined ? then : now;
  const name = service === undefined ? "" : inline(ctx.serviceName(service));
  const data = service === undefined ? "" : ctx.list(service.data.map((item) => ctx.term(getDataCategory(item.category).inSentence)));
  const recipient = service?.processor?.entity.name ?? m.us;
  const purpose = (id: unknown) => ctx.term(getPurpose(id as PurposeId).inSentence);
  const basis = (id: unknown) => {
    const concept = getLegalBasis(id as LegalBasisId);
    return `${ctx.cite(concept)} (${ctx.term(concept.inSentence)})`;
  };
  const ground = (id: unknown, country: CountryCode) => {
    const concept = getTransferGround(id as TransferGroundId);
    return `${ctx.term(concept.inSentence)} (${groundCitation(ctx, concept, [country])})`;
  };
  const after = change.after as never;
  const before = change.before as never;
  switch (change.rule) {
    case "service-added": {
      const added = m.serviceAdded(name, ctx.list((service?.purposes ?? []).map((p) => purpose(p.purpose))), data, recipient);
      const transfers = (service?.transfers ?? []).map((transfer) =>
        m.countryOn(ctx.country(transfer.country), ground(transfer.mechanism, transfer.country)),
      );
      return transfers.length === 0 ? added : inline(added, m.serviceTransfers(ctx.list(transfers)));
    }
    case "service-removed":
      return m.serviceRemoved(name);
    case "purpose-added":
      return m.purposeAdded(
        name,
        purpose((after as { purpose: string }).purpose),
        basis((after as { legalBasis: string }).legalBasis),
        data,
        recipient,
      );
    case "purpose-removed":
      return m.purposeRemoved(name, purpose((before as { purpose: string }).purpose), data);
    case "legal-basis-changed":
      return m.basisChanged(name, purpose(change.path.replace(/.*\.purposes\[([^\]]+)\].*/, "$1")), basis(after), basis(before));
    case "data-category-added":
      return m.dataAdded(name, ctx.term(getDataCategory((after as DataItem).category).inSentence), recipient);
    case "data-category-removed":
      return m.dataRemoved(name, then.term(getDataCategory((before as DataItem).category).inSentence));
    case "provider-changed":
      return m.providerChanged(name, String(after ?? m.us), String(before ?? m.us), data);
    case "recipient-added":
      return m.recipientAdded(name, inline(ctx.text((after as { name: never }).name)), data);
    case "recipient-removed":
      return m.recipientRemoved(name, inline(then.text((before as { name: never }).name)));
    case "transfer-added": {
      const transfer = after as Transfer;
      return m.transferAdded(
        name,
        ctx.country(transfer.country),
        recipientName(ctx, transfer, recipient),
        ground(transfer.mechanism, transfer.country),
        data,
      );
    }
    case "transfer-removed":
      return m.transferRemoved(name, then.country((before as Transfer).country));
    case "transfer-weaker":
    case "transfer-ground-changed": {
      const country = change.path.replace(/.*\.transfers\[([A-Z]+)\].*/, "$1") as CountryCode;
      return m.transferGround(name, ctx.country(country), ground(after, country), ground(before, country));
    }
    case "retention-longer":
    case "retention-changed":
      return m.retention(name, retentionShort(ctx, after as Retention | null), retentionShort(then, before as Retention | null), data);
    case "controller-changed":
      return m.controller(partyInline(now, now.policy.controller), then.policy.controller.name);
    case "controller-contact-changed":
      return m.controllerContact(contactOf(now));
    case "rights-contact-changed":
      return m.rightsContact(requestContact(now));
    case "dpo-changed": {
      const dpo = now.policy.dpo;
      return m.dpo(dpo === undefined ? m.ended : inline(dpo.name ?? "", dpo.name === undefined ? "" : ", ", emailLink(dpo.email)));
    }
    case "representative-changed": {
      const representative = now.policy.representative;
      return m.representative(representative === undefined ? m.ended : partyInline(now, representative));
    }
    case "cookie-added":
      return m.cookieAdded(name === "" ? m.us : name, (after as DeviceAccess).name, ctx.prose((after as DeviceAccess).purpose));
    case "cookie-removed":
      return m.cookieRemoved(name === "" ? m.us : name, (before as DeviceAccess).name);
    case "cookie-changed":
      return m.cookieChanged(name === "" ? m.us : name, (after as DeviceAccess).name);
    default:
      // "wording": counted, not told (see sentencesOf).
      return inline(m.reworded(1));
  }
}

function serviceIn(policy: Policy, id: string): Service | undefined {
  return policy.services.find((service) => service.id === id);
}

/** The recipient a transfer names, else the service's provider. */
function recipientName(ctx: Context, transfer: Transfer, provider: string): Inline {
  if (transfer.recipient === undefined) return inline(provider);
  return typeof transfer.recipient === "string" ? inline(transfer.recipient) : inline(ctx.text(transfer.recipient));
}

/** The controller's name, address and the ways to reach it. */
function contactOf(ctx: Context): Inline {
  const { controller } = ctx.policy;
  return inline(partyInline(ctx, controller), ...(controller.email === undefined ? [] : [", ", emailLink(controller.email)]));
}
