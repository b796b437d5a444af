import type { Processor } from "@policy/core";

/**
 * Stripe: card, wallet and bank payments for online shops and subscriptions.
 *
 * Entity: the datenanfragen record (Stripe Inc., 510 Townsend Street), which cites stripe.com/de/privacy. Stripe's
 * policy says the responsible Stripe entity depends on the country; for the EEA, stripe.com/en-no/legal/stel names
 * Stripe Payments Europe, Ltd. as the contracting party, and Stripe's privacy policy (last updated 16 January 2024,
 * archived by ToS;DR) and its list of affiliates (archived there too) name Stripe Payments Europe Limited in Ireland as
 * the data controller for the EU. None of these Stripe pages, nor any archived copy we could read, gives that entity's
 * address (the policy points to the Privacy Center for it), so it is not named here. Other lists give newer US
 * addresses (185 Berry St; 354 Oyster Point Blvd) without a Stripe page behind them; the record's address stands until
 * a Stripe page confirms another.
 *
 * Role: Stripe's DPA page says Stripe acts as both controller and processor for its business users; the payment
 * processing a site owner buys is done on the site owner's behalf, so the entry says "processor".
 *
 * Transfers: the stored copy of the Data Transfers Addendum carries a stray "mailto:…@" prefix in its address; the
 * page is stripe.com/legal/dta and is cited without that prefix.
 */
export const stripe: Processor = {
  id: "stripe",
  name: "Stripe",
  aliases: ["Stripe Checkout", "Stripe Payments"],
  categories: ["payment"],
  entity: {
    name: "Stripe, Inc.",
    address: { street: "510 Townsend Street", postalCode: "94103", city: "San Francisco", region: "CA", country: "US" },
    email: "privacy@stripe.com",
    url: "https://stripe.com",
  },
  role: "processor",
  urls: {
    website: "https://stripe.com",
    privacyPolicy: "https://stripe.com/de/privacy",
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
      { category: "user.name", details: { en: "the name on the card or account", de: "der Name auf der Karte oder dem Konto" }, collected: "provided" },
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
        details: { en: "browser and device details used to check the payment", de: "Angaben zu Browser und Gerät, mit denen die Zahlung geprüft wird" },
      },
    ],
    subjects: ["customer"],
  },
  transfers: [
    {
      country: "US",
      mechanism: "EU-US-DPF",
      note: {
        en: "Stripe, Inc. is self-certified under the Data Privacy Framework; Stripe's Data Transfers Addendum also contains the EU standard contractual clauses as the next mechanism in line.",
        de: "Stripe, Inc. ist nach dem Data Privacy Framework selbst zertifiziert; Stripes Zusatzvereinbarung zu Datenübermittlungen enthält außerdem die EU-Standardvertragsklauseln als nachrangigen Mechanismus.",
      },
      checked: "2026-11-29",
    },
  ],
  deviceAccess: [
    {
      name: "__stripe_mid",
      technology: "cookie",
      domain: "stripe.com",
      purpose: {
        en: "Recognises the browser across payments so that Stripe can spot fraud.",
        de: "Erkennt den Browser über mehrere Zahlungen hinweg, damit Stripe Betrug bemerken kann.",
      },
      duration: "P1Y",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "__stripe_sid",
      technology: "cookie",
      domain: "stripe.com",
      purpose: {
        en: "Ties the steps of one checkout together for Stripe's fraud checks.",
        de: "Verknüpft die Schritte eines Bezahlvorgangs für Stripes Betrugsprüfung.",
      },
      duration: "PT30M",
      party: "third",
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
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/stripe.json",
      facts: ["entity", "urls"],
    },
    { url: "https://stripe.com/de/privacy", facts: ["activities"] },
    { url: "https://stripe.com/legal/dta", facts: ["transfers"] },
    // Stripe Privacy Policy, last updated 16 January 2024, as archived by ToS;DR: Stripe, Inc. complies with the EU-U.S.
    // DPF; transfers otherwise rest on adequacy or the EU standard contractual clauses.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/776ddd7208bfb22c5e4bafceb08b61c5477e5b5b/Stripe/Privacy%20Policy.md",
      facts: ["transfers"],
    },
    { url: "https://stripe.com/en-hk/legal/dpa/faqs", facts: ["transfers"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
