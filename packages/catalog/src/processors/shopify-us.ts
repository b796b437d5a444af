import type { Processor } from "@policy/core";

const TERMS =
  "https://github.com/OpenTermsArchive/p2b-compliance-versions/blob/c83549382e7df9352c1a7628940f1543c0325536/Shopify/Terms%20of%20Service.md";
const DPA = "https://github.com/tosdr/tosdr-versions/blob/fec9b88fddb67f2d444057cf90ef51b56b9fdee6/Shopify/Privacy%20Policy.md";
const PRIVACY_FOR_MERCHANTS =
  "https://github.com/OpenTermsArchive/p2b-compliance-versions/blob/740944d1d00bd080d81717ff1dbfe5cf28e15501/Shopify/Business%20Privacy%20Policy.md";
const checked = "2026-12-06";

/**
 * Shopify as the platform of an online store whose billing address is in the United States or Canada: such a store
 * contracts with Shopify Inc. in Ottawa. (A store in Europe contracts with Shopify International Limited in Dublin,
 * which this entry does not describe.)
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
 */
export const shopifyUs: Processor = {
  id: "shopify-us",
  name: "Shopify",
  aliases: [],
  categories: ["shop-platform"],
  entity: {
    name: "Shopify Inc.",
    address: { street: "151 O'Connor Street, Ground floor", postalCode: "K2P 2L8", city: "Ottawa", region: "ON", country: "CA" },
    url: "https://www.shopify.com/",
  },
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "running our online store: your orders, your customer account and the store's pages",
        de: "den Betrieb unseres Onlineshops: Ihre Bestellungen, Ihr Kundenkonto und die Seiten des Shops",
      },
    },
    {
      role: "controller",
      scope: {
        en: "data Shopify receives because you use its own services, such as Shop and Shop Pay",
        de: "Daten, die Shopify erhält, weil Sie seine eigenen Dienste nutzen, etwa Shop und Shop Pay",
      },
    },
  ],
  urls: {
    website: "https://www.shopify.com/",
    privacyPolicy: "https://www.shopify.com/legal/privacy",
    dpa: "https://www.shopify.com/legal/dpa",
  },
  description: {
    en: "Shopify is a platform on which businesses build and run their online store: the shop's pages, checkout, orders and customer accounts.",
    de: "Shopify ist eine Plattform, auf der Unternehmen ihren Onlineshop aufbauen und betreiben: die Seiten des Shops, die Kasse, die Bestellungen und die Kundenkonten.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To show you our store, take your order and keep your customer account.",
          de: "Um Ihnen unseren Shop zu zeigen, Ihre Bestellung anzunehmen und Ihr Kundenkonto zu führen.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.contact.address",
        details: { en: "shipping and billing address", de: "Liefer- und Rechnungsadresse" },
        collected: "provided",
      },
      { category: "user.contact.phone_number", collected: "provided" },
      {
        category: "user.behavior.purchase_history",
        details: { en: "what you order, when, and for how much", de: "was Sie wann zu welchem Preis bestellen" },
        collected: "usage",
      },
      "user.device.ip_address",
      {
        category: "user.device",
        details: { en: "browser and network details of your visit", de: "Angaben zu Browser und Netzwerk Ihres Besuchs" },
      },
    ],
    subjects: ["customer", "website_visitor"],
  },
  domains: [],
  transfers: [
    { country: "CA", recipient: "Shopify Inc.", mechanism: "A45-3", checked },
    {
      country: "SG",
      recipient: { en: "Shopify's affiliates and service providers", de: "verbundene Unternehmen und Dienstleister von Shopify" },
      mechanism: "A46-2-c",
      note: {
        en: "Shopify names Singapore and Canada among the countries where the data may be processed; for countries without an adequacy decision its addendum provides the EU standard contractual clauses.",
        de: "Shopify nennt Singapur und Kanada unter den Ländern, in denen die Daten verarbeitet werden können; für Länder ohne Angemessenheitsbeschluss sieht sein Zusatz die Standardvertragsklauseln der EU vor.",
      },
      checked,
    },
  ],
  deviceAccess: [],
  sources: [
    { url: TERMS, facts: ["entity", "role", "urls"], checked, updated: "2023-03-01" },
    { url: DPA, facts: ["entity", "role", "activities", "transfers", "urls"], checked, updated: "2024-09-10" },
    { url: PRIVACY_FOR_MERCHANTS, facts: ["role"], checked },
  ],
  checked,
  unconfirmed: [],
  disagreements: [],
};
