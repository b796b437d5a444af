import type { PhrasingContent, Text } from "mdast";
import type { Service } from "../model/resolved.js";
import type { Transfer } from "../model/transfer.js";
import { isUnconfirmed, providerItemPath } from "../model/unconfirmed.js";
import { getAdequacy, getTransferGround, type TransferGroundId } from "../taxonomy/index.js";
import type { Context } from "./context.js";
import { inline, text, type Inline } from "./inline.js";
import { paragraph, strong, webLink, type Block } from "./nodes.js";
import { partyName, type PartyName } from "./party-name.js";

/**
 * One transfer to a third country, as Art. 13(1)(f) GDPR asks: the country, the recipient, the
 * ground, whether an adequacy decision exists, and for safeguards where to get a copy.
 */
export function transferBlocks(ctx: Context, service: Service, transfer: Transfer, lead?: Inline): Block[] {
  const { m } = ctx;
  const recipient = recipientOf(ctx, service, transfer);
  const heading = inline(
    strong(ctx.country(transfer.country)),
    lead === undefined ? [] : [" – ", ...lead],
    recipient === undefined ? [] : [" (", ...m.transferRecipient(recipient), ")"],
  );
  const doubt = transferDoubt(service, transfer);
  if (doubt !== undefined) {
    // A transfer the provider's documents do not confirm is named, but its ground is not asserted.
    const said = doubt === "transfer" ? m.transferUnconfirmed : m.transferGroundUnconfirmed;
    return [paragraph(heading), paragraph(join([said, m.transferAskUs(m.see(m.titles.contact))]))];
  }
  const ground = getTransferGround(transfer.mechanism);
  const { status, copy } = groundExplanation(ctx, transfer, recipientName(ctx, service, transfer));
  const sentences: Inline[] = [
    m.transferGround(ground.label[ctx.locale], ground.citation[ctx.locale]),
    ...status,
    ...(transfer.note === undefined ? [] : [ctx.prose(transfer.note)]),
    ...copy,
  ];
  return [paragraph(heading), paragraph(join(sentences))];
}

/** Who receives a transfer's data: the recipient it names, else the service's provider. */
export function recipientOf(ctx: Context, service: Service, transfer: Transfer): Text | undefined {
  return recipientText(ctx, transfer.recipient ?? service.processor?.entity.name);
}

/**
 * Who receives a transfer's data, as a sentence names it: the provider's entity with its article
 * (see `partyName`), a company the transfer names, or a group in words, which takes no article.
 */
function recipientName(ctx: Context, service: Service, transfer: Transfer): PartyName | undefined {
  if (transfer.recipient === undefined) return service.processor === null ? undefined : partyName(service.processor.entity);
  if (typeof transfer.recipient === "string") return partyName({ name: transfer.recipient });
  return { name: [ctx.text(transfer.recipient)], article: "none" };
}

/**
 * A recipient in the text: a company's legal name as written (a name has no language), or a
 * group of recipients in words, marked where it is not in the document's language.
 */
export function recipientText(ctx: Context, recipient: Transfer["recipient"]): Text | undefined {
  return recipient === undefined ? undefined : typeof recipient === "string" ? text(recipient) : ctx.text(recipient);
}

/**
 * What the provider's documents leave unconfirmed about one of its transfers: the transfer itself
 * (and so its ground), only its ground, or nothing (undefined). A transfer the service states
 * itself is the policy's own statement: nothing is unconfirmed. Wherever the ground is unconfirmed,
 * compose names the transfer but not the ground.
 */
export function transferDoubt(service: Service, transfer: Transfer): "transfer" | "ground" | undefined {
  const marked = providerItemPath(service.processor, "transfers", transfer);
  if (marked === undefined || !isUnconfirmed(service.processor, `${marked}.mechanism`)) return undefined;
  return isUnconfirmed(service.processor, marked) ? "transfer" : "ground";
}

/** Safeguards a person can get a copy of (Art. 46, 47 and 49(1) second subparagraph GDPR). */
const withSafeguards = new Set<TransferGroundId>(["A46-2-a", "A46-2-b", "A46-2-c", "A46-2-d", "A46-2-e", "A46-2-f", "A46-3-a", "A46-3-b", "A49-2"]);
/** Safeguards that are clauses: the copy a person gets is of the standard contractual clauses. */
const clauses = new Set<TransferGroundId>(["A46-2-c", "A46-2-d", "A46-3-a"]);

/** What the ground means here, and (for safeguards) where to get a copy of them. */
function groundExplanation(ctx: Context, transfer: Transfer, recipient: PartyName | undefined): { status: Inline[]; copy: Inline[] } {
  const { m } = ctx;
  const adequacy = getAdequacy(transfer.country);
  const decision = adequacy === undefined ? undefined : m.adequacyDecisionName(adequacy.decision, adequacy.reference);
  const scope = adequacy?.scope?.[ctx.locale];

  if (transfer.mechanism === "A45-3") {
    // Validation refuses A45-3 for a country without a decision; a hand-built Policy gets "none".
    if (decision === undefined) return { status: [m.adequacyNone], copy: [] };
    return { status: [m.adequacyExists(decision), ...(scope === undefined ? [] : [m.adequacyScope(scope)])], copy: [] };
  }
  // The certification is the recipient's: name who holds it, never "the provider" in general.
  if (transfer.mechanism === "EU-US-DPF") return { status: [m.dpfCertified(recipient)], copy: [] };

  // Every other ground: whether a decision exists (Art. 13(1)(f)), then what the transfer rests on.
  const status: Inline[] = [decision === undefined ? m.adequacyNone : scope === undefined ? m.adequacyAlso(decision) : m.adequacyLimited(scope)];
  if (transfer.mechanism.startsWith("A49-")) status.push(m.derogation);
  if (!withSafeguards.has(transfer.mechanism)) return { status, copy: [] };
  const scc = clauses.has(transfer.mechanism);
  const copy = transfer.safeguards === undefined ? m.copyOnRequest(scc, m.see(m.titles.contact)) : m.copyAt(scc, webLink(transfer.safeguards));
  return { status, copy: [copy] };
}

function join(sentences: readonly Inline[]): PhrasingContent[] {
  return inline(...sentences.flatMap((sentence, index) => (index === 0 ? [sentence] : [" ", sentence])));
}
