import type { Party, Source, Transfer } from "@policy/core";

/*
 * Meta Platforms, Inc. and the transfers to it, which the Meta entries share, kept once so a change is one edit.
 *
 * Read (stored copies, 2026-12-06):
 * - Meta's Privacy Policy for users outside the EU, updated 23 July 2026 (Open Terms Archive, vlopses-ie-versions,
 *   commit b9904e83; the same text in vlopses-us-versions, commit 1fd7765f): Meta Platforms, Inc., 1 Meta Way, Menlo
 *   Park, CA 94025. Meta's Commercial Terms (effective 6 March 2024) give 1601 Willow Rd., Menlo Park for notices of
 *   arbitration; the newer privacy policy's address is kept.
 * - Meta's Privacy Policy in its EU version, effective 23 July 2026 (pga-versions, commit e4da78fa): Meta Platforms,
 *   Inc. has certified its participation in the EU-U.S. and Swiss-U.S. Data Privacy Frameworks; Meta relies on them
 *   for transfers to Meta Platforms, Inc. for the products the certification covers, and on the standard contractual
 *   clauses in other situations. Meta's newsroom update of 7 September 2023: data relating to its business tools moves
 *   to the US under the framework from that day.
 */

export const metaChecked = "2026-12-06";

/**
 * Meta Platforms Ireland Limited, the controller for people in the EU under Meta's Privacy Policy (EU version, effective
 * 23 July 2026: "Meta Platforms Ireland Limited, ATTN: Privacy Operations, Merrion Road, Dublin 4, D04 X2K5, Ireland")
 * and Meta's party to the Controller Addendum (same address). The meta-pixel entry writes the same party inline.
 */
export const metaPlatformsIreland: Party = {
  name: "Meta Platforms Ireland Limited",
  address: { street: "Merrion Road", postalCode: "D04 X2K5", city: "Dublin 4", country: "IE" },
  url: "https://www.facebook.com/",
};

/** Meta's Controller Addendum (Art. 26 GDPR), read in a stored copy served through a translation proxy; no date shown. */
export const metaControllerAddendumUrl = "https://www.facebook.com/legal/controller_addendum";

/** Meta's Cookies Policy, effective 12 December 2023 (Open Terms Archive, vlopses-ie-versions, commit d7ca0072). */
export const metaCookiesPolicyUrl =
  "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/d7ca0072c8c4af31c240c9ab3db10713b4069e2d/Facebook/Trackers%20Policy.md";

export const metaPlatformsInc: Party = {
  name: "Meta Platforms, Inc.",
  address: { street: "1 Meta Way", postalCode: "94025", city: "Menlo Park", region: "CA", country: "US" },
};

/** Meta's Privacy Policy for users outside the EU, effective 23 July 2026: Meta Platforms, Inc.'s postal address. */
export const metaPlatformsIncSource: Source = {
  url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/b9904e83a9ecf0943934b4ca08c068973c939963/Facebook/Privacy%20Policy.md",
  facts: ["parent"],
  checked: metaChecked,
  updated: "2026-07-23",
};

/** Meta's Privacy Policy in its EU version, effective 23 July 2026. */
export const metaEuPrivacyPolicyUrl =
  "https://github.com/OpenTermsArchive/pga-versions/blob/e4da78fa541e189d6c4a45f47e70d0abbb55a4bf/Facebook/Privacy%20Policy.md";

/** Meta's newsroom statement on EU-US transfers, updated 7 September 2023. */
export const metaTransfersNewsSource: Source = {
  url: "https://about.fb.com/news/2023/05/our-response-to-the-decision-on-facebooks-eu-us-data-transfers/",
  facts: ["transfers"],
  checked: metaChecked,
  updated: "2023-09-07",
};

/** Data that reaches Meta Platforms, Inc. in the US, on its certification under the Data Privacy Framework. */
export const metaDpfTransfer: Transfer = {
  country: "US",
  recipient: "Meta Platforms, Inc.",
  mechanism: "EU-US-DPF",
  certification: {
    frameworks: ["EU-US", "Swiss-US"],
    source: metaEuPrivacyPolicyUrl,
    checked: metaChecked,
  },
  note: {
    en: "Meta relies on the framework for transfers to Meta Platforms, Inc. for the products the certification covers (for data from its business tools since 7 September 2023); in other cases Meta uses the EU standard contractual clauses.",
    de: "Meta stützt Übermittlungen an die Meta Platforms, Inc. für die von der Zertifizierung erfassten Produkte auf den Datenschutzrahmen (für Daten aus seinen Business Tools seit dem 7. September 2023). In anderen Fällen verwendet Meta die Standardvertragsklauseln der EU.",
  },
  checked: metaChecked,
};
