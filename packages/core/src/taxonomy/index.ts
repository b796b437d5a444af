// The public taxonomy API of @policy/core. Explicit re-exports only: this list is the contract
// other modules code against.
export {
  defaultLocales,
  locales,
  sourceLocales,
  isSourceLocale,
  translatedLocales,
  type Locale,
  type SourceLocale,
  type SourceText,
  type Translated,
  type TaxonomyEntry,
  type LegalConcept,
  type DpvMatch,
} from "./types.js";

export { dataCategoryIds, type DataCategoryId, dataCategories } from "./generated/data-categories.js";
export { type DataCategory, getDataCategory, isSpecialCategory } from "./data-category.js";

export { purposeIds, type PurposeId, purposes } from "./generated/purposes.js";
export { type Purpose, getPurpose } from "./purpose.js";

export { dataSubjectIds, type DataSubjectId, dataSubjects } from "./generated/data-subjects.js";
export { type DataSubject, getDataSubject } from "./data-subject.js";

export { legalBasisIds, type LegalBasisId, legalBases } from "./generated/legal-bases.js";
export { getLegalBasis } from "./legal-basis.js";

export {
  specialCategoryConditionIds,
  type SpecialCategoryConditionId,
  specialCategoryConditions,
} from "./generated/special-category-conditions.js";
export { getSpecialCategoryCondition } from "./special-category-condition.js";

export { transferGroundIds, type TransferGroundId, transferGrounds } from "./generated/transfer-grounds.js";
export { getTransferGround } from "./transfer-ground.js";

export { rightIds, type RightId, rights } from "./generated/rights.js";
export { getRight, rightsForLegalBasis } from "./right.js";

export { ccpaCategoryIds, type CcpaCategoryId, ccpaCategories } from "./generated/ccpa-categories.js";
export { ccpaSensitiveIds, type CcpaSensitiveId, ccpaSensitiveCategories } from "./generated/ccpa-sensitive-categories.js";

export { countryCodes, type CountryCode, countryName, isEuMember, isEeaMember } from "./country.js";
export { adequacyDecisions, getAdequacy, type AdequacyDecision } from "./adequacy.js";
export { getSwissAdequacy, swissAdequacy, swissAdequacyInstrument, type SwissAdequacy } from "./swiss-adequacy.js";
export { getUkAdequacy, ukAdequacy, type UkAdequacy } from "./uk-adequacy.js";
export { getDigitalConsentAge, type DigitalConsentAge } from "./digital-consent-age.js";
export type { CcpaCategory } from "./ccpa-category.js";
