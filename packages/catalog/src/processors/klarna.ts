import type { Processor } from "@policy/core";

/**
 * Klarna: pay later, instalments and direct payment at the checkout.
 *
 * Read:
 * - klarna.com/de/datenschutz/ (stored copy, Klarna's German privacy summary page): Klarna collects buyers' data from
 *   them and from credit agencies, fraud-prevention bodies, merchants and public databases to confirm identity, prevent
 *   fraud, check creditworthiness and screen politically exposed persons, and points to its full privacy notice and to
 *   how buyers exercise their rights.
 * - klarna.com/en-ch/privacy-policy/ (stored copy): Klarna uses checkout data to complete the purchase, to help the
 *   merchant handle the order, to prevent fraud and to comply with regulations.
 * - klarna.com/international/about-us/corporate-governance/ (stored copy): Klarna Bank AB (publ), corporate
 *   registration no. 556737-0431, a Swedish bank supervised by the Swedish Financial Supervisory Authority, provides its
 *   financial services in other EEA countries by passporting its licence and through local branches.
 * - investors.klarna.com, "Governance Oversight" (stored copy): Klarna Bank AB is a subsidiary of Klarna Group plc,
 *   10 York Road, London.
 * Klarna's full privacy notice (hosted on Klarna's CDN) was not stored on a Klarna domain; the copies we found are on
 *   merchants' sites. They say that Klarna Bank AB (publ), Sveavägen 46, 111 34 Stockholm, is the controller of the
 *   personal data it receives or collects, and (in later versions) that Klarna may transfer data outside the EEA, for
 *   example to the United States, under standard contractual clauses. These are leads, not sources.
 *
 * Re-checked 2026-12-06:
 * - Entity: no change (Klarna Bank AB (publ)), now from Klarna's own corporate-governance page. The address Sveavägen
 *   46, 111 34 Stockholm is in no Klarna-hosted document we could read: kept and marked unconfirmed. E-mail
 *   (datenschutz@klarna.de) and phone came from the datenanfragen record only and are dropped.
 * - Parent: Klarna Group plc (London) is the parent, but no document says it receives buyers' data, so none is listed.
 * - Role: controller, no change: Klarna decides itself how it uses buyers' data for credit, identity and fraud checks
 *   and its own legal duties (an independent controller, not a processor for the merchant). No document read gives
 *   Klarna a second role, so there is no roles list.
 * - Transfers: none stated, no change: Klarna's own transfer statement could not be read on a Klarna domain.
 * - Deletion: now points to Klarna's privacy page instead of an e-mail address taken from the datenanfragen record.
 * - Device access: none, no change (Klarna's cookie notice was not read on a Klarna domain).
 */
export const klarna: Processor = {
  id: "klarna",
  name: "Klarna",
  aliases: ["Klarna Checkout", "Klarna Bank"],
  categories: ["payment"],
  entity: {
    name: "Klarna Bank AB (publ)",
    address: { street: "Sveavägen 46", postalCode: "111 34", city: "Stockholm", country: "SE" },
    url: "https://www.klarna.com/",
  },
  role: "controller",
  urls: {
    website: "https://www.klarna.com/",
    privacyPolicy: "https://www.klarna.com/de/datenschutz/",
  },
  description: {
    en: "Klarna, a Swedish bank, lets shoppers pay on invoice, in instalments or straight away, and checks their identity and creditworthiness for that.",
    de: "Die schwedische Bank Klarna bietet beim Einkauf Kauf auf Rechnung, Ratenzahlung oder Sofortzahlung an und prüft dafür Identität und Bonität.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.payment_processing",
        legalBasis: "A6-1-b",
        description: {
          en: "To let you pay with Klarna; we pass Klarna your order and contact details so it can offer and run the payment.",
          de: "Damit Sie mit Klarna bezahlen können; wir übermitteln Klarna Ihre Bestell- und Kontaktdaten, damit Klarna die Zahlung anbieten und abwickeln kann.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      { category: "user.contact.phone_number", collected: "provided" },
      {
        category: "user.contact.address",
        details: { en: "billing and delivery address", de: "Rechnungs- und Lieferadresse" },
        collected: "provided",
      },
      {
        category: "user.demographic.date_of_birth",
        details: { en: "asked for by Klarna for identity and credit checks", de: "von Klarna für Identitäts- und Bonitätsprüfungen abgefragt" },
        collected: "provided",
      },
      {
        category: "user.financial",
        details: { en: "payment details such as card or bank account", de: "Zahlungsangaben wie Karte oder Bankkonto" },
        collected: "provided",
      },
      {
        category: "user.behavior.purchase_history",
        details: { en: "what you order, the amount and the order number", de: "was Sie bestellen, der Betrag und die Bestellnummer" },
        collected: "usage",
      },
    ],
    subjects: ["customer"],
  },
  domains: [],
  transfers: [],
  deletion: {
    en: "Klarna decides itself what it keeps about you. To ask Klarna for a copy of your data or to have it deleted, use the ways Klarna lists on its privacy page: https://www.klarna.com/de/datenschutz/",
    de: "Klarna entscheidet selbst, was es über Sie speichert. Eine Auskunft über Ihre Daten oder deren Löschung verlangen Sie bei Klarna über die Wege, die Klarna auf seiner Datenschutzseite nennt: https://www.klarna.com/de/datenschutz/",
  },
  deviceAccess: [],
  sources: [
    { url: "https://www.klarna.com/de/datenschutz/", facts: ["urls", "role", "activities", "deletion"], checked: "2026-12-06" },
    { url: "https://www.klarna.com/en-ch/privacy-policy/", facts: ["role", "activities"], checked: "2026-12-06" },
    { url: "https://www.klarna.com/international/about-us/corporate-governance/", facts: ["entity"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "Klarna's full privacy notice gives Sveavägen 46, 111 34 Stockholm, but the only copies we found are on merchants' sites; Klarna's own corporate-governance page names the company and its registration number, not the address.",
    },
  ],
  disagreements: [],
};
