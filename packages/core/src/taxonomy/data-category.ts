import type { CcpaCategoryId } from "./generated/ccpa-categories.js";
import { dataCategories, type DataCategoryId } from "./generated/data-categories.js";
import { lookupById } from "./lookup.js";
import type { TaxonomyEntry } from "./types.js";

/** A kind of personal data, seeded from the fideslang data categories. */
export type DataCategory = TaxonomyEntry<DataCategoryId> & {
  /** A special category under Art. 9(1) GDPR: processing needs an Art. 9(2) condition. */
  readonly special: boolean;
  /**
   * Data on criminal convictions and offences (Art. 10 GDPR). Kept apart from `special`: Art. 9(2)
   * conditions do not apply; processing needs official authority or a legal basis in law.
   */
  readonly criminal: boolean;
  /** The CCPA category (Cal. Civ. Code § 1798.140(v)(1)), or null where none fits. */
  readonly ccpa: CcpaCategoryId | null;
};

const byId = lookupById(dataCategories, "data category");

/** The data category with this id; throws on an unknown id. */
export function getDataCategory(id: DataCategoryId): DataCategory {
  return byId(id);
}

/** True if the category or any of its ancestors is a special category (Art. 9 GDPR). */
export function isSpecialCategory(id: DataCategoryId): boolean {
  for (let category: DataCategory | undefined = getDataCategory(id); category; ) {
    if (category.special) return true;
    category = category.parent === null ? undefined : getDataCategory(category.parent);
  }
  return false;
}
