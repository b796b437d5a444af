import type { Processor } from "@policy/core";

/**
 * HubSpot: CRM, marketing and sales software whose tracking code runs on customers' websites.
 *
 * Entity: HubSpot's Jurisdiction Specific Terms (last modified 4 June 2024, as archived by ToS;DR under "Terms of
 * Service") make HubSpot Ireland Limited the contracting entity for customers in most of Europe, with the address
 * HubSpot House, One Sir John Rogerson's Quay, Dublin 2. This replaces the address in our earlier leads (2nd Floor,
 * 30 North Wall Quay, Dublin 1), which no HubSpot page we read states. The same terms name local subsidiaries for some
 * countries (HubSpot Germany GmbH for Germany, Austria, Switzerland and Liechtenstein; HubSpot France S.A.S., HubSpot
 * Spain, S.L., HubSpot Netherlands B.V.), without their own addresses: notices for them go to HubSpot Ireland Limited
 * in Dublin. A customer in one of those countries should name its own contracting entity.
 * Parent: HubSpot, Inc., Two Canal Park, Cambridge, MA 02141, as named as data importer in Annex 1 of HubSpot's data
 * processing agreement (last modified 4 June 2024, archived by ToS;DR under "Privacy Policy") and as on the cover of its
 * 10-K for 2023. Older filings give 25 First Street, 2nd Floor; we follow the newer documents.
 * Transfers: the same data processing agreement says HubSpot, Inc. receives European data in the United States, relies
 * on the Data Privacy Framework for it and falls back on the standard contractual clauses where the framework does not
 * cover the transfer.
 * Role: HubSpot works on the site owner's behalf for the data in the owner's account. A later version of its data
 * processing agreement (read only through a mirror) makes HubSpot a controller of its own for tracking data when
 * "intent data sharing" or enrichment products are switched on; the entry describes the default, processor.
 * Device access: the Open Cookie Database lists HubSpot's tracking cookies under the domain "hubspot.com", but HubSpot's
 * knowledge base says its tracking code sets them in the browser on the customer's own site, so they are first-party.
 */
export const hubspot: Processor = {
  id: "hubspot",
  name: "HubSpot",
  aliases: ["HubSpot CRM", "HubSpot Marketing Hub"],
  categories: ["crm", "analytics", "forms", "chat"],
  entity: {
    name: "HubSpot Ireland Limited",
    address: { street: "HubSpot House, One Sir John Rogerson's Quay", city: "Dublin 2", country: "IE" },
    url: "https://www.hubspot.com",
  },
  parent: {
    name: "HubSpot, Inc.",
    address: { street: "Two Canal Park", postalCode: "02141", city: "Cambridge", region: "MA", country: "US" },
    url: "https://www.hubspot.com",
  },
  role: "processor",
  urls: {
    website: "https://www.hubspot.com",
    privacyPolicy: "https://legal.hubspot.com/privacy-policy",
  },
  description: {
    en: "HubSpot is a US customer-relationship platform: it stores contacts and deals, runs forms, chat and marketing e-mail, and follows visitors across a website with its tracking code.",
    de: "HubSpot ist eine US-Plattform für Kundenbeziehungen: Sie speichert Kontakte und Geschäftsvorgänge, betreibt Formulare, Chat und Marketing-E-Mails und verfolgt Besucher einer Website mit ihrem Tracking-Code.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics",
        legalBasis: "A6-1-a",
        description: {
          en: "To recognise you on later visits and see which of our pages you looked at.",
          de: "Um Sie bei späteren Besuchen wiederzuerkennen und zu sehen, welche unserer Seiten Sie aufgerufen haben.",
        },
      },
      {
        purpose: "sales",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Keeping track of enquiries and of our contacts with customers and prospects in one system.",
          de: "Anfragen und unsere Kontakte zu Kunden und Interessenten in einem System nachzuhalten.",
        },
      },
    ],
    data: [
      {
        category: "user.contact",
        details: {
          en: "what you enter in our forms or chat, such as name and e-mail address",
          de: "was Sie in unsere Formulare oder den Chat eingeben, etwa Name und E-Mail-Adresse",
        },
        collected: "provided",
      },
      {
        category: "user.device.cookie_id",
        details: { en: "the visitor ID in HubSpot's cookies", de: "die Besucherkennung in den Cookies von HubSpot" },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "pages viewed on our website, first and latest visit, number of sessions",
          de: "auf unserer Website aufgerufene Seiten, erster und letzter Besuch, Zahl der Sitzungen",
        },
        collected: "usage",
      },
    ],
    subjects: ["website_visitor", "contact_person", "customer", "prospect"],
  },
  transfers: [
    // HubSpot's data processing agreement (4 June 2024): HubSpot, Inc. receives European data in the US under the Data
    // Privacy Framework; the standard contractual clauses apply where the framework does not cover the transfer.
    {
      country: "US",
      recipient: "HubSpot, Inc.",
      mechanism: "EU-US-DPF",
      note: {
        en: "HubSpot, Inc. relies on the Data Privacy Framework; HubSpot's data processing agreement adds the EU standard contractual clauses where the framework does not cover the transfer. HubSpot has run a data centre in the EU since July 2021; accounts not hosted there are served from the United States.",
        de: "HubSpot, Inc. stützt sich auf das Data Privacy Framework; HubSpots Vertrag zur Auftragsverarbeitung sieht zusätzlich die EU-Standardvertragsklauseln vor, wo das Framework die Übermittlung nicht abdeckt. HubSpot betreibt seit Juli 2021 ein Rechenzentrum in der EU; Konten, die nicht dort liegen, werden aus den USA bedient.",
      },
      checked: "2026-11-29",
    },
  ],
  deletion: {
    en: "The cookie banner that HubSpot provides lets you accept or refuse its tracking cookies, and change your choice later.",
    de: "Über das von HubSpot bereitgestellte Cookie-Banner können Sie die Tracking-Cookies annehmen oder ablehnen und Ihre Wahl später ändern.",
  },
  deviceAccess: [
    {
      name: "__hstc",
      technology: "cookie",
      purpose: {
        en: "Main visitor cookie: holds your visitor ID and the times of your first, last and current visit.",
        de: "Haupt-Cookie für Besucher: enthält Ihre Besucherkennung und die Zeitpunkte Ihres ersten, letzten und aktuellen Besuchs.",
      },
      duration: "P13M",
      party: "first",
      ground: "consent",
    },
    {
      name: "hubspotutk",
      technology: "cookie",
      purpose: {
        en: "Carries your visitor ID into form submissions so that visits and contact record can be joined.",
        de: "Gibt Ihre Besucherkennung beim Absenden eines Formulars mit, damit Besuche und Kontaktdatensatz zusammengeführt werden können.",
      },
      duration: "P13M",
      party: "first",
      ground: "consent",
    },
    {
      name: "__hssc",
      technology: "cookie",
      purpose: {
        en: "Counts the pages viewed in the current session.",
        de: "Zählt die in der laufenden Sitzung aufgerufenen Seiten.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "__hssrc",
      technology: "cookie",
      purpose: {
        en: "Tells HubSpot whether you have restarted your browser since the last visit.",
        de: "Zeigt HubSpot an, ob Sie Ihren Browser seit dem letzten Besuch neu gestartet haben.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
    {
      name: "messagesUtk",
      technology: "cookie",
      purpose: {
        en: "Recognises you in the chat, even before you become a contact.",
        de: "Erkennt Sie im Chat wieder, auch bevor Sie als Kontakt erfasst sind.",
      },
      duration: "P13M",
      party: "first",
      ground: "consent",
    },
    {
      name: "hs-messages-is-open",
      technology: "cookie",
      purpose: {
        en: "Keeps the chat window open or closed as you left it.",
        de: "Hält das Chatfenster offen oder geschlossen, wie Sie es verlassen haben.",
      },
      duration: "PT30M",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "__hs_opt_out",
      technology: "cookie",
      purpose: {
        en: "Stores that you refused cookies, so the banner does not ask again.",
        de: "Speichert, dass Sie Cookies abgelehnt haben, damit das Banner nicht erneut fragt.",
      },
      duration: "P13M",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "__hs_cookie_cat_pref",
      technology: "cookie",
      purpose: {
        en: "Stores which cookie categories you agreed to.",
        de: "Speichert, welchen Cookie-Kategorien Sie zugestimmt haben.",
      },
      duration: "P6M",
      party: "first",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    // HubSpot's Jurisdiction Specific Terms, last modified 4 June 2024, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/0586ed17a671367724ff8528e535fc5537e3655a/Hubspot/Terms%20of%20Service.md",
      facts: ["entity", "parent"],
    },
    // HubSpot's data processing agreement, last modified 4 June 2024, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/6781a53dd463acedeef9106d14fdde27f8b13d08/Hubspot/Privacy%20Policy.md",
      facts: ["parent", "transfers"],
    },
    { url: "https://ir.hubspot.com/node/12476/html", facts: ["parent"] },
    { url: "https://product.hubspot.com/blog/developing-an-eu-data-center", facts: ["transfers"] },
    { url: "https://knowledge.hubspot.com/privacy-and-consent/consent-banner-faq", facts: ["activities", "deletion", "device-access"] },
    { url: "https://knowledge.hubspot.com/reports/customize-your-cookie-tracking-settings-and-privacy-policy-alert", facts: ["deletion"] },
    {
      url: "https://knowledge.hubspot.com/articles/kcs_article/reports/what-cookies-does-hubspot-set-in-a-visitor-s-browser",
      facts: ["activities", "device-access"],
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access", "urls"],
    },
  ],
  checked: "2026-11-29",
};
