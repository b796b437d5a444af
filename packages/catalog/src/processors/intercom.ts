import type { Processor } from "@policy/core";

/**
 * Intercom: chat messenger, help desk and customer messaging.
 *
 * Read: Intercom's Terms of Service, effective 15 November 2023, as archived by ToS;DR (the customer contracts with
 * Intercom, Inc., 55 2nd Street, 4th Fl., San Francisco, if its shipping address is in the United States, otherwise
 * with Intercom R&D Unlimited Company, 124 St Stephen's Green, Dublin 2, "DC02 C628"; the same archived page lists
 * Intercom's legal documents, among them a Data Processing Addendum and a "Data Privacy Framework Notice");
 * Intercom's privacy policy (stored copy, opening part: the same Irish and US companies); the subprocessors list
 * (stored copy: hosting by Amazon Web Services, Inc. and other sub-processors in the USA by default, EU hosting in
 * Dublin for customers who chose it); the Product Privacy Notice and the help article on Messenger cookies; the help
 * articles on GDPR compliance and on tracking and storing data; the EU Data Act Addendum (legal@intercom.com).
 *
 * Re-checked 2026-12-06:
 * - Entity: no change; Intercom R&D Unlimited Company is the contracting entity for customers outside the US (terms of
 *   15 November 2023). The terms and the privacy policy print the Eircode "DC02 C628", not a valid Eircode (apparently
 *   D02 C628); rather than copy or correct it, the postal code is left out.
 * - Parent: no change (Intercom, Inc., 55 2nd Street, 4th Fl., San Francisco, per the terms and the privacy policy).
 * - Role: processor, no change.
 * - Transfers: the US transfer is confirmed as such (US hosting by default, subprocessors list), recipient widened to
 *   Intercom, Inc. and its US sub-processors. Its mechanism is still not confirmed: Intercom's DPA was not readable
 *   here (only the page frame of a stored copy), nor the transfer section of its privacy policy. The mechanism stays
 *   as a placeholder and is marked unconfirmed, so it is not printed as the ground.
 * - Device access: no change (first-party Messenger cookies, 9 months, 1 week, 9 months, per Intercom's help article
 *   and Product Privacy Notice). Retention: no change (visitors not seen for 9 months are deleted).
 */
export const intercom: Processor = {
  id: "intercom",
  name: "Intercom",
  aliases: ["Intercom Messenger"],
  categories: ["chat", "support"],
  entity: {
    name: "Intercom R&D Unlimited Company",
    address: { street: "124 St Stephen's Green", city: "Dublin 2", country: "IE" },
    email: "legal@intercom.com",
    url: "https://www.intercom.com/",
  },
  parent: {
    name: "Intercom, Inc.",
    address: { street: "55 2nd Street, 4th Fl.", postalCode: "94105", city: "San Francisco", region: "CA", country: "US" },
    url: "https://www.intercom.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.intercom.com/",
    privacyPolicy: "https://www.intercom.com/legal/privacy",
  },
  description: {
    en: "Intercom adds a messenger window to a website through which visitors can chat with the site's team or a bot and open support requests.",
    de: "Intercom blendet auf einer Website ein Messenger-Fenster ein, über das Besucher mit dem Team der Seite oder einem Bot chatten und Supportanfragen stellen können.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.operations.support",
        legalBasis: "A6-1-a",
        description: {
          en: "To answer your questions in the chat window and keep track of the conversation.",
          de: "Um Ihre Fragen im Chatfenster zu beantworten und den Verlauf des Gesprächs festzuhalten.",
        },
      },
    ],
    data: [
      // What you provide
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      { category: "user.contact.phone_number", collected: "provided" },
      // What is collected automatically
      {
        category: "user.device.cookie_id",
        details: {
          en: "an anonymous visitor ID and a device ID stored in cookies",
          de: "eine anonyme Besucherkennung und eine Gerätekennung in Cookies",
        },
      },
      {
        category: "user.location.imprecise",
        details: { en: "city and country, worked out from the IP address", de: "Stadt und Land, aus der IP-Adresse ermittelt" },
      },
      {
        category: "user.telemetry",
        details: {
          en: "operating system, browser version and browser language",
          de: "Betriebssystem, Browserversion und Sprache des Browsers",
        },
      },
      // How you use the site
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "when you first and last visited, how many visits, the pages you viewed recently",
          de: "wann Sie die Seite zuerst und zuletzt besucht haben, wie oft, welche Seiten Sie zuletzt angesehen haben",
        },
      },
      // Content
      {
        category: "user.content.private",
        details: { en: "your messages and conversations", de: "Ihre Nachrichten und Unterhaltungen" },
      },
    ],
    subjects: ["website_visitor", "contact_person", "user"],
  },
  domains: [
    "app.intercom.io",
    "widget.intercom.io",
    "js.intercomcdn.com",
    "via.intercom.io",
    "api.intercom.io",
    "api.au.intercom.io",
    "api.eu.intercom.io",
    "api-iam.intercom.io",
    "api-iam.eu.intercom.io",
    "api-iam.au.intercom.io",
    "api-ping.intercom.io",
    "nexus-websocket-a.intercom.io",
    "nexus-websocket-b.intercom.io",
    "nexus-europe-websocket.intercom.io",
    "nexus-australia-websocket.intercom.io",
  ],
  transfers: [
    // The mechanism is a placeholder, listed in `unconfirmed` below; it carries no checked date.
    {
      country: "US",
      recipient: {
        en: "Intercom, Inc. and Intercom's US sub-processors, such as Amazon Web Services, Inc. for hosting",
        de: "Intercom, Inc. und die US-Unterauftragsverarbeiter von Intercom, etwa Amazon Web Services, Inc. für das Hosting",
      },
      mechanism: "A46-2-c",
      note: {
        en: "Intercom stores customer data in the United States unless the website operator has chosen hosting in the EU (Dublin).",
        de: "Intercom speichert die Daten in den USA, sofern der Websitebetreiber nicht das Hosting in der EU (Dublin) gewählt hat.",
      },
    },
  ],
  retention: {
    criteria: {
      en: "Records of visitors who have not come back for 9 months are deleted together with their history; other data stays until the website operator deletes it.",
      de: "Datensätze von Besuchern, die 9 Monate lang nicht wiedergekommen sind, werden samt Verlauf gelöscht; andere Daten bleiben, bis der Websitebetreiber sie löscht.",
    },
  },
  deletion: {
    en: "Ask us: in Intercom we can delete everything stored about you for good, your conversations included.",
    de: "Wenden Sie sich an uns: Wir können in Intercom alles, was über Sie gespeichert ist, endgültig löschen, auch Ihre Unterhaltungen.",
  },
  deviceAccess: [
    {
      name: "intercom-id-*",
      technology: "cookie",
      purpose: {
        en: "Recognises a visitor who has not signed in, so that earlier chats can be shown again.",
        de: "Erkennt einen nicht angemeldeten Besucher wieder, damit frühere Chats wieder angezeigt werden können.",
      },
      duration: "P9M",
      party: "first",
      ground: "consent",
    },
    {
      name: "intercom-session-*",
      technology: "cookie",
      purpose: {
        en: "Keeps the messenger session open across pages and visits for up to a week.",
        de: "Hält die Sitzung im Messenger über Seitenwechsel und Besuche hinweg bis zu einer Woche offen.",
      },
      duration: "P1W",
      party: "first",
      ground: "consent",
    },
    {
      name: "intercom-device-id-*",
      technology: "cookie",
      purpose: {
        en: "Identifies the device using the messenger, to count devices and stop abuse.",
        de: "Kennzeichnet das Gerät, das den Messenger nutzt, um Geräte zu zählen und Missbrauch zu verhindern.",
      },
      duration: "P9M",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    { url: "https://www.intercom.com/help/en/articles/3894-using-intercom-with-content-security-policy", facts: ["domains"], checked: "2026-12-06" },
    // Intercom Terms of Service, effective 15 November 2023, with the index of Intercom's legal documents, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/98fe7e2641db64c08487084434b3bb809694bcf2/Intercom/Legal%20Information.md",
      facts: ["entity", "parent", "role", "urls"],
      checked: "2026-12-06",
      updated: "2023-11-15",
    },
    { url: "https://intercom.com/es/legal/privacy", facts: ["entity", "parent", "urls"], checked: "2026-12-06" },
    { url: "https://intercom.com/legal/subprocessors-list", facts: ["role", "transfers"], checked: "2026-12-06" },
    { url: "https://preferences.intercom.com/legal/product-privacy-notice", facts: ["activities", "device-access"], checked: "2026-12-06" },
    {
      url: "https://intercom.com/help/en/articles/1722980-how-intercom-tracks-and-stores-data",
      facts: ["activities", "retention"],
      checked: "2026-12-06",
    },
    { url: "https://intercom.com/help/en/articles/1385437-how-intercom-complies-with-gdpr", facts: ["retention"], checked: "2026-12-06" },
    {
      url: "https://www.intercom.com/help/en/articles/1815435-how-do-i-delete-users-and-leads-in-intercom",
      facts: ["deletion"],
      checked: "2026-12-06",
    },
    { url: "https://intercom.com/help/en/articles/2361922-intercom-messenger-cookies", facts: ["device-access"], checked: "2026-12-06" },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers[0].mechanism",
      note: "Intercom's Data Processing Addendum (https://www.intercom.com/legal/data-processing-agreement) was not readable here, nor the transfer section of its privacy policy. Intercom's legal index lists a \"Data Privacy Framework Notice\", and a 2026 third-party review reports the DPF as primary ground with SCCs as fallback; confirm against the DPA and the DPF List before stating a ground.",
    },
  ],
  disagreements: [],
};
