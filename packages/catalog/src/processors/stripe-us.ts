import type { Processor } from "@policy/core";
import { stripeChecked, stripeDpfTransfer, stripeDtaSource, stripePrivacyPolicyUrl } from "../parties/stripe.js";
import { stripeProduct, stripeProductDisagreements, stripeProductSources, stripeProductUnconfirmed } from "../products/stripe.js";

/** The Stripe Services Agreement for businesses in the United States (stored copy of the English text). */
const SERVICES_AGREEMENT_US = "https://stripe.com/es/terms";

/**
 * Stripe for a business in the United States, which contracts with Stripe, Inc. The product (what a payment sends to
 * Stripe, the cookies of Stripe.js) is the one the EU entry describes: see products/stripe.ts.
 *
 * Read (stored copies, 2026-12-06):
 * - Stripe Services Agreement, General Terms last modified 11 November 2024 (stored copy of the English text at
 *   stripe.com/es/terms, introduction and section 1): "a legal agreement between Stripe, Inc. ("Stripe") and you";
 *   only businesses and non-profit organisations located in the United States may apply for an account under it.
 * - Stripe Privacy Policy, last updated 16 January 2024 (tosdr-versions, commit 776ddd72), sections 1.1 to 1.3, 8 to
 *   10: when Stripe processes a payment for a business it acts "as a service provider—also referred to as a data
 *   processor"; "where allowed" it also uses end customers' data for its own purposes, such as security and
 *   preventing fraud and loss (Stripe Radar named); the US notice is given by Stripe, Inc., Stripe Payments Company
 *   and their US affiliates; an end customer is referred to the business's own privacy policy.
 * - Transfers: for data from the EU, the UK or Switzerland, the same Data Privacy Framework certification of Stripe,
 *   Inc. as in the EU entry (parties/stripe.ts).
 *
 * Not confirmed: Stripe, Inc.'s postal address (below). A newer Services Agreement (last modified 18 November 2025,
 * stored copy at stripe.com/zh-hk/ssa, introduction only) names "the applicable Stripe entity specified in Section
 * 12", which we could not read; nothing read names another US entity, so Stripe, Inc. is kept, sourced to the 2024
 * agreement. Stripe's data processing agreement was not read in its US part.
 */
export const stripeUs: Processor = {
  id: "stripe-us",
  name: "Stripe",
  aliases: [],
  categories: ["payment"],
  entity: {
    name: "Stripe, Inc.",
    address: { street: "354 Oyster Point Boulevard", postalCode: "94080", city: "South San Francisco", region: "CA", country: "US" },
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
        en: "detecting and preventing fraud and meeting Stripe's own legal duties",
        de: "die Erkennung und Verhinderung von Betrug und die Erfüllung von Stripes eigenen gesetzlichen Pflichten",
      },
    },
  ],
  urls: {
    website: "https://stripe.com/",
    privacyPolicy: "https://stripe.com/privacy",
    dpa: "https://stripe.com/legal/dpa",
  },
  description: {
    en: "Stripe processes card, wallet and bank payments for online shops and subscription services and pays the money out to them.",
    de: "Stripe wickelt Zahlungen per Karte, Wallet oder Bankverbindung für Onlineshops und Abodienste ab und zahlt ihnen das Geld aus.",
  },
  ...stripeProduct,
  transfers: [stripeDpfTransfer],
  sources: [
    { url: SERVICES_AGREEMENT_US, facts: ["entity"], checked: stripeChecked, updated: "2024-11-11" },
    { url: stripePrivacyPolicyUrl, facts: ["role", "transfers", "activities", "urls"], checked: stripeChecked, updated: "2024-01-16" },
    { url: "https://stripe.com/fr-in/legal/dpa", facts: ["urls"], checked: stripeChecked, updated: "2022-05-25" },
    stripeDtaSource,
    ...stripeProductSources,
  ],
  checked: stripeChecked,
  unconfirmed: [
    {
      fact: "entity.address",
      note: "No Stripe document read gives Stripe, Inc.'s address. Stripe's archived Payments Company terms (2017) give 354 Oyster Point Boulevard, South San Francisco, CA 94080 as Stripe Payments Company's principal place of business; third-party pages pair it with Stripe, Inc.",
    },
    ...stripeProductUnconfirmed,
  ],
  disagreements: stripeProductDisagreements,
};
