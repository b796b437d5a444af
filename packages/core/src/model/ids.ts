import * as z from "zod";
import {
  countryCodes,
  dataCategoryIds,
  dataSubjectIds,
  legalBasisIds,
  purposeIds,
  specialCategoryConditionIds,
  transferGroundIds,
} from "../taxonomy/index.js";

// The enums carry every id, so the JSON Schema completes them and TypeScript rejects typos.
export const DataCategoryIdSchema = z.enum(dataCategoryIds).meta({
  description: "A data category from the taxonomy, e.g. user.contact.email.",
});
export const PurposeIdSchema = z.enum(purposeIds).meta({
  description: "A purpose (data use) from the taxonomy, e.g. essential.service.",
});
export const DataSubjectIdSchema = z.enum(dataSubjectIds).meta({
  description: "A group of people whose data is processed, e.g. customer.",
});
export const LegalBasisIdSchema = z.enum(legalBasisIds).meta({
  description:
    "A legal basis under Art. 6(1) GDPR: A6-1-a (consent) to A6-1-f (legitimate interests); under the UK GDPR also A6-1-ea (recognised legitimate interests).",
});
export const SpecialCategoryConditionIdSchema = z.enum(specialCategoryConditionIds).meta({
  description: "A condition of Art. 9(2) GDPR for special categories of data, e.g. A9-2-a (explicit consent).",
});
export const TransferGroundIdSchema = z.enum(transferGroundIds).meta({
  description: "The ground for a transfer to a third country, e.g. A45-3, EU-US-DPF, A46-2-c.",
});
export const CountryCodeSchema = z.enum(countryCodes).meta({
  description: "An ISO 3166-1 alpha-2 country code, e.g. DE, US.",
});
