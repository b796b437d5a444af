import type { Processor } from "@policy/core";
import { shopifyChecked, shopifyDpaUrl, shopifyInc, shopifyPrivacyForMerchantsUrl, shopifyTermsUrl } from "../parties/shopify.js";
import { shopifyCookieDoubt, shopifyCookieSource, shopifyProduct } from "../products/shopify.js";

/**
 * Shopify as the platform of an online store whose billing address is in the United States or Canada: such a store
 * contracts with Shopify Inc. in Ottawa. (A store in Europe contracts with Shopify International Limited in Dublin:
 * see the entry shopify.)
 *
 * Read (stored copies, 2026-12-06):
 * - Shopify Terms of Service, last updated 1 March 2023 (Open Terms Archive, p2b-compliance-versions, commit c8354938,
 *   recorded 26 September 2023), sections 12, 13 and the closing address: for a store billed in the United States or
 *   Canada, the "Shopify Contracting Party" is Shopify Inc., a Canadian corporation, 151 O'Connor Street, Ground floor,
 *   Ottawa, Ontario, K2P 2L8; where Shopify processes the store's customers' data as a "data processor" or "service
 *   provider" (the GDPR and the CCPA named), its Data Processing Addendum applies.
 * - Shopify Data Processing Addendum, last updated 10 September 2024 (archived by ToS;DR under "Privacy Policy",
 *   tosdr-versions, commit fec9b88f), in full: the party is the Shopify Contracting Party of the terms; Shopify
 *   processes the store's personal data "as a Data Processor or Service Provider"; under the US section it does not
 *   sell or share it, use it outside the relationship or combine it; the addendum does not cover Shopify's processing
 *   as a controller of data about customers from their own relationship with Shopify, "such as through Shopify's
 *   consumer facing services like Shop and Shop Pay"; Appendix A lists the customers' data (among them contact and
 *   order details and device information such as IP address and browser); data "may be transferred and processed in
 *   any country in which Shopify, its affiliated companies or third party service providers are located (including
 *   in Singapore and Canada)"; for data under European law, Appendix C: transfers go "primarily" to Shopify Inc. in
 *   Canada on the Commission's adequacy decision 2002/2/EC, and elsewhere on the 2021 standard contractual clauses.
 * - Shopify's page for merchants on privacy (p2b-compliance-versions, commit 740944d1, recorded 4 March 2023):
 *   Shopify is a "data processor" and a "service provider" for the store's customers' data, "including in Europe, the
 *   UK, and the US".
 *
 * Not listed: the storefront's cookies. Shopify's cookie policy covers them, but only its introduction could be read;
 * merchants' copies of its table disagree with each other. The countries of Shopify's sub-processors beyond those the
 * addendum names: its sub-processor list was not read. No retention: the addendum leaves it to the store's own terms.
 *
 * The roles, data, transfers and the one (unconfirmed) storefront cookie are the product's, shared with the entry for
 * stores in Europe (shopify): see products/shopify.ts; Shopify Inc. and the documents' addresses: see
 * parties/shopify.ts.
 */
export const shopifyUs: Processor = {
  id: "shopify-us",
  name: "Shopify",
  aliases: [],
  categories: ["shop-platform"],
  entity: shopifyInc,
  ...shopifyProduct,
  description: {
    en: "Shopify is a platform on which businesses build and run their online store: the shop's pages, checkout, orders and customer accounts.",
    de: "Shopify ist eine Plattform, auf der Unternehmen ihren Onlineshop aufbauen und betreiben: die Seiten des Shops, die Kasse, die Bestellungen und die Kundenkonten.",
  },
  sources: [
    { url: shopifyTermsUrl, facts: ["entity", "role", "urls"], checked: shopifyChecked, updated: "2023-03-01" },
    { url: shopifyDpaUrl, facts: ["entity", "role", "activities", "transfers", "urls"], checked: shopifyChecked, updated: "2024-09-10" },
    { url: shopifyPrivacyForMerchantsUrl, facts: ["role"], checked: shopifyChecked },
    // The one storefront cookie listed, from the Open Cookie Database: unconfirmed.
    shopifyCookieSource,
  ],
  checked: shopifyChecked,
  unconfirmed: [shopifyCookieDoubt],
  disagreements: [],
};
