import type { Processor } from "@policy/core";
import { shopifyChecked } from "../parties/shopify.js";

/**
 * Shopify as a product: its roles toward a store, the store's customers' data, where that data goes and the cookies
 * (none listed). These come from the one Data Processing Addendum that applies whichever Shopify company a store
 * contracts with, so the entries for stores in Europe (shopify, Shopify International Limited) and in the United
 * States and Canada (shopify-us, Shopify Inc.) share them.
 *
 * Read (stored copies, 2026-12-06):
 * - Shopify Data Processing Addendum, last updated 10 September 2024 (tosdr-versions, commit fec9b88f), in full:
 *   Shopify processes the store's personal data "as a Data Processor or Service Provider"; it is an independent
 *   controller of data about customers from their own relationship with Shopify, "such as through Shopify's consumer
 *   facing services like Shop and Shop Pay"; Appendix A lists the customers' data (name, e-mail, contact, billing and
 *   shipping details, purchases, activity in the store, device information such as IP address and browser); the
 *   data subjects are the store's customers, that is, people who visit or buy from the store; data "may be
 *   transferred and processed in any country in which Shopify, its affiliated companies or third party service
 *   providers are located (including in Singapore and Canada)"; Appendix C: European data goes "primarily" to Shopify
 *   Inc. in Canada on the Commission's adequacy decision 2002/2/EC, and to countries without an adequate level of
 *   protection on the 2021 standard contractual clauses.
 * - Shopify Terms of Service, last updated 1 March 2023, section 12: the addendum applies where Shopify processes the
 *   store's customers' data as a "data processor" or "service provider".
 * - Shopify's page for merchants on privacy (recorded 4 March 2023): Shopify is a "data processor" and a "service
 *   provider" for the store's customers' data.
 *
 * Cookies: Shopify's cookie policy covers the storefront's cookies, but only its introduction could be read; merchants'
 * copies of its table disagree with each other and with the Open Cookie Database. Only _shopify_y, the storefront's
 * analytics visitor ID, is listed, from the Open Cookie Database (commit 0ee5a17f, which cites Shopify's cookie
 * policy: "Shopify analytics", 2 years, on "shopify.com"), and marked unconfirmed in both entries (shopifyCookieDoubt):
 * merchants' copies of Shopify's table give 1 year, and a storefront sets it on the store's own domain. No request hosts: no
 * Shopify document read names them. No retention: the addendum leaves it to the store's own terms (on termination the
 * store chooses deletion or return).
 */
export const shopifyProduct = {
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
    { country: "CA", recipient: "Shopify Inc.", mechanism: "A45-3", checked: shopifyChecked },
    {
      country: "SG",
      recipient: { en: "Shopify's affiliates and service providers", de: "verbundene Unternehmen und Dienstleister von Shopify" },
      mechanism: "A46-2-c",
      note: {
        en: "Shopify names Singapore and Canada among the countries where the data may be processed; for countries without an adequacy decision its addendum provides the EU standard contractual clauses.",
        de: "Shopify nennt Singapur und Kanada unter den Ländern, in denen die Daten verarbeitet werden können; für Länder ohne Angemessenheitsbeschluss sieht sein Zusatz die Standardvertragsklauseln der EU vor.",
      },
      checked: shopifyChecked,
    },
  ],
  deviceAccess: [
    {
      name: "_shopify_y",
      technology: "cookie",
      purpose: {
        en: "Recognises a returning visitor for the store's statistics in Shopify.",
        de: "Erkennt wiederkehrende Besucher für die Statistiken des Shops in Shopify.",
      },
      duration: "P2Y",
      party: "first",
      ground: "consent",
    },
  ],
} satisfies Pick<Processor, "role" | "roles" | "urls" | "activities" | "domains" | "transfers" | "deviceAccess">;

/** Where the one cookie listed comes from: the Open Cookie Database, a lead that Shopify's own table could not confirm. */
export const shopifyCookieSource = {
  url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
  facts: ["device-access"],
  checked: shopifyChecked,
} satisfies Processor["sources"][number];

export const shopifyCookieDoubt = {
  fact: "deviceAccess[0]",
  note: "_shopify_y comes from the Open Cookie Database (2 years, domain shopify.com); Shopify's own cookie table could not be read, and merchants' copies of it give 1 year on the store's own domain.",
} satisfies Processor["unconfirmed"][number];
