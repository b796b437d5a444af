import type { Processor } from "@policy/core";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Adyen: payment processing and acquiring for online and in-store sales.
 *
 * Read:
 * - Adyen Privacy Statement, version of 4 June 2024 (stored copy of adyen.com/sv_SE/privacy-policy, English; opening
 *   part): it "applies to the processing activities in which Adyen acts as a data controller"; Adyen N.V. is a bank
 *   supervised by De Nederlandsche Bank; data subject rights are exercised as the statement goes on to describe (the
 *   stored copy breaks off there).
 * - Adyen's page "When Adyen has processed your transaction" (stored copy of adyen.com/en_SG/privacy-policy/transaction):
 *   when Adyen provides acquiring services it processes the shopper's personal data as a data controller, for its
 *   legitimate interest in providing them and for its legal duties as a financial institution (fraud, money-laundering
 *   and terrorist-financing monitoring); the data: card number (encrypted), expiry date, bank account details, amount,
 *   currency, date, time and place of the transaction.
 * - Adyen's merchant notice on its Privacy Statement of 14 January 2021 (stored copy): Adyen "accepted a Data Controller
 *   role where Adyen provides Acquiring services", meaning authorising, recording, clearing and settling transactions.
 * - Adyen Data Processing Agreement, effective 1 October 2023 (stored copy of adyen.com/legal/data-processing-agreement,
 *   opening part): part of the Merchant Agreement; the parties define their roles for any processing, with Processor
 *   and Controller defined and "Acquiring Services" set apart. The clauses allocating the roles were not in the stored
 *   part.
 * - Adyen help centre, "What is the process for data disclosure to law enforcement authorities?" (stored copies, several
 *   languages): requests go to "Adyen N.V., Simon Carmiggelstraat 6-50, 1011 DJ Amsterdam". Adyen's own API
 *   specifications (github.com/Adyen/adyen-openapi) spell the street "Simon Carmiggeltstraat 6 - 50" in their examples,
 *   which is the street's name.
 * - Adyen Data Protection API (docs.adyen.com, last modified 31 May 2023): merchants can submit a request to delete a
 *   shopper's data linked to a payment.
 *
 * Re-checked 2026-12-06:
 * - Entity: no change (Adyen N.V.); the street is now spelt "Simon Carmiggeltstraat" (was "Carmiggelstraat", copied
 *   from the help page's typo). The e-mail dpo@adyen.com came from the datenanfragen record only and is dropped.
 * - Role: controller, now with roles: controller for acquiring (authorising, clearing and settling the payment) and
 *   Adyen's own legal duties as a bank; processor for the other services Adyen performs for us under its DPA. The
 *   processor role is marked unconfirmed: the DPA's role clauses were not in the stored part, and the privacy statement
 *   says only that it covers Adyen's controller activities.
 * - Transfers: none stated, no change (the privacy statement's transfer section could not be read).
 * - Retention: kept (7 years after the end of the financial year, Dutch civil law) but marked unconfirmed: it came from
 *   docs.adyen.com/data-privacy, read on 2026-11-29 and not stored for this check; that source keeps its date.
 * - Deletion: now says we can have Adyen delete the shopper's data through its Data Protection API, and that Adyen
 *   takes requests itself as its privacy statement says; the privacy form URL and e-mail from the datenanfragen record
 *   are dropped.
 * - Device access: no change (_rp_uid from the Open Cookie Database; no Adyen document names it).
 * - Sources: the datenanfragen record is no longer cited.
 */
export const adyen: Processor = {
  id: "adyen",
  name: "Adyen",
  aliases: ["Adyen Checkout"],
  categories: ["payment"],
  entity: {
    name: "Adyen N.V.",
    address: { street: "Simon Carmiggeltstraat 6-50", postalCode: "1011 DJ", city: "Amsterdam", country: "NL" },
    url: "https://www.adyen.com/",
  },
  role: "controller",
  roles: [
    {
      role: "controller",
      scope: {
        en: "authorising, clearing and settling your payment as acquirer, and Adyen's own legal duties as a bank, such as fraud and money-laundering checks",
        de: "die Autorisierung, Verrechnung und Abrechnung Ihrer Zahlung als Acquirer und Adyens eigene gesetzliche Pflichten als Bank, etwa Prüfungen auf Betrug und Geldwäsche",
      },
    },
    {
      role: "processor",
      scope: {
        en: "the other payment services Adyen performs for us under its data processing agreement",
        de: "die übrigen Zahlungsdienste, die Adyen nach seinem Vertrag zur Auftragsverarbeitung für uns erbringt",
      },
    },
  ],
  urls: {
    website: "https://www.adyen.com/",
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
      {
        category: "user.name",
        details: { en: "as given by you or as on the card", de: "wie von Ihnen angegeben oder wie auf der Karte" },
        collected: "provided",
      },
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
  domains: [],
  transfers: [],
  retention: {
    criteria: {
      en: "Adyen keeps the name and the card number or other payment identifier for at least 7 years after the end of the financial year of the transaction, as Dutch civil law requires.",
      de: "Adyen bewahrt den Namen und die Kartennummer oder eine andere Zahlungskennung mindestens 7 Jahre nach Ende des Geschäftsjahres der Transaktion auf, wie es das niederländische Zivilrecht verlangt.",
    },
  },
  deletion: {
    en: "Ask us to delete your payment data: we can have Adyen delete the shopper data of a payment. For what Adyen keeps as a controller, you can also turn to Adyen as its privacy statement describes (https://www.adyen.com/privacy-policy); data Adyen must keep by law as a bank stays until the legal period ends.",
    de: "Bitten Sie uns um die Löschung Ihrer Zahlungsdaten: Wir können Adyen die Kundendaten einer Zahlung löschen lassen. Für das, was Adyen als Verantwortlicher speichert, können Sie sich auch an Adyen wenden, wie es seine Datenschutzerklärung beschreibt (https://www.adyen.com/privacy-policy); Daten, die Adyen als Bank gesetzlich aufbewahren muss, bleiben bis zum Ende der Frist gespeichert.",
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
    { url: "https://adyen.com/sv_SE/privacy-policy", facts: ["role", "urls", "deletion"], checked: "2026-12-06", updated: "2024-06-04" },
    { url: "https://adyen.com/en_SG/privacy-policy/transaction", facts: ["role", "activities"], checked: "2026-12-06" },
    {
      url: "https://www.adyen.com/it_IT/policies-and-disclaimer/privacy-policy/update-statement",
      facts: ["role", "activities"],
      checked: "2026-12-06",
    },
    { url: "https://adyen.com/legal/data-processing-agreement", facts: ["urls", "role"], checked: "2026-12-06", updated: "2023-10-01" },
    {
      url: "https://help.adyen.com/en_US/knowledge/compliance/regulations/what-is-the-law-enforcement-for-data-disclosure",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/Adyen/adyen-openapi/blob/aa014f0cbdb58ff5c44a2ff9d5fe734642210aff/json/LegalEntityService-v3.json",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    { url: "https://docs.adyen.com/development-resources/data-protection-api", facts: ["deletion"], checked: "2026-12-06", updated: "2023-05-31" },
    // Read on 2026-11-29 for the previous check; not stored for this one.
    { url: "https://docs.adyen.com/data-privacy", facts: ["retention"], checked: "2026-11-29" },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-11-29",
  unconfirmed: [
    {
      fact: "roles[1]",
      note: "Adyen's DPA (1 October 2023) sets out to define the parties' roles and distinguishes acquiring, where Adyen is a controller; the clauses making Adyen a processor for other services were not in the stored copy. Adyen's earlier developer documentation made the merchant the controller and Adyen the processor of transaction data.",
    },
    {
      fact: "retention",
      note: "From docs.adyen.com/data-privacy, read on 2026-11-29; no stored copy could be read on 2026-12-06, and the privacy statement's retention section was not in the stored part.",
    },
  ],
  disagreements: [],
};
