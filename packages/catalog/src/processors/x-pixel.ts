import type { Processor } from "@policy/core";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * X (formerly Twitter): the conversion pixel and embedded posts.
 *
 * Read:
 * - X Privacy Policy, effective 15 January 2026 (Open Terms Archive, pga-versions, commit 1524c7ba of 16 July 2026):
 *   X Internet Unlimited Company, One Cumberland Place, Fenian Street, Dublin 2, D02 AX07 is the controller for people
 *   in the EU, the EFTA states and the UK; X Corp., 865 FM 1209, Building 2, Bastrop, TX 78602 for everyone else. "X
 *   is a participant in" the EU-US DPF, the Swiss-US DPF and the UK Extension and complies with the DPF Principles for
 *   all personal data received from the EU, Switzerland and the UK; X relies on the standard contractual clauses where
 *   applicable. X keeps information about interactions with its content on third-party sites, and information shared
 *   by ad and business partners, for up to 12 months, and data collected with cookies for up to 13 months.
 * - X's cookie page "How cookies are used on X" with its cookie list (pga-versions, commit 256ba833 of 8 July 2026):
 *   guest_id, guest_id_ads, guest_id_marketing, personalization_id, syndication_guest_id and _twitter_sess on .x.com,
 *   muc_ads on .t.co, each with a purpose but no lifetime; the Off-X activity setting; for visitors in the EU, Iceland,
 *   Liechtenstein, Norway and Switzerland X does not store web page visits to improve their experience.
 * - X's Controller-to-Controller (Inbound) Data Protection Addendum (gdpr.x.com/en/inbound-controller-dpa.html, stored
 *   copy): each party is an independent controller of the personal data the partner provides to X.
 *
 * Re-checked 2026-12-06:
 * - entity, parent: no change (now from the January 2026 policy; the datenanfragen record is no longer cited).
 * - role: joint controller -> controller. X's terms for data partners send it make each side an independent
 *   controller; X offers no Art. 26 arrangement that we could find. (A court may still see the website as jointly
 *   responsible for collecting the data under CJEU C-40/17 Fashion ID; X's terms do not provide for it.)
 * - transfers: recipient X Corp. named; certification added (EU-U.S., UK Extension, Swiss-U.S., from X's privacy
 *   policy; no stored copy of the DPF List entry was found).
 * - retention: now only what the privacy policy and the cookie page say (12 months; no storing of web visits for EU
 *   visitors). The help-page statement about deleting within 30 days is no longer cited (not re-read).
 * - device access: the cookies X lists are set on x.com (not twitter.com), muc_ads on t.co; lifetimes still follow the
 *   Open Cookie Database, as X gives none; the twitter.com domains are kept as disagreements. The purposes of guest_id
 *   (authentication) and syndication_guest_id (video in embedded posts) now follow X's list.
 * - deletion: the setting is now named as X's cookie page names it (Off-X activity).
 */
export const xPixel: Processor = {
  id: "x-pixel",
  name: "X Pixel",
  aliases: ["Twitter Pixel", "X embedded posts", "Twitter embed"],
  categories: ["social-media", "advertising"],
  entity: {
    name: "X Internet Unlimited Company",
    address: { street: "One Cumberland Place, Fenian Street", postalCode: "D02 AX07", city: "Dublin 2", country: "IE" },
    url: "https://twitter.com/",
  },
  parent: {
    name: "X Corp.",
    address: { street: "865 FM 1209, Building 2", postalCode: "78602", city: "Bastrop", region: "TX", country: "US" },
  },
  role: "controller",
  urls: {
    website: "https://twitter.com/",
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
  domains: ["static.ads-twitter.com"],
  transfers: [
    {
      country: "US",
      recipient: "X Corp.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: "https://github.com/OpenTermsArchive/pga-versions/blob/1524c7babd44a7370c48f4887a4a7a86facc5829/X/Privacy%20Policy.md",
        checked: "2026-12-06",
      },
      note: {
        en: "X says it takes part in the EU-US Data Privacy Framework and applies its principles to all personal data it receives from the EU; it also relies on the EU standard contractual clauses where they apply.",
        de: "X gibt an, am EU-US-Datenschutzrahmen teilzunehmen und dessen Grundsätze auf alle personenbezogenen Daten anzuwenden, die es aus der EU erhält; wo sie greifen, stützt es sich außerdem auf die Standardvertragsklauseln der EU.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "X's privacy policy says it keeps information about how people interact with X content on other websites, and information shared by advertising partners, for up to 12 months; X says it does not store visits to websites with X content to personalise the experience of visitors in the EU, Iceland, Liechtenstein, Norway and Switzerland.",
      de: "Laut seiner Datenschutzerklärung bewahrt X Angaben dazu, wie Menschen auf anderen Websites mit Inhalten von X interagieren, sowie Angaben von Werbepartnern bis zu 12 Monate auf; Besuche auf Websites mit Inhalten von X speichert X nach eigenen Angaben nicht, um das Erlebnis von Besuchern in der EU, Island, Liechtenstein, Norwegen und der Schweiz zu personalisieren.",
    },
  },
  deletion: {
    en: "In X's privacy and safety settings, under Off-X activity, turn off the use of where you see X content across the web; when logged out, the choice applies only to that browser.",
    de: "Schalten Sie in den Einstellungen von X unter Datenschutz und Sicherheit, Bereich Aktivitäten außerhalb von X, die Nutzung der Orte ab, an denen Sie Inhalte von X im Web sehen; ohne Anmeldung gilt die Wahl nur für den jeweiligen Browser.",
  },
  deviceAccess: [
    {
      name: "guest_id",
      technology: "cookie",
      domain: "x.com",
      purpose: {
        en: "Used by X for authentication.",
        de: "Wird von X zur Authentifizierung verwendet.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "personalization_id",
      technology: "cookie",
      domain: "x.com",
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
      domain: "x.com",
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
      domain: "x.com",
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
      domain: "x.com",
      purpose: {
        en: "Set with embedded X content; X uses it for videos in posts shown on other websites.",
        de: "Wird mit eingebetteten Inhalten von X gesetzt; X nutzt es für Videos in Beiträgen, die auf anderen Websites angezeigt werden.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "_twitter_sess",
      technology: "cookie",
      domain: "x.com",
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
      url: "https://github.com/twitter/google-tag-manager-base-tag/blob/2d1cefe57fd6d4ce2dd73ba1159162ba20013056/template.tpl",
      facts: ["domains"],
      checked: "2026-12-06",
      updated: "2022-07-08",
    },
    // X Privacy Policy, effective 15 January 2026: controllers and addresses, DPF participation, SCCs, retention.
    {
      url: "https://github.com/OpenTermsArchive/pga-versions/blob/1524c7babd44a7370c48f4887a4a7a86facc5829/X/Privacy%20Policy.md",
      facts: ["entity", "parent", "urls", "transfers", "retention"],
      checked: "2026-12-06",
      updated: "2026-01-15",
    },
    // X's cookie page and list: cookie names and domains, the Off-X activity setting, EU visitors' web visits.
    {
      url: "https://github.com/OpenTermsArchive/pga-versions/blob/256ba833cf61f6aa876163ea4b2ef8e5b133cd1e/X/Trackers%20Policy.md",
      facts: ["activities", "retention", "deletion", "device-access"],
      checked: "2026-12-06",
    },
    // Read in a stored copy: X and the partner are independent controllers.
    { url: "https://gdpr.x.com/en/inbound-controller-dpa.html", facts: ["role"], checked: "2026-12-06" },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06", updated: "2026-01-21" },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [
    { fact: "deviceAccess[0].domain", value: "twitter.com", source: OCD },
    { fact: "deviceAccess[1].domain", value: "twitter.com", source: OCD },
    { fact: "deviceAccess[2].domain", value: "twitter.com", source: OCD },
    { fact: "deviceAccess[3].domain", value: "twitter.com", source: OCD },
    { fact: "deviceAccess[5].domain", value: ".twitter.com", source: OCD },
    { fact: "deviceAccess[6].domain", value: "twitter.com", source: OCD },
  ],
};
