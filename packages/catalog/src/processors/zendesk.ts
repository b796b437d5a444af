import type { Processor } from "@policy/core";

/**
 * Zendesk: help desk, ticketing and the chat/web widget for websites.
 *
 * Entity: the EU entity and address from the datenanfragen record, which names Zendesk's own privacy page as its source.
 * Parent and transfers: Zendesk's privacy notice (effective 20 February 2024, as archived by ToS;DR) gives Zendesk, Inc.,
 * 989 Market Street, San Francisco, CA 94103 as its contact and data protection officer address, says that Zendesk, Inc.
 * complies with and has certified to the EU-U.S. Data Privacy Framework, and names the standard contractual clauses and
 * Zendesk's approved Binding Corporate Rules among the mechanisms for transfers within the group and to third parties.
 * That notice covers the data Zendesk controls itself (visitors of its own sites, business contacts); it links to, but
 * does not contain, the data processing agreement for service data, which we could not read. Zendesk's regional data
 * hosting policy says service data is hosted in the EEA or the US. We list the US transfer under the Data Privacy
 * Framework, the mechanism the notice names for Zendesk, Inc.; check Zendesk's data processing agreement for service data.
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
  parent: {
    name: "Zendesk, Inc.",
    address: { street: "989 Market Street", postalCode: "94103", city: "San Francisco", region: "CA", country: "US" },
    email: "privacy@zendesk.com",
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
  transfers: [
    // Zendesk's privacy notice (20 February 2024): Zendesk, Inc. is certified under the Data Privacy Framework; the
    // notice also names the standard contractual clauses and Zendesk's Binding Corporate Rules.
    {
      country: "US",
      recipient: "Zendesk, Inc.",
      mechanism: "EU-US-DPF",
      note: {
        en: "Zendesk, Inc. is certified under the Data Privacy Framework. Zendesk also names the EU standard contractual clauses and its approved Binding Corporate Rules among its transfer mechanisms. Zendesk hosts service data in the EEA or in the United States, depending on the hosting region.",
        de: "Zendesk, Inc. ist nach dem Data Privacy Framework zertifiziert. Als weitere Übermittlungsmechanismen nennt Zendesk die EU-Standardvertragsklauseln und seine genehmigten verbindlichen internen Datenschutzvorschriften (Binding Corporate Rules). Zendesk speichert die Daten je nach Hosting-Region im EWR oder in den USA.",
      },
      checked: "2026-11-29",
    },
  ],
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
    // Zendesk's privacy notice, effective 20 February 2024, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/1f0802ec07067d16bc0dcf6478032bfcfd9b3115/Zendesk/Privacy%20Policy.md",
      facts: ["parent", "transfers"],
    },
    { url: "https://support.zendesk.com/hc/en-us/articles/360022185194-Regional-Data-Hosting-Policy", facts: ["activities", "transfers"] },
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
