// A transfer to a third country (core's Transfer) with a ground that fits the country: an
// adequacy decision (EU, UK or Swiss) only where one exists, the Data Privacy Framework (EU-US, its
// UK Extension, Swiss-US) only for the US. Any other pairing is a validation error, so it is mapped to standard
// contractual clauses.

import fc from "fast-check";
import { getAdequacy, getSwissAdequacy, getUkAdequacy, transferGroundIds, type Locale, type Transfer } from "@policy/core";
import { adversarialText } from "./adversarial-text.js";
import { localizedText } from "./localized-text.js";
import { countryCode, httpUrl, isoDate } from "./scalars.js";
import { perLocales } from "./memo.js";
import { optional, withoutUndefined } from "./without-undefined.js";

export const transfer: (locales: readonly Locale[]) => fc.Arbitrary<Transfer> = perLocales((locales) => {
  // Countries with an adequacy decision and the US are drawn more often, so their grounds come up.
  const country = fc.oneof(countryCode(), fc.constantFrom("US", "GB", "JP", "CH", "CA", "NZ", "CN", "IN") as fc.Arbitrary<Transfer["country"]>);
  return fc
    .record({
      country,
      recipient: optional(adversarialText()),
      mechanism: fc.constantFrom(...transferGroundIds),
      safeguards: optional(httpUrl()),
      note: optional(localizedText(locales)),
      checked: optional(isoDate()),
    })
    .map((transfer) => {
      const fits =
        (transfer.mechanism !== "A45-3" || getAdequacy(transfer.country) !== undefined) &&
        (transfer.mechanism !== "UK-A45A" || getUkAdequacy(transfer.country) !== undefined) &&
        (transfer.mechanism !== "CH-A16-1" || getSwissAdequacy(transfer.country) !== undefined) &&
        (!["EU-US-DPF", "UK-US-DPF", "CH-US-DPF"].includes(transfer.mechanism) || transfer.country === "US");
      return withoutUndefined({ ...transfer, mechanism: fits ? transfer.mechanism : "A46-2-c" });
    });
});

export const transfers: (locales: readonly Locale[]) => fc.Arbitrary<Transfer[]> = perLocales((locales) => {
  return fc.array(transfer(locales), { maxLength: 3 });
});
