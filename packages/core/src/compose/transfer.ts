import type { Text } from "mdast";
import type { Service } from "../model/resolved.js";
import type { Transfer } from "../model/transfer.js";
import { isUnconfirmed, providerItemPath } from "../model/unconfirmed.js";
import { getAdequacy, getTransferGround, type TransferGroundId } from "../taxonomy/index.js";
import type { Context } from "./context.js";
import { inline, text, type Inline } from "./inline.js";
import { strong } from "./nodes.js";

/**
 * One transfer as a service's own section states it: the country, the recipient and the ground's
 * name ("United States (recipient: Zoom Communications, Inc.): EU-US Data Privacy Framework").
 * What the ground means, and how to get a copy of safeguards, is said once, in the transfers section.
 */
export function transferSummary(ctx: Context, service: Service, transfer: Transfer): Inline {
  const { m } = ctx;
  const doubt = transferDoubt(service, transfer);
  const ground =
    doubt === "transfer"
      ? m.transferUnconfirmedShort
      : doubt === "ground"
        ? m.transferGroundUnconfirmedShort
        : getTransferGround(transfer.mechanism).label[ctx.locale];
  return inline(transferHeading(ctx, service, transfer), ": ", ground);
}

/** The country in bold, what the data is for (in the transfers section: the service), and the recipient. */
export function transferHeading(ctx: Context, service: Service, transfer: Transfer, lead?: Inline): Inline {
  const recipient = recipientOf(ctx, service, transfer);
  return inline(
    strong(ctx.country(transfer.country)),
    lead === undefined ? [] : [" – ", ...lead],
    recipient === undefined ? [] : [" (", ...ctx.m.transferRecipient(recipient), ")"],
  );
}

/** The grounds that need a word about safeguards a person can get a copy of, and the adequacy status. */
export function transferFacts(ctx: Context, transfer: Transfer): Inline[] {
  const { m } = ctx;
  const adequacy = getAdequacy(transfer.country);
  const decision = adequacy === undefined ? undefined : m.adequacyDecisionName(adequacy.decision, adequacy.reference);
  const scope = adequacy?.scope?.[ctx.locale];
  if (transfer.mechanism === "A45-3") {
    // Validation refuses A45-3 for a country without a decision; a hand-built Policy gets "none".
    if (decision === undefined) return [m.adequacyNone];
    return [m.adequacyDecision(decision), ...(scope === undefined ? [] : [m.adequacyScope(scope)])];
  }
  // The certification is the recipient's, and the group's introduction says what it means.
  if (transfer.mechanism === "EU-US-DPF") return [];
  // Every other ground: whether a decision exists all the same (Art. 13(1)(f)).
  return [decision === undefined ? m.adequacyNone : scope === undefined ? m.adequacyAlso(decision) : m.adequacyLimited(scope)];
}

/** Safeguards a person can get a copy of (Art. 46, 47 and 49(1) second subparagraph GDPR). */
export const withSafeguards = new Set<TransferGroundId>([
  "A46-2-a",
  "A46-2-b",
  "A46-2-c",
  "A46-2-d",
  "A46-2-e",
  "A46-2-f",
  "A46-3-a",
  "A46-3-b",
  "A49-2",
]);
/** Safeguards that are clauses: the copy a person gets is of the standard contractual clauses. */
export const clauses = new Set<TransferGroundId>(["A46-2-c", "A46-2-d", "A46-3-a"]);

/** Who receives a transfer's data: the recipient it names, else the service's provider. */
export function recipientOf(ctx: Context, service: Service, transfer: Transfer): Text | undefined {
  return recipientText(ctx, transfer.recipient ?? service.processor?.entity.name);
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
