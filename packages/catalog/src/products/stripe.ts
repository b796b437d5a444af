import type { Processor } from "@policy/core";
import { stripeChecked } from "../parties/stripe.js";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Stripe's payments as a product: what a payment sends to Stripe and the cookies Stripe.js sets. These are the same
 * whichever Stripe company a business contracts with, so the entries for businesses in the EU (stripe, Stripe Payments
 * Europe, Limited) and in the US (stripe-us, Stripe, Inc.) share them.
 *
 * Read (2026-12-06): Stripe's Privacy Policy (see parties/stripe.ts) on the data of end customers; Stripe's "Advanced
 * fraud detection" page (docs.stripe.com): Stripe.js sends fraud signals to the m.stripe.com endpoint. Stripe's
 * documents name no cookies and no lifetimes; those come from the Open Cookie Database.
 */
export const stripeProduct = {
  domains: ["js.stripe.com"],
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
} satisfies Pick<Processor, "domains" | "activities" | "deviceAccess">;

/** The sources of the product's cookies and fraud signals. */
export const stripeProductSources: Processor["sources"] = [
  { url: "https://github.com/stripe/stripe-js/blob/c465364ffde39a8ec33fbee12ae9ac17941f0ca3/README.md", facts: ["domains"], checked: "2026-12-06" },
  { url: "https://docs.stripe.com/js/including", facts: ["domains"], checked: "2026-12-06" },
  { url: "https://docs.stripe.com/disputes/prevention/advanced-fraud-detection", facts: ["device-access", "activities"], checked: stripeChecked },
  { url: OCD, facts: ["device-access"], checked: stripeChecked },
];

/** The product's facts no Stripe document confirms: where its cookies are set. */
export const stripeProductUnconfirmed: Processor["unconfirmed"] = [
  {
    fact: "deviceAccess[0].party",
    note: "Stripe names no cookies. Loading Stripe.js on a site was observed to set __stripe_mid on the site's own domain (a lead, not a Stripe document); the Open Cookie Database lists stripe.com.",
  },
  {
    fact: "deviceAccess[1].party",
    note: "As for __stripe_mid: set by Stripe.js on the site's own domain as observed, not as documented by Stripe.",
  },
];

/** Where the Open Cookie Database gives other values than the product's cookies have here. */
export const stripeProductDisagreements: Processor["disagreements"] = [
  { fact: "deviceAccess[0].party", value: "third (stripe.com)", source: OCD },
  { fact: "deviceAccess[1].party", value: "third (stripe.com)", source: OCD },
];
