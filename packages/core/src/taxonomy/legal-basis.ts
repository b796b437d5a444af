import { legalBases, type LegalBasisId } from "./generated/legal-bases.js";
import { lookupById } from "./lookup.js";
import type { LegalConcept } from "./types.js";

const byId = lookupById(legalBases, "legal basis");

/** The Art. 6(1) GDPR legal basis with this id; throws on an unknown id. */
export function getLegalBasis(id: LegalBasisId): LegalConcept<LegalBasisId> {
  return byId(id);
}
