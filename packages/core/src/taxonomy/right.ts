import type { LegalBasisId } from "./generated/legal-bases.js";
import { rights, rightsByLegalBasis, type RightId } from "./generated/rights.js";
import { lookupById } from "./lookup.js";
import type { LegalConcept } from "./types.js";

const byId = lookupById(rights, "right");

/** The data-subject right with this id; throws on an unknown id. */
export function getRight(id: RightId): LegalConcept<RightId> {
  return byId(id);
}

/** The rights a person has when processing relies on this legal basis, in `rightIds` order. */
export function rightsForLegalBasis(id: LegalBasisId): readonly RightId[] {
  return rightsByLegalBasis[id];
}
