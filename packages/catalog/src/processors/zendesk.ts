import type { Processor } from "@policy/core";

/**
 * Zendesk: help desk, ticketing and the chat/web widget for websites.
 *
 * Read (2026-12-06):
 * - Zendesk Privacy Notice, "Effective Date: 20 February 2024", as archived by ToS;DR (commit eab1542, the newest we could
 *   read). It covers only data Zendesk controls; for service data "Zendesk is a Processor, not a Controller". Contact and
 *   data protection officer: Zendesk, Inc., Attn: Privacy Team and DPO, 989 Market Street, San Francisco, CA 94103,
 *   euprivacy@zendesk.com, privacy@zendesk.com. Transfers within the group or to third parties outside the EEA rest on
 *   the EU standard contractual clauses, approved Binding Corporate Rules or other valid mechanisms; Zendesk, Inc.,
 *   FutureSimple Inc. and Smooch Technologies US Inc. comply with the EU-US Data Privacy Framework, the UK Extension and
 *   the Swiss-US DPF. Its list of affiliates includes Zendesk International Limited, without an address. The notice links
 *   the data processing agreement (zendesk.com/company/data-processing-form), which is a sign-up form we could not read.
 * - Zendesk help article "Enabling cookie consent for the Chat widget": __zlcmid (visitor ID) and __zlcprivacy (the
 *   visitor's cookie-law decision) are set on the customer's website (top host), for 365 days.
 * - Zendesk's Regional Data Hosting Policy (support.zendesk.com, article 4408883599130): Zendesk commits to a hosting
 *   region (US, EEA, Japan, Australia) only for customers entitled to its Data Center Location add-on who have chosen a
 *   region; otherwise it "makes no commitments on the Hosting location".
 * - Open Cookie Database: zte2095 on .zendesk.com, session; it also lists __zlcmid and __zlcprivacy on .zendesk.com.
 * - datenanfragen record for Zendesk International Ltd. (55 Charlemont Place, Dublin): a lead, not a source.
 *
 * Re-checked 2026-12-06:
 * - Entity: no change; the address is now marked unconfirmed (only the datenanfragen record gives it; Zendesk's own
 *   pages we read name Zendesk International Limited but no address, and do not say which Zendesk company contracts
 *   with EU customers).
 * - Parent, address, e-mail addresses: no change; confirmed by the privacy notice.
 * - Role: processor, now sourced (the notice).
 * - Transfers: mechanism unchanged (EU-US-DPF for Zendesk, Inc.); certification added (EU-US, UK Extension, Swiss-US, per
 *   Zendesk's own notice; no stored copy of the DPF List entry was found).
 * - Cookies: __zlcmid and __zlcprivacy now last 365 days (P365D), as Zendesk writes (was P1Y); first party kept; the Open
 *   Cookie Database's .zendesk.com domain recorded as a disagreement. zte2095 unchanged (Open Cookie Database only).
 * - Transfer note: no longer says service data is hosted "in the EEA or the US depending on the hosting region"; Zendesk
 *   commits to a region only with its data center location option.
 * - URLs: the DPA link is now the zendesk.com address the notice links (was the zendesk.co.uk copy).
 * - Deletion: no change, now sourced (the notice: Zendesk is the subscriber's processor).
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
    url: "https://www.zendesk.com/",
  },
  parent: {
    name: "Zendesk, Inc.",
    address: { street: "989 Market Street", postalCode: "94103", city: "San Francisco", region: "CA", country: "US" },
    email: "privacy@zendesk.com",
    url: "https://www.zendesk.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.zendesk.com/",
    privacyPolicy: "https://www.zendesk.com/company/agreements-and-terms/privacy-notice/",
    dpa: "https://www.zendesk.com/company/data-processing-form/",
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
        details: {
          en: "a visitor ID stored in a cookie by the chat widget",
          de: "eine Besucherkennung, die das Chat-Widget in einem Cookie speichert",
        },
      },
      // Content
      {
        category: "user.content.private",
        details: { en: "your tickets, chat messages and attachments", de: "Ihre Tickets, Chatnachrichten und Anhänge" },
      },
    ],
    subjects: ["website_visitor", "contact_person", "customer"],
  },
  domains: ["static.zdassets.com", "*.zdassets.com", "*.zendesk.com", "*.smooch.io", "*.zdusercontent.com", "*.zopim.com", "v2assets.zopim.io"],
  transfers: [
    // Zendesk's privacy notice (20 February 2024): Zendesk, Inc. participates in the Data Privacy Framework; the
    // notice also names the standard contractual clauses and Zendesk's Binding Corporate Rules.
    {
      country: "US",
      recipient: "Zendesk, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: "https://github.com/tosdr/tosdr-versions/blob/eab15420317b487e96f3023698ddc94deca2a16c/Zendesk/Privacy%20Policy.md",
        checked: "2026-12-06",
      },
      note: {
        en: "Zendesk, Inc. participates in the EU-US Data Privacy Framework, its UK Extension and the Swiss-US framework. Zendesk also names the EU standard contractual clauses and its approved Binding Corporate Rules among its transfer mechanisms. Zendesk commits to a hosting region (such as the EEA) only for customers who have its data center location option and have chosen a region.",
        de: "Zendesk, Inc. nimmt am EU-US-Datenschutzrahmen, an dessen Erweiterung für das Vereinigte Königreich und am Schweiz-US-Rahmen teil. Als weitere Übermittlungsmechanismen nennt Zendesk die EU-Standardvertragsklauseln und seine genehmigten verbindlichen internen Datenschutzvorschriften. Auf eine Hosting-Region (etwa den EWR) legt sich Zendesk nur für Kunden fest, die die Option zum Rechenzentrumsstandort haben und eine Region gewählt haben.",
      },
      checked: "2026-12-06",
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
      duration: "P365D",
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
      duration: "P365D",
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
    { url: "https://developer.zendesk.com/documentation/zendesk-web-widget-sdks/sdks/web/csp", facts: ["domains"], checked: "2026-12-06" },
    {
      url: "https://developer.zendesk.com/documentation/classic-sdks/web-widget/integrating-with-google/csp/",
      facts: ["domains"],
      checked: "2026-12-06",
    },
    // A lead for the entity (no Zendesk page we read gives its address): see unconfirmed.
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/zendesk-international-ltd.json",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    // Zendesk's privacy notice, effective 20 February 2024, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/eab15420317b487e96f3023698ddc94deca2a16c/Zendesk/Privacy%20Policy.md",
      facts: ["entity", "parent", "role", "urls", "transfers", "deletion"],
      checked: "2026-12-06",
      updated: "2024-02-20",
    },
    { url: "https://support.zendesk.com/hc/en-us/articles/4408883599130-Regional-Data-Hosting-Policy", facts: ["transfers"], checked: "2026-12-06" },
    {
      url: "https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget",
      facts: ["activities", "device-access"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "Only the datenanfragen record gives Zendesk International Ltd. this Dublin address; Zendesk's privacy notice lists the company among its affiliates without an address, and the main services agreement's contracting entity for EU customers could not be read (checked 2026-12-06).",
    },
  ],
  disagreements: [
    // The database puts both on .zendesk.com, which would make them third party; Zendesk sets them on the site.
    {
      fact: "deviceAccess[0].party",
      value: "third (domain .zendesk.com)",
      source: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
    },
    {
      fact: "deviceAccess[1].party",
      value: "third (domain .zendesk.com)",
      source: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
    },
  ],
};
