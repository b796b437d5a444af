import type { Processor } from "@policy/core";

/**
 * Mollie: a Dutch payment service provider for web shops.
 *
 * Entity and address: the datenanfragen record (Mollie B.V., Keizersgracht 313, Amsterdam), which cites Mollie's
 * privacy statement and German imprint.
 *
 * Role: Mollie's help centre says Mollie acts as a controller for the personal data in payment transactions (to run
 * its user agreement, prevent fraud and meet its legal duties) and as a processor only for its invoicing product, so
 * the entry says "controller".
 *
 * Not stated for lack of a source we could read: retention periods, transfers outside the EEA, cookie names.
 */
export const mollie: Processor = {
  id: "mollie",
  name: "Mollie",
  aliases: ["Mollie Payments"],
  categories: ["payment"],
  entity: {
    name: "Mollie B.V.",
    address: { street: "Keizersgracht 313", postalCode: "1016 EE", city: "Amsterdam", country: "NL" },
    email: "dpo@mollie.com",
    phone: "+31 20 820 2070",
    url: "https://www.mollie.com",
  },
  role: "controller",
  urls: {
    website: "https://www.mollie.com",
    privacyPolicy: "https://www.mollie.com/en/privacy",
  },
  description: {
    en: "Mollie, a licensed payment institution in Amsterdam, connects web shops to many payment methods, from cards to bank transfers, through one account.",
    de: "Mollie, ein zugelassenes Zahlungsinstitut aus Amsterdam, bindet Onlineshops über ein einziges Konto an viele Zahlarten an, von Karten bis Überweisungen.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.payment_processing",
        legalBasis: "A6-1-b",
        description: {
          en: "To take your payment with the method you choose at checkout.",
          de: "Um Ihre Zahlung mit der Zahlart abzuwickeln, die Sie an der Kasse wählen.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.financial",
        details: { en: "card or bank account details, depending on the payment method", de: "Karten- oder Kontodaten, je nach Zahlart" },
        collected: "provided",
      },
      {
        category: "user.behavior.purchase_history",
        details: { en: "amount, date and description of the payment", de: "Betrag, Datum und Verwendungszweck der Zahlung" },
        collected: "usage",
      },
    ],
    subjects: ["customer"],
  },
  transfers: [],
  deletion: {
    en: "Requests about your data at Mollie, including deletion, go to Mollie's data protection officer at dpo@mollie.com.",
    de: "Anfragen zu Ihren Daten bei Mollie, auch zur Löschung, richten Sie an den Datenschutzbeauftragten von Mollie unter dpo@mollie.com.",
  },
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/mollie.json",
      facts: ["entity", "urls", "deletion"],
    },
    { url: "https://www.mollie.com/at/privacy", facts: ["activities"] },
    { url: "https://help.mollie.com/hc/en-gb/articles/14826542080786-What-is-the-Data-Processing-Agreement", facts: ["activities"] },
  ],
  checked: "2026-11-29",
};
