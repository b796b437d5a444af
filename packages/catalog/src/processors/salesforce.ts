import type { Processor } from "@policy/core";

/**
 * Salesforce: cloud CRM (Sales Cloud, Service Cloud, Marketing Cloud Account Engagement, Experience Cloud sites).
 *
 * Entity: the datenanfragen record names "Salesforce.com, Inc.", 415 Mission St, 3rd Floor, San Francisco. Salesforce's
 * current privacy page names "Salesforce, Inc." (the company's name since 2022); we follow Salesforce's page for the
 * name and keep the record's address, which no newer Salesforce page we read contradicts.
 * Role: Salesforce's privacy page says its privacy statement does not apply where Salesforce processes personal data as
 * a processor for its customers; for a site owner's CRM data it is a processor.
 * Transfers: Salesforce's regional privacy page says its data processing addendum covers transfers to non-adequate
 * countries with its Processor Binding Corporate Rules and the standard contractual clauses. No page we read mentions
 * the Data Privacy Framework, so we list the clauses.
 */
export const salesforce: Processor = {
  id: "salesforce",
  name: "Salesforce",
  aliases: ["Salesforce Sales Cloud", "Pardot", "Marketing Cloud Account Engagement"],
  categories: ["crm", "chat"],
  entity: {
    name: "Salesforce, Inc.",
    address: { street: "415 Mission St, 3rd Floor", postalCode: "94105", city: "San Francisco", region: "CA", country: "US" },
    email: "privacy@salesforce.com",
    url: "https://www.salesforce.com",
  },
  role: "processor",
  urls: {
    website: "https://www.salesforce.com",
    privacyPolicy: "https://www.salesforce.com/company/privacy/",
  },
  description: {
    en: "Salesforce is a large US cloud CRM in which companies keep their customer and prospect records, sales opportunities and support cases, with optional web tracking and chat.",
    de: "Salesforce ist ein großes US-amerikanisches Cloud-CRM, in dem Unternehmen ihre Kunden- und Interessentendaten, Verkaufschancen und Supportfälle führen, wahlweise mit Web-Tracking und Chat.",
  },
  activities: {
    purposes: [
      {
        purpose: "sales",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Managing our relationships with customers, prospects and their contact persons in a central customer database.",
          de: "Unsere Beziehungen zu Kunden, Interessenten und deren Ansprechpersonen in einer zentralen Kundendatenbank zu pflegen.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To link your visits to our website with your contact record, if you allow marketing cookies.",
          de: "Um Ihre Besuche auf unserer Website mit Ihrem Kontaktdatensatz zu verknüpfen, wenn Sie Marketing-Cookies erlauben.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      { category: "user.contact.phone_number", collected: "provided" },
      { category: "user.contact.organization", collected: "provided" },
      {
        category: "user.content.private",
        details: {
          en: "notes on our conversations, enquiries and support cases",
          de: "Notizen zu unseren Gesprächen, Anfragen und Supportfällen",
        },
        collected: "content",
      },
      {
        category: "user.device.cookie_id",
        details: { en: "the visitor ID set by the tracking code", de: "die vom Tracking-Code gesetzte Besucherkennung" },
      },
    ],
    subjects: ["customer", "prospect", "contact_person", "website_visitor"],
  },
  transfers: [
    {
      country: "US",
      mechanism: "A46-2-c",
      note: {
        en: "Salesforce's data processing addendum relies on its Processor Binding Corporate Rules and on the EU standard contractual clauses.",
        de: "Der Auftragsverarbeitungsvertrag von Salesforce stützt sich auf seine verbindlichen internen Datenschutzvorschriften für Auftragsverarbeiter und auf die Standardvertragsklauseln der EU.",
      },
      checked: "2026-11-29",
    },
  ],
  deletion: {
    en: "For data Salesforce holds for itself, you can make deletion and other requests through its form at https://www.salesforce.com/form/other/privacy-request/ or by e-mail to privacy@salesforce.com.",
    de: "Für Daten, die Salesforce für eigene Zwecke speichert, können Sie Löschung und andere Anliegen über das Formular unter https://www.salesforce.com/form/other/privacy-request/ oder per E-Mail an privacy@salesforce.com geltend machen.",
  },
  deviceAccess: [
    {
      name: "visitor_id*",
      technology: "cookie",
      purpose: {
        en: "Recognises a returning visitor for Salesforce's marketing tracking and ties visits to the account.",
        de: "Erkennt wiederkehrende Besucher für das Marketing-Tracking von Salesforce und ordnet Besuche dem Konto zu.",
      },
      duration: "P1Y",
      party: "first",
      ground: "consent",
    },
    {
      name: "pi_opt_in",
      technology: "cookie",
      purpose: {
        en: "Stores whether you agreed to or refused the marketing tracking.",
        de: "Speichert, ob Sie dem Marketing-Tracking zugestimmt oder es abgelehnt haben.",
      },
      duration: "P1Y",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "liveagent_sid",
      technology: "cookie",
      purpose: {
        en: "Keeps your chat with our support staff together while you move between pages.",
        de: "Hält Ihren Chat mit unserem Support zusammen, während Sie zwischen Seiten wechseln.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "BrowserId",
      technology: "cookie",
      domain: "salesforce.com",
      purpose: {
        en: "Identifies the browser for Salesforce's own product statistics.",
        de: "Kennzeichnet den Browser für Salesforces eigene Produktstatistiken.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "CookieConsentPolicy",
      technology: "cookie",
      domain: "salesforce.com",
      purpose: {
        en: "Applies the cookie choices you made on a Salesforce-hosted page.",
        de: "Setzt die Cookie-Auswahl um, die Sie auf einer bei Salesforce gehosteten Seite getroffen haben.",
      },
      duration: "P1Y",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "sfdc-stream",
      technology: "cookie",
      domain: "salesforce.com",
      purpose: {
        en: "Sends your requests to the same Salesforce server during a visit.",
        de: "Leitet Ihre Anfragen während eines Besuchs an denselben Salesforce-Server.",
      },
      duration: "PT3H",
      party: "third",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    { url: "https://www.salesforce.com/company/privacy/", facts: ["entity", "urls", "deletion"] },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/salesforce.json",
      facts: ["entity", "urls", "deletion"],
    },
    { url: "https://www.salesforce.com/my/company/privacy/", facts: ["activities"] },
    { url: "https://www.salesforce.com/privacy/regions/", facts: ["transfers"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access", "activities"],
    },
  ],
  checked: "2026-11-29",
};
