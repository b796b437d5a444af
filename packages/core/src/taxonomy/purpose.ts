import { purposes, type PurposeId } from "./generated/purposes.js";
import { lookupById } from "./lookup.js";
import type { TaxonomyEntry } from "./types.js";

/** A purpose of processing, seeded from the fideslang data uses. */
export type Purpose = TaxonomyEntry<PurposeId>;

const byId = lookupById(purposes, "purpose");

/** The purpose with this id; throws on an unknown id. */
export function getPurpose(id: PurposeId): Purpose {
  return byId(id);
}
