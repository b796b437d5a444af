// A service's provider: a catalog entry by id (@policy/catalog), or a provider written inline in
// the policy (core's Processor) with an adversarial product name, legal entity, description and
// everything else a catalog entry can hold.

import fc from "fast-check";
import { catalog } from "@policy/catalog";
import { factGroups, processorRoles, serviceCategoryIds, type Locale, type ProcessorInput } from "@policy/core";
import { dataItems, purposes, subjects } from "./activities.js";
import { adversarialText } from "./adversarial-text.js";
import { deviceAccessList } from "./device-access.js";
import { localizedText, visibleText } from "./localized-text.js";
import { party } from "./party.js";
import { retention } from "./retention.js";
import { httpUrl, isoDate, slug } from "./scalars.js";
import { transfers } from "./transfer.js";
import { once, perLocales } from "./memo.js";
import { optional, withoutUndefined } from "./without-undefined.js";

export const catalogIds = Object.keys(catalog) as (keyof typeof catalog)[];

export const catalogId: () => fc.Arbitrary<keyof typeof catalog> = once(() => {
  return fc.constantFrom(...catalogIds);
});

export const inlineProcessor: (locales: readonly Locale[]) => fc.Arbitrary<ProcessorInput> = perLocales((locales) => {
  return fc
    .record({
      id: slug(),
      // Not only spaces: the schema refuses such a name (empty).
      name: visibleText(),
      aliases: optional(fc.array(adversarialText(), { minLength: 1, maxLength: 2 })),
      categories: optional(fc.uniqueArray(fc.constantFrom(...serviceCategoryIds), { maxLength: 2 })),
      entity: party(),
      parent: optional(party()),
      role: optional(fc.constantFrom(...processorRoles)),
      urls: optional(
        fc
          .record({ website: optional(httpUrl()), privacyPolicy: optional(httpUrl()), dpa: optional(httpUrl()), optOut: optional(httpUrl()) })
          .map(withoutUndefined),
      ),
      description: localizedText(locales),
      activities: optional(fc.record({ purposes: purposes(locales), data: dataItems(locales), subjects: subjects() })),
      transfers: optional(transfers(locales)),
      retention: optional(retention(locales)),
      deletion: optional(localizedText(locales)),
      deviceAccess: optional(deviceAccessList(locales)),
      sources: optional(
        fc.array(
          fc
            .record({
              url: httpUrl(),
              facts: fc.uniqueArray(fc.constantFrom(...factGroups), { minLength: 1, maxLength: 3 }),
              checked: optional(isoDate()),
            })
            .map(withoutUndefined),
          { maxLength: 2 },
        ),
      ),
      checked: optional(isoDate()),
    })
    .map(withoutUndefined);
});
