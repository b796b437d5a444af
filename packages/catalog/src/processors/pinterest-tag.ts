import type { Processor } from "@policy/core";

/**
 * Pinterest Tag (conversion tag) and the Save button / Pinterest widgets.
 *
 * Address: Pinterest's privacy policy names Pinterest Europe Ltd. and Pinterest, Inc. as joint
 * controllers for EEA users. An older version (read in Italian) and the datenanfragen record give
 * Pinterest Europe Ltd.'s registered office as Palmerston House, 2nd Floor, Fenian Street, Dublin 2;
 * the version effective 30 April 2025 (archived copy in Open Terms Archive) gives Waterloo Exchange,
 * 3rd Floor, Waterloo Road, Dublin 4, as does one variant of Pinterest's advertising services
 * agreement on business.pinterest.com. We follow the newer privacy policy, the page that speaks to
 * the people whose data is processed.
 *
 * Role: joint controllers for the collection on the website (CJEU C-40/17 Fashion ID logic).
 */
export const pinterestTag: Processor = {
  id: "pinterest-tag",
  name: "Pinterest Tag",
  aliases: ["Pinterest Pixel", "Pinterest Save button"],
  categories: ["social-media", "advertising"],
  entity: {
    name: "Pinterest Europe Ltd.",
    address: { street: "Waterloo Exchange, 3rd Floor, Waterloo Road", city: "Dublin 4", country: "IE" },
    email: "privacy-support@pinterest.com",
    url: "https://www.pinterest.com/",
  },
  parent: {
    name: "Pinterest, Inc.",
    address: { street: "651 Brannan St.", postalCode: "94107", city: "San Francisco", region: "CA", country: "US" },
  },
  role: "joint-controller",
  urls: {
    website: "https://www.pinterest.com/",
    privacyPolicy: "https://policy.pinterest.com/en/privacy-policy",
  },
  description: {
    en: "The Pinterest Tag and Save button tell Pinterest which pages were visited and which purchases followed an ad, for ad reporting and personalised Pins.",
    de: "Das Pinterest-Tag und der Merken-Button teilen Pinterest mit, welche Seiten besucht wurden und welche Käufe auf eine Anzeige folgten, für Werbeauswertungen und personalisierte Pins.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "Counting how many purchases on our website followed our ads on Pinterest.",
          de: "Zählen, wie viele Käufe auf unserer Website auf unsere Anzeigen bei Pinterest folgten.",
        },
      },
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "Letting Pinterest use visits to our website to personalise Pins and ads for the visitor.",
          de: "Pinterest erlauben, Besuche auf unserer Website zu nutzen, um Pins und Anzeigen für die Besucher zu personalisieren.",
        },
      },
    ],
    data: [
      {
        category: "user.device.cookie_id",
        details: {
          en: "the Pinterest cookie in your browser",
          de: "das Pinterest-Cookie in Ihrem Browser",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "visits to pages with the Save button or a Pinterest widget",
          de: "Besuche auf Seiten mit dem Merken-Button oder einem Pinterest-Widget",
        },
      },
      {
        category: "user.behavior.purchase_history",
        details: {
          en: "purchases made after a Pinterest ad, and a transaction number if the website passes one",
          de: "Käufe nach einer Pinterest-Anzeige und eine Transaktionsnummer, falls die Website sie übergibt",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [
    // Pinterest's privacy policy (effective 30 April 2025, archived in Open Terms Archive) says that for data of EEA,
    // Swiss and UK residents going to the US Pinterest relies on its certification under the EU-US Data Privacy
    // Framework, and that it uses standard contractual clauses for other recipients in countries without an adequacy decision.
    {
      country: "US",
      recipient: "Pinterest, Inc.",
      mechanism: "EU-US-DPF",
      note: {
        en: "Pinterest, Inc. in the US is joint controller with Pinterest Europe Ltd. for users in the EEA and is certified under the EU-US Data Privacy Framework; for other recipients in countries without an adequacy decision Pinterest uses the EU standard contractual clauses.",
        de: "Pinterest, Inc. in den USA ist gemeinsam mit Pinterest Europe Ltd. für Nutzer im EWR verantwortlich und nach dem EU-US-Datenschutzrahmen zertifiziert; für andere Empfänger in Ländern ohne Angemessenheitsbeschluss nutzt Pinterest die Standardvertragsklauseln der EU.",
      },
      checked: "2026-11-29",
    },
  ],
  retention: {
    duration: "P30D",
    criteria: {
      en: "Pinterest says it deletes the record of visits to sites with the Save button or Pinterest widgets after 30 days.",
      de: "Pinterest gibt an, die Aufzeichnung von Besuchen auf Seiten mit dem Merken-Button oder Pinterest-Widgets nach 30 Tagen zu löschen.",
    },
  },
  deletion: {
    en: "Logged-in Pinterest users can turn off the use of sites they visit in their privacy and data settings; Pinterest then no longer uses those visits to personalise their Pins and ads.",
    de: "Angemeldete Nutzer von Pinterest können in ihren Datenschutz- und Dateneinstellungen die Nutzung besuchter Websites abschalten; Pinterest verwendet diese Besuche dann nicht mehr, um Pins und Anzeigen zu personalisieren.",
  },
  deviceAccess: [
    {
      name: "_pinterest_ct",
      technology: "cookie",
      purpose: {
        en: "Holds a user ID and a timestamp for linking conversions to Pinterest ads.",
        de: "Enthält eine Nutzerkennung und einen Zeitstempel, um Conversions Pinterest-Anzeigen zuzuordnen.",
      },
      duration: "P1Y",
      party: "first",
      ground: "consent",
    },
    {
      name: "_pinterest_ct_rt",
      technology: "cookie",
      purpose: {
        en: "A second conversion cookie with a user ID and the time it was created.",
        de: "Ein weiteres Conversion-Cookie mit Nutzerkennung und Erstellungszeit.",
      },
      duration: "P1Y",
      party: "first",
      ground: "consent",
    },
    {
      name: "_epik",
      technology: "cookie",
      domain: "pinterest.com",
      purpose: {
        en: "Set from information Pinterest sends with ad traffic, to recognise the visitor.",
        de: "Wird aus Angaben gesetzt, die Pinterest mit Anzeigen-Traffic mitschickt, um den Besuch wiederzuerkennen.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "_derived_epik",
      technology: "cookie",
      domain: "pinterest.com",
      purpose: {
        en: "Set by the tag when a visitor is matched without cookies, for example through enhanced match.",
        de: "Wird vom Tag gesetzt, wenn ein Besuch ohne Cookies zugeordnet wird, etwa über den erweiterten Abgleich.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "_pin_unauth",
      technology: "cookie",
      domain: "pinterest.com",
      purpose: {
        en: "Gives visitors who are not logged in a unique ID for targeted ads.",
        de: "Gibt nicht angemeldeten Besuchern eine eindeutige Kennung für gezielte Werbung.",
      },
      duration: "P1D",
      party: "third",
      ground: "consent",
    },
    {
      name: "_pinterest_sess",
      technology: "cookie",
      domain: "pinterest.com",
      purpose: {
        en: "Session cookie of Pinterest that records data about the visit.",
        de: "Sitzungs-Cookie von Pinterest, das Angaben zum Besuch festhält.",
      },
      duration: "session",
      party: "third",
      ground: "consent",
    },
    {
      name: "_pinterest_ct_ua",
      technology: "cookie",
      domain: "pinterest.com",
      purpose: {
        en: "Groups actions of visitors whom Pinterest cannot identify.",
        de: "Fasst Aktionen von Besuchern zusammen, die Pinterest nicht identifizieren kann.",
      },
      duration: "session",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    {
      url: "https://github.com/OpenTermsArchive/pga-versions/blob/0aa5a590a7abb52a54aebe018125cdb52a7a526f/Pinterest/Privacy%20Policy.md",
      facts: ["entity", "parent", "transfers"],
    },
    { url: "https://policy.pinterest.com/it/privacy-policy", facts: ["parent"] },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/pinterest.json",
      facts: ["entity", "urls"],
    },
    { url: "https://help.pinterest.com/en/article/ads-performance-reporting-on-pinterest", facts: ["activities"] },
    { url: "https://help.pinterest.com/en-gb/article/personalization-and-data", facts: ["activities", "retention", "deletion"] },
    { url: "https://help.pinterest.com/en-gb/article/your-privacy-and-data-settings", facts: ["deletion"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
