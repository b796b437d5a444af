import type { Processor } from "@policy/core";
import { shopifyChecked, shopifyDpaUrl, shopifyInc, shopifyPrivacyForMerchantsUrl, shopifyTermsUrl } from "../parties/shopify.js";
import { shopifyCookieDoubt, shopifyCookieSource, shopifyProduct } from "../products/shopify.js";

/**
 * Shopify as the platform of an online store in Europe: a store whose billing address is in the EMEA region contracts
 * with Shopify International Limited in Dublin. (A store billed in the United States or Canada contracts with Shopify
 * Inc.: see the entry shopify-us.)
 *
 * Read (stored copies, 2026-12-06):
 * - Shopify Terms of Service, last updated 1 March 2023 (Open Terms Archive, p2b-compliance-versions, commit c8354938,
 *   recorded 26 September 2023), sections 12, 13 and the closing address: for a store whose billing address is in the
 *   EMEA region ("including Europe"), the "Shopify Contracting Party" is Shopify International Limited, incorporated in
 *   Ireland (registration number 560279), 2nd Floor Victoria Buildings, 1-2 Haddington Road, Dublin 4, D04 XN32; its
 *   website is www.shopify.com; Shopify Inc., a Canadian corporation, is at 151 O'Connor Street, Ground floor, Ottawa,
 *   Ontario, K2P 2L8; where Shopify processes the store's customers' data as a "data processor" (the GDPR named), its
 *   Data Processing Addendum applies. No later copy of the terms was read.
 * - Shopify Data Processing Addendum, last updated 10 September 2024 (archived by ToS;DR under "Privacy Policy",
 *   tosdr-versions, commit fec9b88f), in full: the party is the Shopify contracting party of the terms; under Appendix C
 *   (data subject to the GDPR, the UK GDPR or Swiss law) the store is the controller and Shopify the processor of the
 *   store's personal data, and Shopify is an independent controller of data about customers from their own dealings
 *   with Shopify; "Shopify International Ltd." may transfer the data outside the EEA, the UK and Switzerland, "primarily"
 *   to Shopify Inc. in Canada on the Commission's adequacy decision 2002/2/EC, and to countries without an adequate
 *   level of protection on the 2021 standard contractual clauses (with the UK addendum and the Swiss amendments); data
 *   may be processed wherever Shopify, its affiliates or service providers are, "including in Singapore and Canada";
 *   the competent supervisory authority is Ireland's Data Protection Commission.
 * - Shopify's page for merchants on privacy (p2b-compliance-versions, commit 740944d1, recorded 4 March 2023): Shopify
 *   is a "data processor" for the store's customers' data, "including in Europe".
 * - The product's roles, data, transfers and its one (unconfirmed) cookie, which the US entry shares: see products/shopify.ts.
 *
 * Parent: Shopify Inc. is named as the company that receives the data from Shopify International Limited (the
 * addendum's Appendix C); the documents read do not say in words that it owns Shopify International Limited, so the
 * entry states only that the data reaches it.
 *
 * Not listed: a Data Privacy Framework certification (the addendum names none) and transfers to the US or other
 * countries of Shopify's sub-processors (its sub-processor list was not read); the storefront's cookies (only the
 * introduction of Shopify's cookie policy could be read, and copies of its table disagree); how long Shopify keeps
 * the data after a store closes (the addendum leaves deletion or return to the store's choice at termination and
 * allows retention required by law or in backups; no period is stated).
 */
export const shopify: Processor = {
  id: "shopify",
  name: "Shopify",
  aliases: [],
  categories: ["shop-platform"],
  entity: {
    name: "Shopify International Limited",
    address: { street: "2nd Floor Victoria Buildings, 1-2 Haddington Road", postalCode: "D04 XN32", city: "Dublin 4", country: "IE" },
    url: "https://www.shopify.com/",
  },
  parent: shopifyInc,
  ...shopifyProduct,
  description: {
    en: "Shopify hosts a merchant's online store and runs its storefront, checkout, order handling and customer accounts.",
    de: "Shopify hostet den Onlineshop eines Händlers und betreibt dessen Schaufenster, Kasse, Bestellabwicklung und Kundenkonten.",
  },
  sources: [
    { url: shopifyTermsUrl, facts: ["entity", "parent", "role", "urls"], checked: shopifyChecked, updated: "2023-03-01" },
    {
      url: shopifyDpaUrl,
      facts: ["entity", "parent", "role", "activities", "transfers", "urls"],
      checked: shopifyChecked,
      updated: "2024-09-10",
    },
    { url: shopifyPrivacyForMerchantsUrl, facts: ["role"], checked: shopifyChecked },
    // The one storefront cookie listed, from the Open Cookie Database: unconfirmed.
    shopifyCookieSource,
  ],
  checked: shopifyChecked,
  unconfirmed: [shopifyCookieDoubt],
  disagreements: [],
};
