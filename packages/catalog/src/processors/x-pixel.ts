import type { Processor } from "@policy/core";

/**
 * X (formerly Twitter): the conversion pixel and embedded posts.
 *
 * Entity: X's own privacy policy (archived by Open Terms Archive; the copy holds both the version effective
 * 28 July 2025 and the one effective 15 January 2026) names X Internet Unlimited Company, One Cumberland Place,
 * Fenian Street, Dublin 2, D02 AX07, as the controller for people in the EU, the EFTA states and the UK. The
 * datenanfragen record (checked there 2025-03-27) names Twitter International Unlimited Company at the same address;
 * we follow X's newer page and cite the record only for the URLs.
 *
 * Role: joint controllers for the collection on the website (CJEU C-40/17 Fashion ID logic).
 *
 * Parent: X Corp., which the same policy names as the controller for everyone outside the EU, the EFTA states and the
 * UK, with its address in Bastrop, Texas.
 *
 * Transfers: the policy says X takes part in the EU-US Data Privacy Framework and complies with its principles for all
 * personal data it receives from the EU, and that it relies on the standard contractual clauses where applicable.
 */
export const xPixel: Processor = {
  id: "x-pixel",
  name: "X Pixel",
  aliases: ["Twitter Pixel", "X embedded posts", "Twitter embed"],
  categories: ["social-media", "advertising"],
  entity: {
    name: "X Internet Unlimited Company",
    address: { street: "One Cumberland Place, Fenian Street", postalCode: "D02 AX07", city: "Dublin 2", country: "IE" },
    url: "https://twitter.com",
  },
  parent: {
    name: "X Corp.",
    address: { street: "865 FM 1209, Building 2", postalCode: "78602", city: "Bastrop", region: "TX", country: "US" },
  },
  role: "joint-controller",
  urls: {
    website: "https://twitter.com",
    privacyPolicy: "https://twitter.com/en/privacy",
  },
  description: {
    en: "X's conversion pixel and embedded posts from X (formerly Twitter) load code from X that records visits for ad measurement and shows X content on the page.",
    de: "Das Conversion-Pixel von X und eingebettete Beiträge von X (früher Twitter) laden Code von X, der Besuche für die Werbemessung erfasst und Inhalte von X auf der Seite anzeigt.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "Measuring whether our ads on X lead to visits or purchases on our website.",
          de: "Messen, ob unsere Anzeigen auf X zu Besuchen oder Käufen auf unserer Website führen.",
        },
      },
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "Letting X tailor ads and suggestions to people who visited pages with X content or our pixel.",
          de: "X erlauben, Anzeigen und Vorschläge auf Menschen zuzuschneiden, die Seiten mit Inhalten von X oder unserem Pixel besucht haben.",
        },
      },
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "Showing posts from X embedded in our pages.",
          de: "Beiträge von X eingebettet auf unseren Seiten anzeigen.",
        },
      },
    ],
    data: [
      {
        category: "user.device.cookie_id",
        details: {
          en: "X's cookie identifiers, also for visitors who are not logged in",
          de: "Cookie-Kennungen von X, auch bei nicht angemeldeten Besuchern",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "visits to websites that embed X content",
          de: "Besuche auf Websites, die Inhalte von X einbinden",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [
    {
      country: "US",
      mechanism: "EU-US-DPF",
      note: {
        en: "X says it takes part in the EU-US Data Privacy Framework and applies its principles to all personal data it receives from the EU; it also relies on the EU standard contractual clauses where they apply.",
        de: "X gibt an, am EU-US-Datenschutzrahmen teilzunehmen und dessen Grundsätze auf alle personenbezogenen Daten anzuwenden, die es aus der EU erhält; wo sie greifen, stützt es sich außerdem auf die Standardvertragsklauseln der EU.",
      },
      checked: "2026-11-29",
    },
  ],
  retention: {
    criteria: {
      en: "X's help pages say it deletes, obfuscates or aggregates the record of visits to websites with X content after no more than 30 days; its privacy policy keeps interactions with X content on other sites for up to 12 months.",
      de: "Laut den Hilfeseiten von X werden die Aufzeichnungen über Besuche auf Websites mit Inhalten von X spätestens nach 30 Tagen gelöscht, verschleiert oder zusammengefasst; laut seiner Datenschutzerklärung bewahrt X Interaktionen mit seinen Inhalten auf anderen Websites bis zu 12 Monate auf.",
    },
  },
  deletion: {
    en: "In X's personalisation and data settings, turn off the use of the places where you see X content across the web; when logged out, the choice applies to that browser.",
    de: "Schalten Sie in den Einstellungen von X zu Personalisierung und Daten die Nutzung der Orte ab, an denen Sie Inhalte von X im Web sehen; ohne Anmeldung gilt die Wahl für den jeweiligen Browser.",
  },
  deviceAccess: [
    {
      name: "guest_id",
      technology: "cookie",
      domain: "twitter.com",
      purpose: {
        en: "Identifies a visitor to X, including for ad preferences.",
        de: "Kennzeichnet einen Besucher gegenüber X, auch für Werbeeinstellungen.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "personalization_id",
      technology: "cookie",
      domain: "twitter.com",
      purpose: {
        en: "Lets X personalise trends, suggestions and ads for this browser.",
        de: "Ermöglicht X, Trends, Vorschläge und Werbung für diesen Browser zu personalisieren.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "guest_id_ads",
      technology: "cookie",
      domain: "twitter.com",
      purpose: {
        en: "Used by X for ads to visitors who are not logged in.",
        de: "Wird von X für Werbung an nicht angemeldete Besucher verwendet.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "guest_id_marketing",
      technology: "cookie",
      domain: "twitter.com",
      purpose: {
        en: "Used by X for marketing to visitors who are not logged in.",
        de: "Wird von X für Marketing gegenüber nicht angemeldeten Besuchern verwendet.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "muc_ads",
      technology: "cookie",
      domain: "t.co",
      purpose: {
        en: "Notes that the visit came through X, so matching ads can be shown on X later.",
        de: "Vermerkt, dass der Besuch über X kam, damit später auf X passende Anzeigen erscheinen können.",
      },
      duration: "P24M",
      party: "third",
      ground: "consent",
    },
    {
      name: "syndication_guest_id",
      technology: "cookie",
      domain: ".twitter.com",
      purpose: {
        en: "Set with embedded X content and used to follow browsing for advertising.",
        de: "Wird mit eingebetteten Inhalten von X gesetzt und dient der Verfolgung des Surfverhaltens für Werbung.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "_twitter_sess",
      technology: "cookie",
      domain: "twitter.com",
      purpose: {
        en: "Keeps the session for X's embeds and sharing functions.",
        de: "Hält die Sitzung für Einbettungen und Teilen-Funktionen von X.",
      },
      duration: "session",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/twitter.json",
      facts: ["urls"],
    },
    // X's privacy policy as archived by Open Terms Archive (versions effective 28 July 2025 and 15 January 2026):
    // controllers and addresses for the EU and for the rest of the world, DPF participation and the SCCs.
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/00273b4e0dcb7b9d9395560638ba885337399db2/X/Privacy%20Policy.md",
      facts: ["entity", "parent", "transfers", "retention"],
    },
    { url: "https://help.twitter.com/en/using-twitter/tailored-suggestions", facts: ["activities", "retention", "deletion"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
