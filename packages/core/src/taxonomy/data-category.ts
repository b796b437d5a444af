import type { CcpaCategoryId } from "./generated/ccpa-categories.js";
import type { CcpaSensitiveId } from "./generated/ccpa-sensitive-categories.js";
import { dataCategories, type DataCategoryId } from "./generated/data-categories.js";
import { lookupById } from "./lookup.js";
import type { DataCategoryEntry } from "./types.js";

/** A kind of personal data, seeded from the fideslang data categories. */
export type DataCategory = DataCategoryEntry<DataCategoryId, CcpaCategoryId, CcpaSensitiveId>;

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
