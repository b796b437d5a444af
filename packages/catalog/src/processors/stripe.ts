import type { Processor } from "@policy/core";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";
const PRIVACY_POLICY = "https://github.com/tosdr/tosdr-versions/blob/776ddd7208bfb22c5e4bafceb08b61c5477e5b5b/Stripe/Privacy%20Policy.md";
const SERVICE_PROVIDERS = "https://github.com/tosdr/tosdr-versions/blob/329071e06f69860438e45bcb126457702949cddb/Stripe/Other.md";
const DTA = "https://stripe.com/legal/dta";

/**
 * Stripe: card, wallet and bank payments for online shops and subscriptions.
 *
 * Read:
 * - Stripe Privacy Policy, last updated 16 January 2024 (archived by ToS;DR, tosdr-versions), in full: Stripe acts as
 *   a "data controller" and/or "data processor" depending on the activity; when it processes a payment for a Business
 *   User it acts as a service provider, "also referred to as a data processor", under the Business User's instructions;
 *   "where allowed" it also uses End Customers' data for its own purposes, such as security, improving its services and
 *   preventing fraud and loss, and processes data to meet its legal duties (anti-money-laundering, know-your-customer,
 *   financial reporting); "If you are a resident of the EEA or if Stripe Payments Europe Limited is identified as your
 *   data controller" complaints go to the Irish Data Protection Commission; rights requests in the EEA go to the DPO at
 *   dpo@stripe.com; transfers rest on adequacy, the EU standard contractual clauses or other lawful means, and "Stripe,
 *   Inc. complies with the EU-U.S. Data Privacy Framework ..., the UK Extension ..., and the Swiss-U.S. Data Privacy
 *   Framework". No postal address of any Stripe entity is given.
 * - Stripe's sub-processor, service-provider and affiliates list, last updated 21 July 2023 (tosdr-versions): "Stripe
 *   Payments Europe Limited | EMEA | Ireland | Data Controller located in the EU"; sub-processors in the US (Amazon Web
 *   Services, Inc. as cloud provider, among others).
 * - stripe.com/en-no/legal/stel (Stripe's STEL terms, last updated 5 April 2019, stored copy): the parts of the services
 *   outside STEL's licensed payment services "remain governed by the Agreement between you and Stripe Payments Europe,
 *   Ltd."; STEL's own address is The One Building, 1, Lower Grand Canal Street, Dublin 2.
 * - stripe.com/en-de/legal/ssa (Stripe Services Agreement for Germany, last updated 28 October 2020, stored copy,
 *   opening part): a legal agreement between Stripe Payments Europe, Ltd. and the user.
 * - stripe.com/fr-in/legal/dpa (stored copy of Stripe's DPA page, last updated 25 May 2022, opening part): the DPA
 *   governs the relationship between the Business User as data controller and Stripe "acting as data controller and
 *   data processor".
 * - Stripe Data Transfers Addendum, last modified 18 October 2024 (stored copy of stripe.com/legal/dta whose stored
 *   address carries a stray "mailto:…@" prefix): the Data Privacy Framework comes first, then the EU SCCs; "Stripe,
 *   Inc. (SINC) is self-certified under the Data Privacy Framework" and receives personal data from the EEA, the UK and
 *   Switzerland under it.
 * - stripe.com/en-hk/legal/dpa/faqs (stored copy): the 2021 SCCs and the UK addendum are part of the Data Transfers
 *   Addendum.
 * - Stripe's "Advanced fraud detection" page (docs.stripe.com): Stripe.js sends fraud signals to the m.stripe.com
 *   endpoint. Stripe's documents name no cookies and no lifetimes; those come from the Open Cookie Database.
 *
 * Re-checked 2026-12-06:
 * - Entity: Stripe Payments Europe, Limited (was Stripe, Inc., 510 Townsend Street, a pre-2022 office), the contracting
 *   party and data controller for the EU. Its address, 1 Grand Canal Street Lower, Grand Canal Dock, Dublin D02 H210,
 *   is in no Stripe document we could read (merchants' policies give it; Stripe's STEL terms place STEL in the same
 *   building, The One Building, 1 Lower Grand Canal Street): kept and marked unconfirmed. E-mail: dpo@stripe.com (the
 *   DPO named for EEA rights requests) instead of privacy@stripe.com.
 * - Role: processor for processing the payment, controller for fraud prevention and Stripe's own legal duties (roles).
 * - Transfers: US, recipient Stripe, Inc., under the Data Privacy Framework (EU-US, UK Extension, Swiss-US as the
 *   policy and the Data Transfers Addendum state; no stored DPF List entry was found), the EU SCCs next in line.
 *   Third-party pages of 2026 say Stripe's current DPA names "Stripe, LLC" as the US recipient; no Stripe document we
 *   could read says so (the newest, the privacy policy of 23 February 2026, was not stored), so Stripe, Inc. stays.
 * - Device access: __stripe_mid and __stripe_sid are written by Stripe.js on the shop's own domain, so first party
 *   (were third party on stripe.com); no Stripe document says so, hence unconfirmed, and the Open Cookie Database's
 *   third party on stripe.com is recorded as a disagreement. "m" stays third party on m.stripe.com.
 * - URLs: the DPA page added. Sources: the datenanfragen record is no longer cited.
 */
export const stripe: Processor = {
  id: "stripe",
  name: "Stripe",
  aliases: ["Stripe Checkout", "Stripe Payments"],
  categories: ["payment"],
  entity: {
    name: "Stripe Payments Europe, Limited",
    address: { street: "1 Grand Canal Street Lower, Grand Canal Dock", postalCode: "D02 H210", city: "Dublin", country: "IE" },
    email: "dpo@stripe.com",
    url: "https://stripe.com/",
  },
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "processing the payment for your order",
        de: "die Abwicklung der Zahlung für Ihre Bestellung",
      },
    },
    {
      role: "controller",
      scope: {
        en: "detecting and preventing fraud and meeting Stripe's own legal duties, such as anti-money-laundering checks",
        de: "die Erkennung und Verhinderung von Betrug und die Erfüllung von Stripes eigenen gesetzlichen Pflichten, etwa zur Geldwäscheprävention",
      },
    },
  ],
  urls: {
    website: "https://stripe.com/",
    privacyPolicy: "https://stripe.com/de/privacy",
    dpa: "https://stripe.com/legal/dpa",
  },
  description: {
    en: "Stripe lets online shops and subscription services take card, wallet and bank payments and pays the money out to them.",
    de: "Stripe ermöglicht Onlineshops und Abodiensten, Zahlungen per Karte, Wallet oder Bankverbindung anzunehmen, und zahlt ihnen das Geld aus.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.payment_processing",
        legalBasis: "A6-1-b",
        description: {
          en: "To take the payment for what you order from us.",
          de: "Um die Zahlung für Ihre Bestellung bei uns abzuwickeln.",
        },
      },
      {
        purpose: "essential.fraud_detection",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Spotting stolen cards and other fraudulent payments before they are accepted.",
          de: "Gestohlene Karten und andere betrügerische Zahlungen zu erkennen, bevor sie angenommen werden.",
        },
      },
    ],
    data: [
      {
        category: "user.name",
        details: { en: "the name on the card or account", de: "der Name auf der Karte oder dem Konto" },
        collected: "provided",
      },
      { category: "user.contact.email", collected: "provided" },
      { category: "user.contact.address", details: { en: "billing address", de: "Rechnungsadresse" }, collected: "provided" },
      {
        category: "user.financial.credit_card",
        details: { en: "card number, expiry date and security code", de: "Kartennummer, Ablaufdatum und Prüfnummer" },
        collected: "provided",
      },
      {
        category: "user.behavior.purchase_history",
        details: { en: "amount, currency and time of the payment", de: "Betrag, Währung und Zeitpunkt der Zahlung" },
        collected: "usage",
      },
      "user.device.ip_address",
      {
        category: "user.device",
        details: {
          en: "browser and device details used to check the payment",
          de: "Angaben zu Browser und Gerät, mit denen die Zahlung geprüft wird",
        },
      },
    ],
    subjects: ["customer"],
  },
  transfers: [
    {
      country: "US",
      recipient: "Stripe, Inc.",
      mechanism: "EU-US-DPF",
      certification: { frameworks: ["EU-US", "UK-Extension", "Swiss-US"], source: DTA, checked: "2026-12-06" },
      note: {
        en: "Stripe's Data Transfers Addendum puts the framework first and the EU standard contractual clauses next in line. Stripe's sub-processors in the US, such as its cloud provider, receive the data as well.",
        de: "Stripes Zusatzvereinbarung zu Datenübermittlungen stellt den Rahmen an die erste Stelle und die EU-Standardvertragsklauseln an die zweite. Auch Stripes Unterauftragsverarbeiter in den USA, etwa sein Cloud-Anbieter, erhalten die Daten.",
      },
      checked: "2026-12-06",
    },
  ],
  deviceAccess: [
    {
      name: "__stripe_mid",
      technology: "cookie",
      purpose: {
        en: "Recognises the browser across payments so that Stripe can spot fraud.",
        de: "Erkennt den Browser über mehrere Zahlungen hinweg, damit Stripe Betrug bemerken kann.",
      },
      duration: "P1Y",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "__stripe_sid",
      technology: "cookie",
      purpose: {
        en: "Ties the steps of one checkout together for Stripe's fraud checks.",
        de: "Verknüpft die Schritte eines Bezahlvorgangs für Stripes Betrugsprüfung.",
      },
      duration: "PT30M",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "m",
      technology: "cookie",
      domain: "m.stripe.com",
      purpose: {
        en: "Set on Stripe's own domain while a payment is processed.",
        de: "Wird auf Stripes eigener Domain gesetzt, während eine Zahlung verarbeitet wird.",
      },
      duration: "P10Y",
      party: "third",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    // Stripe Privacy Policy, last updated 16 January 2024, as archived by ToS;DR.
    { url: PRIVACY_POLICY, facts: ["entity", "role", "transfers", "activities", "urls"], checked: "2026-12-06", updated: "2024-01-16" },
    // Stripe's sub-processors, service providers and affiliates, last updated 21 July 2023, as archived by ToS;DR.
    { url: SERVICE_PROVIDERS, facts: ["entity", "transfers"], checked: "2026-12-06", updated: "2023-07-21" },
    { url: "https://stripe.com/en-no/legal/stel", facts: ["entity"], checked: "2026-12-06", updated: "2019-04-05" },
    { url: "https://stripe.com/en-de/legal/ssa", facts: ["entity"], checked: "2026-12-06", updated: "2020-10-28" },
    { url: "https://stripe.com/fr-in/legal/dpa", facts: ["role", "urls"], checked: "2026-12-06", updated: "2022-05-25" },
    // Read in a stored copy whose address carries a stray "mailto:…@" prefix.
    { url: DTA, facts: ["transfers"], checked: "2026-12-06", updated: "2024-10-18" },
    { url: "https://stripe.com/en-hk/legal/dpa/faqs", facts: ["transfers"], checked: "2026-12-06" },
    { url: "https://docs.stripe.com/disputes/prevention/advanced-fraud-detection", facts: ["device-access", "activities"], checked: "2026-12-06" },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "No Stripe document read gives Stripe Payments Europe, Limited's address (the privacy policy points to the Privacy Center, which was not stored). Shops' policies give 1 Grand Canal Street Lower, Grand Canal Dock, Dublin D02 H210; Stripe's STEL terms place its sister company in the same building (The One Building, 1 Lower Grand Canal Street, Dublin 2).",
    },
    {
      fact: "deviceAccess[0].party",
      note: "Stripe names no cookies. Loading Stripe.js on a site was observed to set __stripe_mid on the site's own domain (a lead, not a Stripe document); the Open Cookie Database lists stripe.com.",
    },
    {
      fact: "deviceAccess[1].party",
      note: "As for __stripe_mid: set by Stripe.js on the site's own domain as observed, not as documented by Stripe.",
    },
  ],
  disagreements: [
    { fact: "deviceAccess[0].party", value: "third (stripe.com)", source: OCD },
    { fact: "deviceAccess[1].party", value: "third (stripe.com)", source: OCD },
  ],
};
