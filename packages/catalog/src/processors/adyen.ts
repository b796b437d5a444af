import type { Processor } from "@policy/core";

/**
 * Adyen: payment processing and acquiring for online and in-store sales.
 *
 * Address: Adyen's own help page on data disclosure (addressed to Adyen N.V.) gives "Simon Carmiggelstraat 6-50,
 * 1011 DJ Amsterdam"; the datenanfragen record gives "Simon Carmiggeltstraat 6". We follow Adyen's own page, as
 * written there; the street is usually spelt "Carmiggeltstraat", so re-check the spelling when the entry is next
 * checked.
 *
 * Role: Adyen's developer documentation says the merchant is the controller and Adyen the processor of transaction
 * data (clause 9.2 of its terms), while Adyen's privacy statement (version of 4 June 2024) and its page on
 * transactions say that Adyen acts as a controller when it provides acquiring services, a role it took on in 2021.
 * We follow the privacy statement, Adyen's most recent page on the point, and say "controller".
 */
export const adyen: Processor = {
  id: "adyen",
  name: "Adyen",
  aliases: ["Adyen Checkout"],
  categories: ["payment"],
  entity: {
    name: "Adyen N.V.",
    address: { street: "Simon Carmiggelstraat 6-50", postalCode: "1011 DJ", city: "Amsterdam", country: "NL" },
    email: "dpo@adyen.com",
    url: "https://www.adyen.com",
  },
  role: "controller",
  urls: {
    website: "https://www.adyen.com",
    privacyPolicy: "https://www.adyen.com/privacy-policy",
    dpa: "https://adyen.com/legal/data-processing-agreement",
  },
  description: {
    en: "Adyen, a Dutch bank, processes and settles card and other payments for shops and platforms, online and at the till.",
    de: "Adyen, eine niederländische Bank, wickelt Karten- und andere Zahlungen für Händler und Plattformen ab, online wie an der Ladenkasse.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.payment_processing",
        legalBasis: "A6-1-b",
        description: {
          en: "To have your payment authorised by your card issuer or bank and settled.",
          de: "Um Ihre Zahlung von Ihrer Kartenbank oder Bank freigeben und abrechnen zu lassen.",
        },
      },
    ],
    data: [
      { category: "user.name", details: { en: "as given by you or as on the card", de: "wie von Ihnen angegeben oder wie auf der Karte" }, collected: "provided" },
      {
        category: "user.financial.credit_card",
        details: { en: "card number (stored encrypted) and expiry date", de: "Kartennummer (verschlüsselt gespeichert) und Ablaufdatum" },
        collected: "provided",
      },
      { category: "user.financial.bank_account", details: { en: "IBAN and BIC", de: "IBAN und BIC" }, collected: "provided" },
      {
        category: "user.behavior.purchase_history",
        details: { en: "amount, currency, date, time and place of the transaction", de: "Betrag, Währung, Datum, Uhrzeit und Ort der Transaktion" },
        collected: "usage",
      },
      "user.device.ip_address",
      {
        category: "user.contact",
        details: {
          en: "billing and delivery address, e-mail and phone, where the shop passes them on",
          de: "Rechnungs- und Lieferadresse, E-Mail und Telefon, soweit der Shop sie weitergibt",
        },
        collected: "provided",
      },
    ],
    subjects: ["customer"],
  },
  transfers: [],
  retention: {
    criteria: {
      en: "Adyen keeps the name and the card number or other payment identifier for at least 7 years after the end of the financial year of the transaction, as Dutch civil law requires.",
      de: "Adyen bewahrt den Namen und die Kartennummer oder eine andere Zahlungskennung mindestens 7 Jahre nach Ende des Geschäftsjahres der Transaktion auf, wie es das niederländische Zivilrecht verlangt.",
    },
  },
  deletion: {
    en: "Adyen takes privacy requests, including requests to delete data, through its privacy form (https://www.adyen.com/de_DE/richtlinien-und-haftungsausschluss/privacy-form) or at dpo@adyen.com; data it must keep by law stays until the legal period ends.",
    de: "Datenschutzanfragen, auch auf Löschung, nimmt Adyen über sein Datenschutzformular (https://www.adyen.com/de_DE/richtlinien-und-haftungsausschluss/privacy-form) oder unter dpo@adyen.com entgegen; Daten, die Adyen gesetzlich aufbewahren muss, bleiben bis zum Ende der Frist gespeichert.",
  },
  deviceAccess: [
    {
      name: "_rp_uid",
      technology: "cookie",
      purpose: {
        en: "Recognises the browser to flag suspicious browsing or buying patterns.",
        de: "Erkennt den Browser wieder, um auffälliges Surf- oder Kaufverhalten zu melden.",
      },
      duration: "P30D",
      party: "first",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    { url: "https://help.adyen.com/en_US/knowledge/compliance/regulations/what-is-the-law-enforcement-for-data-disclosure", facts: ["entity"] },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/adyen-de.json",
      facts: ["entity", "urls", "deletion"],
    },
    { url: "https://adyen.com/sv_SE/privacy-policy", facts: ["urls"] },
    { url: "https://adyen.com/legal/data-processing-agreement", facts: ["urls"] },
    { url: "https://adyen.com/en_SG/privacy-policy/transaction", facts: ["activities"] },
    { url: "https://docs.adyen.com/data-privacy", facts: ["activities", "retention", "deletion"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
