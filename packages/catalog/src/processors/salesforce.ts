import type { Processor } from "@policy/core";

/**
 * Salesforce: cloud CRM (Sales Cloud, Service Cloud, Marketing Cloud Account Engagement, Experience Cloud sites).
 *
 * Read: Salesforce's privacy page with the full Privacy Statement (effective as of 24 July 2023), as archived by
 * ToS;DR: Salesforce, Inc. and its affiliates are controllers for what the statement covers, which excludes data
 * Salesforce processes as a processor for its customers; contact: Salesforce Data Protection Officer, 415 Mission St.,
 * 3rd Floor, San Francisco, CA 94105, privacy@salesforce.com and a request form; the page links Salesforce's data
 * processing addendum, its EU and UK Processor Binding Corporate Rules and a "Notice of Data Privacy Framework
 * Certification". Salesforce's regional privacy page (https://www.salesforce.com/privacy/regions/): for transfers to
 * non-adequate countries the data processing addendum incorporates the Processor Binding Corporate Rules and the
 * standard contractual clauses. Salesforce's website terms (last updated 31 March 2023) are with Salesforce, Inc.
 * Cookies: the Open Cookie Database; no Salesforce cookie document was stored for us to read.
 *
 * Re-checked 2026-12-06:
 * - Entity and address: no change; Salesforce, Inc., 415 Mission St, 3rd Floor, now confirmed by Salesforce's own
 *   privacy statement instead of the datenanfragen record. Not read: the Main Services Agreement's section on who the
 *   customer contracts with, which may name a European Salesforce company for customers in Europe; a customer should
 *   check its order form. `entity` is therefore marked unconfirmed.
 * - Role: processor, no change (the privacy statement excludes processing for customers, which the DPA governs).
 * - Transfers: recipient named (Salesforce, Inc.); mechanism unchanged (standard contractual clauses, with the
 *   Processor Binding Corporate Rules in the DPA). Salesforce also publishes a Data Privacy Framework notice; the DPA's
 *   own text was not readable, so the framework is mentioned but not used as the ground.
 * - Device access: no change (Open Cookie Database values). Deletion: no change (form and e-mail per the privacy
 *   statement). Retention: none stated.
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
    url: "https://www.salesforce.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.salesforce.com/",
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
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Salesforce, Inc.",
      mechanism: "A46-2-c",
      note: {
        en: "Salesforce's data processing addendum relies on its Processor Binding Corporate Rules and on the EU standard contractual clauses. Salesforce also publishes a notice of its certification under the Data Privacy Framework.",
        de: "Der Auftragsverarbeitungsvertrag von Salesforce stützt sich auf seine verbindlichen internen Datenschutzvorschriften für Auftragsverarbeiter und auf die Standardvertragsklauseln der EU. Salesforce veröffentlicht außerdem einen Hinweis auf seine Zertifizierung nach dem EU-US-Datenschutzrahmen.",
      },
      checked: "2026-12-06",
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
    // Salesforce's privacy page and full Privacy Statement (effective 24 July 2023), as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/18654ee05d9532688661a6f5879b34c41e96ead8/Salesforce/Privacy%20Policy.md",
      facts: ["entity", "role", "urls", "deletion", "transfers"],
      checked: "2026-12-06",
      updated: "2023-07-24",
    },
    { url: "https://www.salesforce.com/company/privacy/", facts: ["urls", "deletion"], checked: "2026-12-06" },
    { url: "https://www.salesforce.com/privacy/regions/", facts: ["transfers"], checked: "2026-12-06" },
    { url: "https://www.salesforce.com/my/company/privacy/", facts: ["activities"], checked: "2026-12-06" },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access", "activities"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity",
      note: "Salesforce's privacy statement and website terms name Salesforce, Inc.; the Main Services Agreement's section on who the customer contracts with, which may name a European Salesforce company, could not be read.",
    },
  ],
  disagreements: [],
};
