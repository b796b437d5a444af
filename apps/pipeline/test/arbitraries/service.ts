// One processing activity (core's Service): in-house, on a catalog entry, or on a provider written
// inline. The fields the schema makes conditional are kept valid: purposes, data and subjects are
// given where the provider has no defaults to take them from, a retention where the provider has
// none, an Art. 9(2) condition where the data (given or taken from the provider) has special
// categories.

import fc from "fast-check";
import { catalog } from "@policy/catalog";
import { specialCategoryConditionIds, type Locale, type ProcessorInput, type ServiceInput } from "@policy/core";
import { dataItems, hasSpecialCategory, purposes, subjects } from "./activities.js";
import { deviceAccessList } from "./device-access.js";
import { localizedName, localizedText } from "./localized-text.js";
import { catalogId, inlineProcessor } from "./processor.js";
import { retention } from "./retention.js";
import { transfers } from "./transfer.js";
import { countryCode, slug } from "./scalars.js";
import { perLocales } from "./memo.js";
import { optional, withoutUndefined } from "./without-undefined.js";

export const service: (locales: readonly Locale[]) => fc.Arbitrary<ServiceInput> = perLocales((locales) => {
  const processor = fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: catalogId() },
    { weight: 2, arbitrary: inlineProcessor(locales) },
  );
  return fc
    .record({
      id: slug(),
      name: optional(localizedName(locales)),
      processor,
      description: optional(localizedText(locales)),
      purposes: optional(purposes(locales)),
      data: optional(dataItems(locales)),
      subjects: optional(subjects()),
      specialCategoryCondition: optional(fc.constantFrom(...specialCategoryConditionIds)),
      sources: optional(
        fc.array(
          fc
            .record({
              from: fc.constantFrom("data-subject" as const, "third-party" as const, "public" as const),
              name: optional(localizedText(locales)),
            })
            .map(withoutUndefined),
          { maxLength: 2 },
        ),
      ),
      provision: optional(
        fc
          .record({
            requirement: fc.constantFrom("statutory" as const, "contractual" as const, "precontractual" as const, "voluntary" as const),
            consequences: optional(localizedText(locales)),
          })
          .map(withoutUndefined),
      ),
      recipients: optional(
        fc.array(fc.record({ name: localizedText(locales), country: optional(countryCode()) }).map(withoutUndefined), { maxLength: 2 }),
      ),
      retention: optional(retention(locales)),
      transfers: optional(transfers(locales)),
      deletion: optional(localizedText(locales)),
      deviceAccess: optional(deviceAccessList(locales)),
      // Used only where the schema requires a field the draw left out.
      required: fc.record({
        purposes: purposes(locales),
        data: dataItems(locales),
        subjects: subjects(),
        retention: retention(locales),
        specialCategoryCondition: fc.constantFrom(...specialCategoryConditionIds),
      }),
    })
    .map(({ required, ...drawn }) => {
      const provider = providerOf(drawn.processor);
      const activities = provider?.activities;
      const data = drawn.data ?? activities?.data ?? required.data;
      return withoutUndefined({
        ...drawn,
        purposes: drawn.purposes ?? (activities === undefined ? required.purposes : undefined),
        data: drawn.data ?? (activities === undefined ? required.data : undefined),
        subjects: drawn.subjects ?? (activities === undefined ? required.subjects : undefined),
        retention: drawn.retention ?? (provider?.retention === undefined ? required.retention : undefined),
        specialCategoryCondition: drawn.specialCategoryCondition ?? (hasSpecialCategory(data) ? required.specialCategoryCondition : undefined),
      });
    });
});

/** The provider a service names: its catalog entry, the inline provider, or none (in-house). */
function providerOf(processor: string | ProcessorInput | undefined): Pick<ProcessorInput, "activities" | "retention"> | undefined {
  if (typeof processor === "string") return (catalog as Readonly<Record<string, ProcessorInput>>)[processor];
  return processor;
}
