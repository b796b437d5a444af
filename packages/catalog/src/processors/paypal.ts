import type { Processor } from "@policy/core";

/**
 * PayPal: wallet payments, and card payments through PayPal's checkout.
 *
 * Entity and address: the datenanfragen record, which cites PayPal's German privacy statement and imprint. PayPal's
 * privacy statement for the EEA (Belgian version, updated 15 April 2024) names the same entity as the controller.
 *
 * Role: PayPal (Europe) decides itself how it uses the data of people who pay with PayPal (its privacy statement
 * calls it the controller; PayPal's clauses for card processing, paypal.com/us/webapps/mpp/ua/c2c-sccs-eu, also take
 * PayPal on as a controller), so the entry says "controller".
 *
 * Parent: PayPal, Inc., 2211 N. 1st St., San Jose, CA 95131. PayPal's current privacy statement (last updated
 * 17 November 2025, archived by Open Terms Archive) is given by "PayPal, Inc. and our subsidiaries and affiliated
 * companies", lists PayPal Inc. with that address as the contact for the United States, and keeps PayPal (Europe) at
 * 22-24 Boulevard Royal as the contact for the EU, so the entity is unchanged.
 *
 * Transfers: PayPal's group privacy rules (binding corporate rules) say most user data is collected and stored in
 * the US; the entry lists that transfer although PayPal's entity itself is in Luxembourg. The privacy statement's
 * section for the UK and EEA says transfers of EU residents' data within the PayPal group rest on those binding
 * corporate rules; other transfers on an adequacy decision, the standard contractual clauses or a derogation.
 */
export const paypal: Processor = {
  id: "paypal",
  name: "PayPal",
  aliases: ["PayPal Checkout", "PayPal Europe"],
  categories: ["payment"],
  entity: {
    name: "PayPal (Europe) S.à r.l. et Cie, S.C.A.",
    address: { street: "22 – 24 Boulevard Royal", postalCode: "L-2449", city: "Luxembourg", country: "LU" },
    email: "impressum@paypal.com",
    url: "https://www.paypal.com",
  },
  parent: {
    name: "PayPal, Inc.",
    address: { street: "2211 N. 1st St.", postalCode: "95131", city: "San Jose", region: "CA", country: "US" },
  },
  role: "controller",
  urls: {
    website: "https://www.paypal.com",
    privacyPolicy: "https://www.paypal.com/de/webapps/mpp/ua/privacy-full",
  },
  description: {
    en: "PayPal runs online wallets: people pay with their PayPal account, which draws on a balance, a linked bank account or a card.",
    de: "PayPal betreibt digitale Geldbörsen: Man zahlt mit dem PayPal-Konto, das auf ein Guthaben, ein verknüpftes Bankkonto oder eine Karte zugreift.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.payment_processing",
        legalBasis: "A6-1-b",
        description: {
          en: "To let you pay for your order with PayPal; we pass PayPal what it needs to take the payment.",
          de: "Damit Sie Ihre Bestellung mit PayPal bezahlen können; wir geben PayPal weiter, was es für die Zahlung braucht.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", details: { en: "the e-mail address of your PayPal account", de: "die E-Mail-Adresse Ihres PayPal-Kontos" }, collected: "provided" },
      { category: "user.contact.address", details: { en: "billing and delivery address", de: "Rechnungs- und Lieferadresse" }, collected: "provided" },
      {
        category: "user.behavior.purchase_history",
        details: { en: "order amount, currency and order number", de: "Bestellbetrag, Währung und Bestellnummer" },
        collected: "usage",
      },
      "user.device.ip_address",
    ],
    subjects: ["customer"],
  },
  transfers: [
    {
      country: "US",
      mechanism: "A46-2-b",
      note: {
        en: "Within the PayPal group, under PayPal's binding corporate rules; PayPal says most user data is collected and stored in the US. Transfers outside the group rest on the EU standard contractual clauses, an adequacy decision or a derogation.",
        de: "Innerhalb des PayPal-Konzerns auf Grundlage seiner verbindlichen internen Datenschutzvorschriften; nach PayPals Angaben werden die meisten Nutzerdaten in den USA erfasst und gespeichert. Übermittlungen außerhalb des Konzerns stützen sich auf die Standardvertragsklauseln der EU, einen Angemessenheitsbeschluss oder eine Ausnahme.",
      },
      checked: "2026-11-29",
    },
  ],
  deletion: {
    en: "Requests about your personal data at PayPal, including deletion, go through PayPal's privacy contact form: https://www.paypal.com/de/smarthelp/contact-us/privacy",
    de: "Anfragen zu Ihren personenbezogenen Daten bei PayPal, auch zur Löschung, stellen Sie über PayPals Datenschutz-Kontaktformular: https://www.paypal.com/de/smarthelp/contact-us/privacy",
  },
  deviceAccess: [
    {
      name: "nsid",
      technology: "cookie",
      domain: "paypal.com",
      purpose: { en: "Keeps the PayPal session secure and helps detect fraud.", de: "Sichert die PayPal-Sitzung und hilft, Betrug zu erkennen." },
      duration: "session",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "x-pp-s",
      technology: "cookie",
      domain: "paypal.com",
      purpose: { en: "Needed for the PayPal payment window to work.", de: "Wird benötigt, damit das PayPal-Zahlungsfenster funktioniert." },
      duration: "session",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "tsrce",
      technology: "cookie",
      domain: "paypal.com",
      purpose: { en: "Supports the PayPal payment during the visit.", de: "Unterstützt die PayPal-Zahlung während des Besuchs." },
      duration: "session",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "X-PP-SILOVER",
      technology: "cookie",
      domain: "paypal.com",
      purpose: { en: "Short-lived cookie that PayPal's payment service relies on.", de: "Kurzlebiges Cookie, auf das der Zahlungsdienst von PayPal angewiesen ist." },
      duration: "PT30M",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "enforce_policy",
      technology: "cookie",
      domain: "paypal.com",
      purpose: { en: "Used by PayPal to carry out the transaction securely.", de: "Dient PayPal dazu, die Transaktion sicher auszuführen." },
      duration: "P1Y",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "l7_az",
      technology: "cookie",
      domain: "paypal.com",
      purpose: { en: "Needed to log in to PayPal from the checkout.", de: "Wird für die Anmeldung bei PayPal aus dem Bezahlvorgang heraus benötigt." },
      duration: "P1D",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "ts",
      technology: "cookie",
      domain: "paypal.com",
      purpose: { en: "Long-lived PayPal cookie linked to payments on the site.", de: "Langlebiges PayPal-Cookie im Zusammenhang mit Zahlungen auf der Website." },
      duration: "P3Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "ts_c",
      technology: "cookie",
      domain: "paypal.com",
      purpose: { en: "A second long-lived PayPal cookie used around transactions.", de: "Ein weiteres langlebiges PayPal-Cookie, das bei Transaktionen genutzt wird." },
      duration: "P3Y",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/paypal.json",
      facts: ["entity", "urls", "deletion"],
    },
    { url: "https://www.paypal.com/be/webapps/mpp/ua/privacy-full?locale.x=nl_BE", facts: ["entity", "activities"] },
    { url: "https://www.paypal.com/de/webapps/mpp/ua/bcr?locale.x=de_DE", facts: ["transfers"] },
    // PayPal Privacy Statement, last updated 17 November 2025, as archived by Open Terms Archive: PayPal Inc.'s and
    // PayPal (Europe)'s addresses, and the transfer rules in the section for the UK and EEA.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/07238941faf9c1d94896d9fbb21cc19ae9d09068/PayPal/Privacy%20Policy.md",
      facts: ["entity", "parent", "transfers"],
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
