import type { Processor } from "@policy/core";

/**
 * Pinterest Tag (conversion tag) and the Save button / Pinterest widgets.
 *
 * Read:
 * - Pinterest Privacy Policy, effective 30 April 2025 (Open Terms Archive, vlopses-ie-versions, commit d0007f5c of
 *   22 June 2026): for residents of the EEA, Switzerland and the UK, Pinterest Europe Ltd. (Waterloo Exchange, 3rd
 *   Floor, Waterloo Road, Dublin 4) and Pinterest, Inc. (651 Brannan St., San Francisco, CA 94107) are joint
 *   controllers of users' data between themselves, Pinterest Europe Ltd. being responsible for the key GDPR obligations;
 *   advertisers send Pinterest data through the Pinterest Tag; for transfers to the US Pinterest has certified that it
 *   adheres to the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF ("Pinterest, Inc. complies with" them), and it
 *   uses the standard contractual clauses for other recipients in countries without an adequacy decision. DPF
 *   questions go to Pinterest Inc. at privacy-support@pinterest.com.
 * - Pinterest Ad Data Terms (policy.pinterest.com/en-gb/ad-data-terms, stored copy): an addendum to the advertising
 *   agreement; Pinterest uses the ad data advertisers give it for its own purposes (measuring ads, delivery and
 *   reporting, safety, research and product development) and in line with its own privacy policy.
 * - Pinterest Advertising Services Agreement (business.pinterest.com, stored copies): concluded with Pinterest Europe
 *   Limited; newer language versions give its address as 3rd Floor, Waterloo Exchange, Waterloo Road, Dublin 4, the
 *   English one still Palmerston House.
 * - Pinterest Help Center, "Personalisation and data" and "Ads performance reporting on Pinterest" (stored copies):
 *   data from sites with the Save button or widgets is deleted after 30 days; the tag reads the Pinterest cookie and
 *   reports purchases; personalisation can be turned off in the account settings.
 * - Pinterest's cookie page (last updated 1 July 2021) names no cookies, so names and lifetimes follow the Open Cookie
 *   Database.
 *
 * Re-checked 2026-12-06:
 * - entity, parent: no change (Waterloo Exchange; 651 Brannan St.), now from the current policy alone; the older
 *   Italian policy and the datenanfragen record are no longer cited. The e-mail address privacy-support@pinterest.com
 *   was removed from Pinterest Europe Ltd.: the policy gives it as Pinterest Inc.'s address for DPF questions, and EU
 *   residents are sent to a Data Protection Officer contact form instead.
 * - role: joint controller -> controller. Pinterest's Ad Data Terms have Pinterest use tag data for its own purposes
 *   under its own privacy policy; Pinterest offers no Art. 26 arrangement with advertisers that we could find. (A court
 *   may still see the website as jointly responsible for collecting the data under CJEU C-40/17 Fashion ID; Pinterest's
 *   terms do not provide for it.)
 * - transfers: recipient Pinterest, Inc. as before; certification added (EU-U.S., UK Extension, Swiss-U.S., from
 *   Pinterest's privacy policy; no stored copy of the DPF List entry was found).
 * - retention, deletion, device access: no change.
 */
export const pinterestTag: Processor = {
  id: "pinterest-tag",
  name: "Pinterest Tag",
  aliases: ["Pinterest Pixel", "Pinterest Save button"],
  categories: ["social-media", "advertising"],
  entity: {
    name: "Pinterest Europe Ltd.",
    address: { street: "Waterloo Exchange, 3rd Floor, Waterloo Road", city: "Dublin 4", country: "IE" },
    url: "https://www.pinterest.com/",
  },
  parent: {
    name: "Pinterest, Inc.",
    address: { street: "651 Brannan St.", postalCode: "94107", city: "San Francisco", region: "CA", country: "US" },
  },
  role: "controller",
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
  domains: [],
  transfers: [
    // Pinterest's privacy policy (effective 30 April 2025): for data of EEA, Swiss and UK residents going to the US
    // Pinterest relies on its certification under the Data Privacy Frameworks; standard contractual clauses for other
    // recipients in countries without an adequacy decision.
    {
      country: "US",
      recipient: "Pinterest, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/d0007f5c65e81dfa544b92dada3a9d29e6655786/Pinterest/Privacy%20Policy.md",
        checked: "2026-12-06",
      },
      note: {
        en: "Pinterest, Inc. is joint controller with Pinterest Europe Ltd. for users in the EEA. For other recipients in countries without an adequacy decision Pinterest uses the EU standard contractual clauses.",
        de: "Pinterest, Inc. ist gemeinsam mit Pinterest Europe Ltd. für Nutzer im EWR verantwortlich. Für andere Empfänger in Ländern ohne Angemessenheitsbeschluss nutzt Pinterest die Standardvertragsklauseln der EU.",
      },
      checked: "2026-12-06",
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
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/d0007f5c65e81dfa544b92dada3a9d29e6655786/Pinterest/Privacy%20Policy.md",
      facts: ["entity", "parent", "urls", "transfers"],
      checked: "2026-12-06",
      updated: "2025-04-30",
    },
    { url: "https://policy.pinterest.com/en-gb/ad-data-terms", facts: ["role"], checked: "2026-12-06" },
    { url: "https://business.pinterest.com/en-gb/pinterest-advertising-services-agreement", facts: ["entity"], checked: "2026-12-06" },
    { url: "https://help.pinterest.com/en/article/ads-performance-reporting-on-pinterest", facts: ["activities"], checked: "2026-12-06" },
    {
      url: "https://help.pinterest.com/en-gb/article/personalization-and-data",
      facts: ["activities", "retention", "deletion"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: "2026-12-06",
      updated: "2026-01-21",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
