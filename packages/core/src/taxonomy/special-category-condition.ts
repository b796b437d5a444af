import { specialCategoryConditions, type SpecialCategoryConditionId } from "./generated/special-category-conditions.js";
import { lookupById } from "./lookup.js";
import type { LegalConcept } from "./types.js";

const byId = lookupById(specialCategoryConditions, "special-category condition");

/** The Art. 9(2) GDPR condition with this id; throws on an unknown id. */
export function getSpecialCategoryCondition(id: SpecialCategoryConditionId): LegalConcept<SpecialCategoryConditionId> {
  return byId(id);
}
