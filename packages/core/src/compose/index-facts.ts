import type { Service } from "../model/resolved.js";
import type { Transfer } from "../model/transfer.js";
import { getTransferGround } from "../taxonomy/index.js";
import { groundCitation } from "./adequacy-citation.js";
import type { Context } from "./context.js";
import { inline, type Inline, type InlineArg } from "./inline.js";
import { strong } from "./nodes.js";
import { transferDoubt } from "./transfer.js";

// What the data and transfers indexes share: facts as "Label: value", and a transfer's safeguard.

/** The ground a transfer rests on, "label (citation)", unless the provider's documents do not confirm it: then that is said instead. */
export function safeguardText(ctx: Context, service: Service, transfer: Transfer): string {
  if (transferDoubt(service, transfer) !== undefined) return ctx.m.index.unconfirmed;
  const ground = getTransferGround(transfer.mechanism);
  return `${ctx.term(ground.label)} (${groundCitation(ctx, ground, [transfer.country])})`;
}

/** "Label: value", the label in bold. */
export function labelled(label: string, ...value: readonly InlineArg[]): Inline {
  return inline(strong(`${label}:`), " ", ...value);
}
