import type { Text } from "mdast";
import type { Service } from "../model/resolved.js";
import type { Transfer } from "../model/transfer.js";
import { isUnconfirmed, providerItemPath } from "../model/unconfirmed.js";
import { getAdequacy, getTransferGround, type TransferGroundId } from "../taxonomy/index.js";
import { getSwissAdequacy, swissAdequacyInstrument } from "../taxonomy/swiss-adequacy.js";
import { getUkAdequacy } from "../taxonomy/uk-adequacy.js";
import type { Context } from "./context.js";
import { lacksGroundUnderLaw } from "./law-transfers.js";
import { inline, text, type Inline } from "./inline.js";
import { strong } from "./nodes.js";

/**
 * One transfer as a service's own section states it: the country, the recipient and the ground's
 * name as it stands after a colon ("United States (recipient: Zoom Communications, Inc.): adequacy decision").
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
        : ctx.term(getTransferGround(transfer.mechanism).inSentence);
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

/** The grounds that rest on a finding of adequacy, the Data Privacy Framework's included. */
export const adequacyGrounds = new Set<TransferGroundId>(["A45-3", "UK-A45A", "CH-A16-1"]);
export const dpfGrounds = new Set<TransferGroundId>(["EU-US-DPF", "UK-US-DPF", "CH-US-DPF"]);

/** The exceptions for a specific situation, where no safeguard applies (Art. 49 GDPR, Art. 17 FADP). */
export function isDerogation(ground: TransferGroundId): boolean {
  return ground.startsWith("A49-") || ground.startsWith("CH-A17-");
}

/**
 * The finding of adequacy for a country under the text's law, where there is one: the European
 * Commission's decision, the UK's regulations, or the Swiss Federal Council's list, with whom it
 * covers where not the whole country.
 */
function adequacyOf(ctx: Context, country: Transfer["country"]): { readonly name: string; readonly scope?: string } | undefined {
  if (ctx.law === "fadp") {
    const swiss = getSwissAdequacy(country);
    return swiss === undefined
      ? undefined
      : { name: ctx.term(swissAdequacyInstrument), ...(swiss.scope === null ? {} : { scope: ctx.term(swiss.scope) }) };
  }
  if (ctx.law === "uk-gdpr") {
    const uk = getUkAdequacy(country);
    return uk === undefined ? undefined : { name: uk.instrument, ...(uk.scope === null ? {} : { scope: uk.scope[ctx.locale] }) };
  }
  const eu = getAdequacy(country);
  return eu === undefined
    ? undefined
    : { name: ctx.m.adequacyDecisionName(eu.decision, eu.reference), ...(eu.scope === null ? {} : { scope: eu.scope[ctx.locale] }) };
}

/** The grounds that need a word about safeguards a person can get a copy of, and the adequacy status. */
export function transferFacts(ctx: Context, transfer: Transfer): Inline[] {
  const { m } = ctx;
  const adequacy = adequacyOf(ctx, transfer.country);
  if (adequacyGrounds.has(transfer.mechanism)) {
    // Validation refuses an adequacy ground for a country without one; a hand-built Policy gets "none".
    if (adequacy === undefined) return [m.adequacyNone];
    return [m.adequacyDecision(adequacy.name), ...(adequacy.scope === undefined ? [] : [m.adequacyScope(adequacy.scope)])];
  }
  // The certification is the recipient's, and the group's introduction says what it means.
  if (dpfGrounds.has(transfer.mechanism)) return [];
  // Every other ground: whether a finding of adequacy exists all the same (Art. 13(1)(f)).
  if (adequacy === undefined) return [m.adequacyNone];
  return [adequacy.scope === undefined ? m.adequacyAlso(adequacy.name) : m.adequacyLimited(adequacy.scope)];
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
  "UK-IDTA",
  "UK-ADDENDUM",
  "CH-A16-2-a",
  "CH-A16-2-b",
  "CH-A16-2-c",
  "CH-A16-2-d",
  "CH-A16-2-e",
]);
/** Safeguards that are clauses: the copy a person gets is of the standard contractual clauses. */
export const clauses = new Set<TransferGroundId>(["A46-2-c", "A46-2-d", "A46-3-a", "CH-A16-2-b", "CH-A16-2-d"]);

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
  if (lacksGroundUnderLaw(transfer)) return "ground";
  const marked = providerItemPath(service.processor, "transfers", transfer);
  if (marked === undefined || !isUnconfirmed(service.processor, `${marked}.mechanism`)) return undefined;
  return isUnconfirmed(service.processor, marked) ? "transfer" : "ground";
}
