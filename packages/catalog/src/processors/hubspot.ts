import type { Processor } from "@policy/core";

/**
 * HubSpot: CRM, marketing and sales software whose tracking code runs on customers' websites.
 *
 * Entity: leads name HubSpot Ireland Limited (2nd Floor, 30 North Wall Quay, Dublin 1) as the EU entity, but no
 * HubSpot page or register we could read states it, so it is left out. We name HubSpot, Inc. with the address on the
 * cover of its 10-K for 2023, published on ir.hubspot.com: Two Canal Park, Cambridge. Our stored copy of that page shows
 * only its data header; the cover text was read in the text of the same filing. Older filings and the research notes
 * give 25 First Street, 2nd Floor; we follow the newest filing.
 * Role: HubSpot works on the site owner's behalf for the data in the owner's account. Its data processing agreement
 * (read only through a mirror) makes HubSpot a controller of its own for tracking data when "intent data sharing" or
 * enrichment products are switched on; the entry describes the default, processor.
 * Device access: the Open Cookie Database lists HubSpot's tracking cookies under the domain "hubspot.com", but HubSpot's
 * knowledge base says its tracking code sets them in the browser on the customer's own site, so they are first-party.
 */
export const hubspot: Processor = {
  id: "hubspot",
  name: "HubSpot",
  aliases: ["HubSpot CRM", "HubSpot Marketing Hub"],
  categories: ["crm", "analytics", "forms", "chat"],
  entity: {
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
    // UNSOURCED: no HubSpot page or register we could read names the mechanism. HubSpot's data processing agreement,
    // read only through a mirror, refers to the full text of the standard contractual clauses; a lead says HubSpot is
    // certified under the Data Privacy Framework, which we could not check on dataprivacyframework.gov.
    {
      country: "US",
      mechanism: "A46-2-c",
      note: {
        en: "HubSpot has run a data centre in the EU since July 2021; accounts not hosted there are served from the United States.",
        de: "HubSpot betreibt seit Juli 2021 ein Rechenzentrum in der EU; Konten, die nicht dort liegen, werden aus den USA bedient.",
      },
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
    { url: "https://ir.hubspot.com/node/12476/html", facts: ["entity"] },
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
