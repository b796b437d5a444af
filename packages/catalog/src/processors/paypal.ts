import type { Processor } from "@policy/core";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";
const PRIVACY_STATEMENT =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/3ffff905bbacf632d6d14ff9a81e51f9744ab243/PayPal/Privacy%20Policy.md";
const USER_AGREEMENT =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/336890a96caa6a9803bddf65191db9860e23d678/PayPal/Terms%20of%20Service.md";

/**
 * PayPal: wallet payments, and card payments through PayPal's checkout.
 *
 * Read:
 * - PayPal Privacy Statement, last updated 6 May 2026 (Open Terms Archive, contrib-versions, commit 3ffff905 of 9 June
 *   2026), in full: given by "PayPal, Inc. and our subsidiaries and affiliated companies"; for the UK and EEA "the data
 *   controller of your Personal Information is the PayPal entity established in the country or jurisdiction where you
 *   reside", which the contact table gives for the EU as PayPal (Europe) S.a.r.l. et Cie, S.C.A., 22-24 Boulevard Royal
 *   L-2449 Luxembourg (privacy queries through paypal.com/de/smarthelp/contact-us/privacy), and for the United States as
 *   PayPal Inc., 2211 N. 1st St., San Jose, CA 95131; PayPal processes the data for its own purposes (its services,
 *   fraud and risk management, credit checks, marketing, legal duties such as AML and KYC); transfers of EU residents'
 *   data within the PayPal group rest on its Binding Corporate Rules, other transfers on an adequacy decision, the
 *   standard contractual clauses or a derogation; data used for the relationship is stored for its duration plus 10
 *   years or the period local law requires; cookies are described in a separate statement (not read).
 * - PayPal User Agreement for the EEA, last updated 22 January 2026 (contrib-versions, commit 336890a9): the contract
 *   is with PayPal (Europe) S.à r.l. et Cie, S.C.A. (R.C.S. Luxembourg B 118 349), a Luxembourg bank.
 * - PayPal's Belgian privacy statement, last updated 15 April 2024 (stored copy): in the EEA PayPal (Europe) S.a.r.l.
 *   et Cie, S.C.A. is the controller of the data collected on its website, during registration and in the use of its
 *   services.
 * - Braintree's "Controller Data Protection Addendum for Card Processing Products" (stored copy, version 1.0): even for
 *   PayPal's unbranded card processing, the PayPal group entity acts as a controller; the addendum does not apply to
 *   the PayPal button.
 * No PayPal document read makes PayPal a processor for the merchant in PayPal checkout, so the entry keeps the single
 * role "controller" (an independent controller, not a joint one).
 *
 * Re-checked 2026-12-06:
 * - Entity: no change in name or address, now from the May 2026 statement and the January 2026 user agreement instead
 *   of the datenanfragen record; the e-mail impressum@paypal.com (from that record only) is dropped.
 * - Parent: no change (PayPal, Inc., 2211 N. 1st St., San Jose), from the May 2026 statement.
 * - Role: controller, no change; no roles list, as no second role was found.
 * - Transfers: US recipient now named (PayPal, Inc. and other group companies) under the Binding Corporate Rules; the
 *   claim that most user data is stored in the US came from the BCR page, which could not be read again, and is dropped.
 * - Retention: added (relationship plus 10 years, or what local law requires).
 * - URLs: the privacy statement's own address (paypal.com/legalhub/privacy-full).
 * - Deletion: no change (PayPal's privacy contact form, from the statement's contact table).
 * - Device access: no change; PayPal's cookie statement was not read, the names and lifetimes are the Open Cookie
 *   Database's, on paypal.com (third party).
 */
export const paypal: Processor = {
  id: "paypal",
  name: "PayPal",
  aliases: ["PayPal Checkout", "PayPal Europe"],
  categories: ["payment"],
  entity: {
    name: "PayPal (Europe) S.à r.l. et Cie, S.C.A.",
    address: { street: "22-24 Boulevard Royal", postalCode: "L-2449", city: "Luxembourg", country: "LU" },
    url: "https://www.paypal.com/",
  },
  parent: {
    name: "PayPal, Inc.",
    address: { street: "2211 N. 1st St.", postalCode: "95131", city: "San Jose", region: "CA", country: "US" },
  },
  role: "controller",
  urls: {
    website: "https://www.paypal.com/",
    privacyPolicy: "https://www.paypal.com/legalhub/privacy-full",
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
      {
        category: "user.contact.email",
        details: { en: "the e-mail address of your PayPal account", de: "die E-Mail-Adresse Ihres PayPal-Kontos" },
        collected: "provided",
      },
      {
        category: "user.contact.address",
        details: { en: "billing and delivery address", de: "Rechnungs- und Lieferadresse" },
        collected: "provided",
      },
      {
        category: "user.behavior.purchase_history",
        details: { en: "order amount, currency and order number", de: "Bestellbetrag, Währung und Bestellnummer" },
        collected: "usage",
      },
      "user.device.ip_address",
    ],
    subjects: ["customer"],
  },
  domains: ["www.paypal.com"],
  transfers: [
    {
      country: "US",
      recipient: { en: "PayPal, Inc. and other PayPal group companies", de: "PayPal, Inc. und andere Gesellschaften der PayPal-Gruppe" },
      mechanism: "A46-2-b",
      note: {
        en: "Within the PayPal group, under PayPal's binding corporate rules, which the data protection authorities have approved. Transfers outside the group rest on an adequacy decision, the EU standard contractual clauses or a derogation.",
        de: "Innerhalb des PayPal-Konzerns auf Grundlage seiner von den Datenschutzbehörden genehmigten verbindlichen internen Datenschutzvorschriften. Übermittlungen außerhalb des Konzerns stützen sich auf einen Angemessenheitsbeschluss, die Standardvertragsklauseln der EU oder eine Ausnahme.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "PayPal keeps the data it uses for its relationship with you for as long as that relationship lasts and 10 years after it ends, or for the period local law requires, and longer where it needs the data for legal claims, investigations or audits.",
      de: "PayPal speichert die Daten, die es für die Geschäftsbeziehung mit Ihnen nutzt, für deren Dauer und 10 Jahre nach ihrem Ende oder für die Frist, die das örtliche Recht vorschreibt, und länger, soweit es sie für Rechtsansprüche, Untersuchungen oder Prüfungen benötigt.",
    },
  },
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
      purpose: {
        en: "Short-lived cookie that PayPal's payment service relies on.",
        de: "Kurzlebiges Cookie, auf das der Zahlungsdienst von PayPal angewiesen ist.",
      },
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
      purpose: {
        en: "Needed to log in to PayPal from the checkout.",
        de: "Wird für die Anmeldung bei PayPal aus dem Bezahlvorgang heraus benötigt.",
      },
      duration: "P1D",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "ts",
      technology: "cookie",
      domain: "paypal.com",
      purpose: {
        en: "Long-lived PayPal cookie linked to payments on the site.",
        de: "Langlebiges PayPal-Cookie im Zusammenhang mit Zahlungen auf der Website.",
      },
      duration: "P3Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "ts_c",
      technology: "cookie",
      domain: "paypal.com",
      purpose: {
        en: "A second long-lived PayPal cookie used around transactions.",
        de: "Ein weiteres langlebiges PayPal-Cookie, das bei Transaktionen genutzt wird.",
      },
      duration: "P3Y",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    { url: "https://github.com/paypal/paypal-js/blob/008885c89f210834cddf3ebd28de925f60cf4f40/README.md", facts: ["domains"], checked: "2026-12-06" },
    // PayPal Privacy Statement, last updated 6 May 2026, as archived by Open Terms Archive.
    {
      url: PRIVACY_STATEMENT,
      facts: ["entity", "parent", "role", "urls", "transfers", "activities", "retention", "deletion"],
      checked: "2026-12-06",
      updated: "2026-05-06",
    },
    // PayPal User Agreement (EEA), last updated 22 January 2026, as archived by Open Terms Archive.
    { url: USER_AGREEMENT, facts: ["entity"], checked: "2026-12-06", updated: "2026-01-22" },
    {
      url: "https://www.paypal.com/be/webapps/mpp/ua/privacy-full?locale.x=nl_BE",
      facts: ["entity", "role"],
      checked: "2026-12-06",
      updated: "2024-04-15",
    },
    { url: "https://www.braintreepayments.com/legal/data-protection-addendum", facts: ["role"], checked: "2026-12-06" },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
