import type { Processor } from "@policy/core";

/**
 * Klarna: pay later, instalments and direct payment at the checkout.
 *
 * Entity and address: the datenanfragen record (Klarna Bank AB (publ), Sveavägen 46, Stockholm), which cites Klarna's
 * German privacy notice and imprint. Klarna's own German privacy page, which we read, describes Klarna collecting
 * data about buyers from them and from credit agencies, fraud-prevention bodies and merchants for its own checks.
 *
 * Role: Klarna decides itself how it uses buyers' data (credit and identity checks, its own customer relationship),
 * so the entry says "controller". The stored copies of Klarna's full privacy notice that state this in so many words
 * were on merchants' sites, not on klarna.com, so they are not cited.
 *
 * Not stated for lack of a source on klarna.com: transfers outside the EEA, retention periods, cookie names.
 */
export const klarna: Processor = {
  id: "klarna",
  name: "Klarna",
  aliases: ["Klarna Checkout", "Klarna Bank"],
  categories: ["payment"],
  entity: {
    name: "Klarna Bank AB (publ)",
    address: { street: "Sveavägen 46", postalCode: "111 34", city: "Stockholm", country: "SE" },
    email: "datenschutz@klarna.de",
    phone: "+46 8 120 120 00",
    url: "https://www.klarna.com",
  },
  role: "controller",
  urls: {
    website: "https://www.klarna.com",
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
      { category: "user.contact.address", details: { en: "billing and delivery address", de: "Rechnungs- und Lieferadresse" }, collected: "provided" },
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
  transfers: [],
  deletion: {
    en: "To ask Klarna for a copy of your data or to have it deleted, write to Klarna's data protection team at datenschutz@klarna.de.",
    de: "Eine Auskunft über Ihre Daten oder deren Löschung können Sie beim Datenschutzteam von Klarna unter datenschutz@klarna.de verlangen.",
  },
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/klarna.json",
      facts: ["entity", "urls", "deletion"],
    },
    { url: "https://www.klarna.com/de/datenschutz/", facts: ["urls", "activities"] },
  ],
  checked: "2026-11-29",
};
