// What a service does with data (core's ProcessingPurpose, DataItem and data subjects), drawn from
// the taxonomy: any purpose with any legal basis, any data category (special categories too), any
// data subjects. Legal basis A6-1-f always comes with the legitimate interest in words, as the
// schema requires; other bases sometimes have one too.

import fc from "fast-check";
import {
  collectionModes,
  dataCategoryIds,
  dataSubjectIds,
  isSpecialCategory,
  legalBasisIds,
  purposeIds,
  type DataCategoryId,
  type DataItemInput,
  type DataSubjectId,
  type Locale,
  type ProcessingPurpose,
} from "@policy/core";
import { localizedText } from "./localized-text.js";
import { once, perLocales } from "./memo.js";
import { optional, withoutUndefined } from "./without-undefined.js";

export const processingPurpose: (locales: readonly Locale[]) => fc.Arbitrary<ProcessingPurpose> = perLocales((locales) => {
  return fc
    .record({
      purpose: fc.constantFrom(...purposeIds),
      // A6-1-ea is the UK GDPR's alone, an error in a policy under the GDPR: its own tests cover it.
      legalBasis: fc.constantFrom(...legalBasisIds.filter((id) => id !== "A6-1-ea")),
      description: optional(localizedText(locales)),
      legitimateInterest: optional(localizedText(locales)),
      interestIfRequired: localizedText(locales),
    })
    .map(({ interestIfRequired, ...purpose }) =>
      withoutUndefined({
        ...purpose,
        legitimateInterest: purpose.legitimateInterest ?? (purpose.legalBasis === "A6-1-f" ? interestIfRequired : undefined),
      }),
    );
});

export const dataItem: (locales: readonly Locale[]) => fc.Arbitrary<DataItemInput> = perLocales((locales) => {
  const category = fc.constantFrom(...dataCategoryIds);
  return fc.oneof(
    category,
    fc
      .record({
        category,
        details: optional(localizedText(locales)),
        collected: optional(fc.constantFrom(...collectionModes)),
      })
      .map(withoutUndefined),
  );
});

export const purposes: (locales: readonly Locale[]) => fc.Arbitrary<ProcessingPurpose[]> = perLocales((locales) => {
  return fc.array(processingPurpose(locales), { minLength: 1, maxLength: 3 });
});

export const dataItems: (locales: readonly Locale[]) => fc.Arbitrary<DataItemInput[]> = perLocales((locales) => {
  return fc.array(dataItem(locales), { minLength: 1, maxLength: 5 });
});

export const subjects: () => fc.Arbitrary<DataSubjectId[]> = once(() => {
  return fc.uniqueArray(fc.constantFrom(...dataSubjectIds), { minLength: 1, maxLength: 3 });
});

/** Whether the data includes special categories (Art. 9 GDPR), which need an Art. 9(2) condition. */
export function hasSpecialCategory(data: readonly DataItemInput[]): boolean {
  return data.some((item) => isSpecialCategory((typeof item === "string" ? item : item.category) as DataCategoryId));
}
