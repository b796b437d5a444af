// A transfer to a third country (core's Transfer) with a ground that fits the country: an
// adequacy decision (EU or UK) only where one exists, the EU-US Data Privacy Framework and its UK
// Extension only for the US. Any other pairing is a validation error, so it is mapped to standard
// contractual clauses.

import fc from "fast-check";
import { getAdequacy, getUkAdequacy, transferGroundIds, type Locale, type Transfer } from "@policy/core";
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
        ((transfer.mechanism !== "EU-US-DPF" && transfer.mechanism !== "UK-US-DPF") || transfer.country === "US");
      return withoutUndefined({ ...transfer, mechanism: fits ? transfer.mechanism : "A46-2-c" });
    });
});

export const transfers: (locales: readonly Locale[]) => fc.Arbitrary<Transfer[]> = perLocales((locales) => {
  return fc.array(transfer(locales), { maxLength: 3 });
});
