import type { Policy, Service } from "../model/resolved.js";
import type { Transfer } from "../model/transfer.js";
import { getTransferGround, type TransferGroundId } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { inline, type Inline, joined } from "./inline.js";
import { list, paragraph, strong, webLink, type Block } from "./nodes.js";
import { groundCitation } from "./adequacy-citation.js";
import { section } from "./section.js";
import { adequacyGrounds, clauses, dpfGrounds, isDerogation, transferDoubt, transferFacts, transferHeading, withSafeguards } from "./transfer.js";

/** Whether the policy calls for the section on transfers to third countries. */
export function hasTransfers(ctx: Context): boolean {
  return [ctx.policy, ...(ctx.swiss === undefined ? [] : [ctx.swiss])].some((policy) =>
    policy.services.some((service) => service.transfers.length > 0),
  );
}

interface Entry {
  readonly service: Service;
  readonly transfer: Transfer;
}

/**
 * Transfers to third countries (Art. 13(1)(f) GDPR), all in one place, grouped by the ground they
 * rest on: each ground named and explained once (what an adequacy decision or the Data Privacy
 * Framework means, how to get a copy of safeguards), then every transfer on it with its country,
 * service and recipient and what is particular to it. Transfers whose ground the provider's
 * documents do not confirm come last, without a ground.
 */
export function transfersSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  const groups = new Map<TransferGroundId, Entry[]>();
  const unconfirmed: Entry[] = [];
  for (const service of policy.services) {
    for (const transfer of service.transfers) {
      if (transferDoubt(service, transfer) !== undefined) unconfirmed.push({ service, transfer });
      else groups.set(transfer.mechanism, [...(groups.get(transfer.mechanism) ?? []), { service, transfer }]);
    }
  }
  const content: Block[] = groups.size + unconfirmed.length > 0 ? [paragraph(m.transfersSectionIntro)] : [];
  for (const [ground, entries] of groups) content.push(...groundBlocks(ctx, ground, entries));
  if (unconfirmed.length > 0) {
    content.push(
      paragraph(strong(m.transfersUnconfirmedTitle)),
      paragraph(m.transfersUnconfirmedIntro(m.see(m.titles.contact))),
      list(unconfirmed.map(({ service, transfer }) => inline(lead(ctx, service, transfer), ": ", doubtOf(ctx, service, transfer)))),
    );
  }
  if (ctx.swiss !== undefined) content.push(...swissBlocks(ctx, ctx.swiss));
  return section("transfers", { title: m.titles.transfers, content });
}

/**
 * For readers in Switzerland (Art. 19 para. 4 FADP): each country outside Switzerland the data is
 * disclosed to, with the ground of Art. 16 or 17 FADP it rests on, or that the provider's documents
 * confirm none.
 */
function swissBlocks(ctx: Context, swiss: Policy): Block[] {
  const { m } = ctx;
  const items = swiss.services.flatMap((service) =>
    service.transfers.map((transfer) => {
      const ground = getTransferGround(transfer.mechanism);
      const named = transferDoubt(service, transfer) === undefined ? `${ctx.term(ground.label)} (${ctx.cite(ground)})` : m.swiss.noGround;
      return inline(lead(ctx, service, transfer), ": ", named);
    }),
  );
  if (items.length === 0) return [];
  return [paragraph(strong(m.swiss.transfersTitle)), paragraph(m.swiss.transfersIntro), list(items)];
}

/** One ground: its name and citation, what it means (once), and the transfers that rest on it. */
function groundBlocks(ctx: Context, id: TransferGroundId, entries: readonly Entry[]): Block[] {
  const { m } = ctx;
  const ground = getTransferGround(id);
  const citation = groundCitation(
    ctx,
    ground,
    entries.map(({ transfer }) => transfer.country),
  );
  const blocks: Block[] = [paragraph(strong(ctx.term(ground.label)), ` (${citation})`)];
  if (dpfGrounds.has(id)) blocks.push(paragraph(m.dpfExplained));
  else if (adequacyGrounds.has(id)) blocks.push(paragraph(m.adequacyExplained));
  else if (isDerogation(id)) blocks.push(paragraph(m.derogation));
  // Where to get a copy of the safeguards, once for those without a copy of their own online.
  const copy = withSafeguards.has(id) && entries.some(({ transfer }) => transfer.safeguards === undefined);
  if (copy) blocks.push(paragraph(m.copyOnRequest(clauses.has(id), m.see(m.titles.contact))));
  const items = entries.map(({ service, transfer }) => {
    const sentences: Inline[] = [
      ...transferFacts(ctx, transfer),
      ...(transfer.note === undefined ? [] : [ctx.prose(transfer.note)]),
      ...(transfer.safeguards === undefined ? [] : [m.copyAt(clauses.has(id), webLink(transfer.safeguards))]),
    ];
    return sentences.length === 0
      ? [paragraph(lead(ctx, service, transfer))]
      : [paragraph(lead(ctx, service, transfer)), paragraph(joined(sentences, " "))];
  });
  blocks.push(list(items));
  return blocks;
}

function lead(ctx: Context, service: Service, transfer: Transfer): Inline {
  return transferHeading(ctx, service, transfer, [ctx.serviceName(service)]);
}

function doubtOf(ctx: Context, service: Service, transfer: Transfer): Inline {
  return transferDoubt(service, transfer) === "transfer" ? inline(ctx.m.transferUnconfirmedShort) : inline(ctx.m.transferGroundUnconfirmedShort);
}
