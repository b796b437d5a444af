import type { Party } from "@policy/core";

/*
 * The Shopify company that both Shopify entries name, and the Shopify documents they cite, kept once so a change is one
 * edit: Shopify Inc. is the contracting party of a store billed in the United States or Canada (shopify-us) and, for a
 * store in Europe, the company in Canada that receives the data from Shopify International Limited (shopify).
 *
 * Read (stored copies, 2026-12-06):
 * - Shopify Terms of Service, last updated 1 March 2023 (Open Terms Archive, p2b-compliance-versions, commit c8354938,
 *   recorded 26 September 2023), section 13(1) and the closing address: Shopify Inc., a Canadian corporation, 151
 *   O'Connor Street, Ground floor, Ottawa, Ontario, K2P 2L8.
 * - Shopify Data Processing Addendum, last updated 10 September 2024 (tosdr-versions, commit fec9b88f; the same text is
 *   at commit 1f1bfe7a), Appendix C: transfers of European data go "primarily" to Shopify Inc. in Canada.
 */

export const shopifyChecked = "2026-12-06";

/** Shopify Terms of Service, last updated 1 March 2023, as archived by Open Terms Archive. */
export const shopifyTermsUrl =
  "https://github.com/OpenTermsArchive/p2b-compliance-versions/blob/c83549382e7df9352c1a7628940f1543c0325536/Shopify/Terms%20of%20Service.md";

/** Shopify Data Processing Addendum, last updated 10 September 2024, archived by ToS;DR under "Privacy Policy". */
export const shopifyDpaUrl = "https://github.com/tosdr/tosdr-versions/blob/fec9b88fddb67f2d444057cf90ef51b56b9fdee6/Shopify/Privacy%20Policy.md";

/** Shopify's page on privacy for merchants, as archived by Open Terms Archive on 4 March 2023. */
export const shopifyPrivacyForMerchantsUrl =
  "https://github.com/OpenTermsArchive/p2b-compliance-versions/blob/740944d1d00bd080d81717ff1dbfe5cf28e15501/Shopify/Business%20Privacy%20Policy.md";

export const shopifyInc: Party = {
  name: "Shopify Inc.",
  address: { street: "151 O'Connor Street, Ground floor", postalCode: "K2P 2L8", city: "Ottawa", region: "ON", country: "CA" },
  url: "https://www.shopify.com/",
};
