import type { Source, Transfer } from "@policy/core";

/*
 * What the Stripe entries share: Stripe's privacy policy, its Data Transfers Addendum and the transfer to Stripe, Inc.
 * in the US, kept once so a change is one edit.
 *
 * Read (stored copies, 2026-12-06):
 * - Stripe Privacy Policy, last updated 16 January 2024 (archived by ToS;DR, tosdr-versions, commit 776ddd72), in
 *   full: Stripe acts as a "data controller" and/or "data processor" (or "service provider") depending on the
 *   activity; transfers rest on adequacy, the EU standard contractual clauses or other lawful means, and "Stripe,
 *   Inc. complies with the EU-U.S. Data Privacy Framework ..., the UK Extension ..., and the Swiss-U.S. Data Privacy
 *   Framework".
 * - Stripe Data Transfers Addendum, last modified 18 October 2024 (stored copy of stripe.com/legal/dta): the Data
 *   Privacy Framework comes first, then the EU SCCs; "Stripe, Inc. (SINC) is self-certified under the Data Privacy
 *   Framework".
 */

export const stripeChecked = "2026-12-06";

export const stripePrivacyPolicyUrl =
  "https://github.com/tosdr/tosdr-versions/blob/776ddd7208bfb22c5e4bafceb08b61c5477e5b5b/Stripe/Privacy%20Policy.md";

export const stripeDtaUrl = "https://stripe.com/legal/dta";

/** The Data Transfers Addendum, read in a stored copy whose address carries a stray "mailto:…@" prefix. */
export const stripeDtaSource: Source = { url: stripeDtaUrl, facts: ["transfers"], checked: stripeChecked, updated: "2024-10-18" };

/** Data that reaches Stripe, Inc. in the US, on its certification under the Data Privacy Framework. */
export const stripeDpfTransfer: Transfer = {
  country: "US",
  recipient: "Stripe, Inc.",
  mechanism: "EU-US-DPF",
  certification: { frameworks: ["EU-US", "UK-Extension", "Swiss-US"], source: stripeDtaUrl, checked: stripeChecked },
  note: {
    en: "Stripe's Data Transfers Addendum puts the framework first and the EU standard contractual clauses next in line. Stripe's sub-processors in the US, such as its cloud provider, receive the data as well.",
    de: "Stripes Zusatzvereinbarung zu Datenübermittlungen stellt den Rahmen an die erste Stelle und die EU-Standardvertragsklauseln an die zweite. Auch Stripes Unterauftragsverarbeiter in den USA, etwa sein Cloud-Anbieter, erhalten die Daten.",
  },
  checked: stripeChecked,
};
