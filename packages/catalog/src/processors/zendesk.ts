import type { Processor } from "@policy/core";

/**
 * Zendesk: help desk, ticketing and the chat/web widget for websites.
 *
 * Entity: the EU entity and address from the datenanfragen record, which names Zendesk's own privacy page as its source.
 * Not stated here for want of a source we could read: Zendesk, Inc. (the US company that signs Zendesk's data
 * processing agreement) as parent with its address, and a transfer to the US. Zendesk's regional data hosting policy
 * says service data is hosted in the EEA or the US, but no Zendesk page we could read names the transfer mechanism
 * (Binding Corporate Rules for Zendesk were found only on third-party mirrors). To be checked against the
 * "Supplemental Information for the EEA" section of Zendesk's privacy notice.
 * Cookies: the Open Cookie Database lists __zlcmid on .zendesk.com; Zendesk's own help page says it is set on the
 * customer's website, so we follow Zendesk's page and mark it first-party.
 */
export const zendesk: Processor = {
  id: "zendesk",
  name: "Zendesk",
  aliases: ["Zendesk Chat", "Zendesk Web Widget", "Zopim"],
  categories: ["support", "chat"],
  entity: {
    name: "Zendesk International Ltd.",
    address: { street: "55 Charlemont Place, Saint Kevin’s", postalCode: "D02 F985", city: "Dublin", country: "IE" },
    email: "euprivacy@zendesk.com",
    url: "https://www.zendesk.com",
  },
  role: "processor",
  urls: {
    website: "https://www.zendesk.com",
    privacyPolicy: "https://www.zendesk.com/company/agreements-and-terms/privacy-notice/",
    dpa: "https://www.zendesk.co.uk/company/data-processing-form",
  },
  description: {
    en: "Zendesk is a help desk: support requests from e-mail, a website widget or live chat end up as tickets that a support team answers.",
    de: "Zendesk ist ein Helpdesk: Anfragen per E-Mail, über ein Website-Widget oder im Live-Chat landen als Tickets bei einem Supportteam, das sie beantwortet.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.operations.support",
        legalBasis: "A6-1-a",
        description: {
          en: "To receive and answer your support requests and chats.",
          de: "Um Ihre Supportanfragen und Chats entgegenzunehmen und zu beantworten.",
        },
      },
    ],
    data: [
      // What you provide
      {
        category: "user.contact",
        details: { en: "your name and e-mail address, if you give them", de: "Ihr Name und Ihre E-Mail-Adresse, wenn Sie sie angeben" },
        collected: "provided",
      },
      // What is collected automatically
      {
        category: "user.device.cookie_id",
        details: { en: "a visitor ID stored in a cookie by the chat widget", de: "eine Besucherkennung, die das Chat-Widget in einem Cookie speichert" },
      },
      // Content
      {
        category: "user.content.private",
        details: { en: "your tickets, chat messages and attachments", de: "Ihre Tickets, Chatnachrichten und Anhänge" },
      },
    ],
    subjects: ["website_visitor", "contact_person", "customer"],
  },
  transfers: [],
  deletion: {
    en: "Zendesk keeps your support requests on our behalf; ask us to delete them.",
    de: "Zendesk speichert Ihre Supportanfragen in unserem Auftrag; bitten Sie uns, sie zu löschen.",
  },
  deviceAccess: [
    {
      name: "__zlcmid",
      technology: "cookie",
      purpose: {
        en: "Holds a visitor ID so the chat widget can recognise you and restore your chat.",
        de: "Enthält eine Besucherkennung, damit das Chat-Widget Sie wiedererkennt und Ihren Chat wiederherstellt.",
      },
      duration: "P1Y",
      party: "first",
      ground: "consent",
    },
    {
      name: "__zlcprivacy",
      technology: "cookie",
      purpose: {
        en: "Remembers whether you agreed to the chat widget's cookies.",
        de: "Merkt sich, ob Sie den Cookies des Chat-Widgets zugestimmt haben.",
      },
      duration: "P1Y",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "zte2095",
      technology: "cookie",
      domain: ".zendesk.com",
      purpose: {
        en: "Notes on which domain or subdomain the chat widget is running.",
        de: "Hält fest, auf welcher Domain oder Subdomain das Chat-Widget läuft.",
      },
      duration: "session",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/zendesk-international-ltd.json",
      facts: ["entity"],
    },
    // The stored copy is the Australian edition of Zendesk's global privacy notice.
    { url: "https://zendesk.com/au/company/agreements-and-terms/privacy-notice/", facts: ["urls", "deletion"] },
    { url: "https://www.zendesk.co.uk/company/data-processing-form", facts: ["urls"] },
    { url: "https://support.zendesk.com/hc/en-us/articles/360022185194-Regional-Data-Hosting-Policy", facts: ["activities"] },
    {
      url: "https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget",
      facts: ["activities", "device-access"],
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
