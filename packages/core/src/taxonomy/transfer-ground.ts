import { transferGrounds, type TransferGroundId } from "./generated/transfer-grounds.js";
import { lookupById } from "./lookup.js";
import type { LegalConcept } from "./types.js";

const byId = lookupById(transferGrounds, "transfer ground");

/** The ground for a transfer to a third country (Art. 45, 46 or 49 GDPR); throws on an unknown id. */
export function getTransferGround(id: TransferGroundId): LegalConcept<TransferGroundId> {
  return byId(id);
}
