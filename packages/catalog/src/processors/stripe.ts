import type { Processor } from "@policy/core";
import { stripeDpfTransfer, stripeDtaSource, stripePrivacyPolicyUrl } from "../parties/stripe.js";
import { stripeProduct, stripeProductDisagreements, stripeProductSources, stripeProductUnconfirmed } from "../products/stripe.js";

const SERVICE_PROVIDERS = "https://github.com/tosdr/tosdr-versions/blob/329071e06f69860438e45bcb126457702949cddb/Stripe/Other.md";

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
  ...stripeProduct,
  transfers: [stripeDpfTransfer],
  sources: [
    // Stripe Privacy Policy, last updated 16 January 2024, as archived by ToS;DR.
    { url: stripePrivacyPolicyUrl, facts: ["entity", "role", "transfers", "activities", "urls"], checked: "2026-12-06", updated: "2024-01-16" },
    // Stripe's sub-processors, service providers and affiliates, last updated 21 July 2023, as archived by ToS;DR.
    { url: SERVICE_PROVIDERS, facts: ["entity", "transfers"], checked: "2026-12-06", updated: "2023-07-21" },
    { url: "https://stripe.com/en-no/legal/stel", facts: ["entity"], checked: "2026-12-06", updated: "2019-04-05" },
    { url: "https://stripe.com/en-de/legal/ssa", facts: ["entity"], checked: "2026-12-06", updated: "2020-10-28" },
    { url: "https://stripe.com/fr-in/legal/dpa", facts: ["role", "urls"], checked: "2026-12-06", updated: "2022-05-25" },
    stripeDtaSource,
    { url: "https://stripe.com/en-hk/legal/dpa/faqs", facts: ["transfers"], checked: "2026-12-06" },
    ...stripeProductSources,
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "No Stripe document read gives Stripe Payments Europe, Limited's address (the privacy policy points to the Privacy Center, which was not stored). Shops' policies give 1 Grand Canal Street Lower, Grand Canal Dock, Dublin D02 H210; Stripe's STEL terms place its sister company in the same building (The One Building, 1 Lower Grand Canal Street, Dublin 2).",
    },
    ...stripeProductUnconfirmed,
  ],
  disagreements: stripeProductDisagreements,
};
