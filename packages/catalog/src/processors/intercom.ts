import type { Processor } from "@policy/core";

/**
 * Intercom: chat messenger, help desk and customer messaging.
 *
 * Entity address: the datenanfragen record and Intercom's terms of service (effective 2017) give
 * "2nd Floor, Stephen Court, 18-21 St. Stephen's Green, Dublin 2"; Intercom's current privacy policy gives
 * "124 St Stephen's Green, Dublin 2". We follow the privacy policy, Intercom's own and more recent page. It prints the
 * Eircode as "DC02 C628", which is not a valid Eircode (apparently a typo for D02 C628); rather than copy the typo or
 * correct it ourselves, the postal code is left out.
 * Intercom hosts customer data in the United States unless the customer chose EU (Dublin) hosting (subprocessor list).
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
    url: "https://www.intercom.com",
  },
  parent: {
    name: "Intercom, Inc.",
    address: { street: "55 2nd Street, 4th Fl.", postalCode: "94105", city: "San Francisco", region: "CA", country: "US" },
    url: "https://www.intercom.com",
  },
  role: "processor",
  urls: {
    website: "https://www.intercom.com",
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
        details: { en: "an anonymous visitor ID and a device ID stored in cookies", de: "eine anonyme Besucherkennung und eine Gerätekennung in Cookies" },
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
  transfers: [
    // UNSOURCED: none of the Intercom pages we could read names the mechanism for data going to Intercom, Inc. in the
    // US (the data processing addendum exists, but its text was not available to us). Standard contractual clauses
    // are the usual mechanism in such addenda; confirm against Intercom's DPA or the Data Privacy Framework list.
    {
      country: "US",
      recipient: "Intercom, Inc.",
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
    { url: "https://intercom.com/es/legal/privacy", facts: ["entity", "parent"] },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/intercom-com.json",
      facts: ["entity", "urls"],
    },
    { url: "https://intercom.com/legal/subprocessors-list", facts: ["transfers"] },
    { url: "https://preferences.intercom.com/legal/product-privacy-notice", facts: ["activities", "device-access"] },
    { url: "https://intercom.com/help/en/articles/1722980-how-intercom-tracks-and-stores-data", facts: ["activities", "retention"] },
    { url: "https://www.intercom.com/help/en/articles/1815435-how-do-i-delete-users-and-leads-in-intercom", facts: ["deletion"] },
    { url: "https://intercom.com/help/en/articles/2361922-intercom-messenger-cookies", facts: ["device-access"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
