import type { Processor } from "@policy/core";

/**
 * TikTok Pixel. The entity and address follow the datenanfragen record; the research notes found
 * the same in every other place.
 *
 * Role: joint controllers for the collection on the website (CJEU C-40/17 Fashion ID logic);
 * TikTok's advertiser terms overview says its jurisdiction-specific terms settle the roles.
 *
 * Transfers: TikTok's own update for Europe names the countries where European user data is
 * stored or accessed remotely by its corporate group, "by way of methods recognised under the
 * GDPR", without naming them. The countries without an adequacy decision are listed with
 * standard contractual clauses as the most likely mechanism; see the UNSOURCED notes. Countries
 * with an adequacy decision (Brazil, Canada, Israel, Japan, South Korea) are not listed.
 */
export const tiktokPixel: Processor = {
  id: "tiktok-pixel",
  name: "TikTok Pixel",
  aliases: ["TikTok Ads Pixel"],
  categories: ["social-media", "advertising"],
  entity: {
    name: "TikTok Technology Limited",
    address: { street: "10 Earlsfort Terrace", postalCode: "D02 T380", city: "Dublin", country: "IE" },
    url: "https://www.tiktok.com",
  },
  role: "joint-controller",
  urls: {
    website: "https://www.tiktok.com",
    privacyPolicy: "https://www.tiktok.com/legal/page/eea/privacy-policy/en",
  },
  description: {
    en: "The TikTok Pixel sends events from a website, such as page views and purchases, to TikTok so advertisers can measure and target their TikTok ads.",
    de: "Das TikTok Pixel übermittelt Ereignisse einer Website wie Seitenaufrufe und Käufe an TikTok, damit Werbetreibende ihre Anzeigen auf TikTok messen und gezielt ausspielen können.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "Linking visits and purchases on our website to ads seen on TikTok.",
          de: "Besuche und Käufe auf unserer Website mit Anzeigen verknüpfen, die auf TikTok gesehen wurden.",
        },
      },
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "Building audiences on TikTok from visitors of our website to show them our ads again.",
          de: "Aus Besuchern unserer Website Zielgruppen auf TikTok bilden, um ihnen unsere Anzeigen erneut zu zeigen.",
        },
      },
    ],
    data: [
      {
        category: "user.device.cookie_id",
        details: {
          en: "first- and third-party cookie IDs and a session ID set by the pixel",
          de: "Cookie-Kennungen von der Website und von TikTok sowie eine Sitzungskennung des Pixels",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "events on the website such as page views and conversions",
          de: "Ereignisse auf der Website wie Seitenaufrufe und Conversions",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [
    // UNSOURCED: TikTok names China as a place of remote access by its corporate group but not the mechanism.
    {
      country: "CN",
      mechanism: "A46-2-c",
      note: {
        en: "Remote access by employees of TikTok's corporate group, under controls TikTok describes for its European data.",
        de: "Fernzugriff durch Beschäftigte der TikTok-Unternehmensgruppe unter den Kontrollen, die TikTok für seine europäischen Daten beschreibt.",
      },
    },
    // UNSOURCED: TikTok named the US as a storage and access location in 2022 but not the mechanism.
    {
      country: "US",
      mechanism: "A46-2-c",
      note: {
        en: "In 2022 TikTok said it stored European user data in the US and Singapore and allowed group employees there remote access.",
        de: "2022 gab TikTok an, europäische Nutzerdaten in den USA und in Singapur zu speichern und Beschäftigten der Gruppe dort Fernzugriff zu geben.",
      },
    },
    // UNSOURCED: TikTok named Singapore as a storage and access location in 2022 but not the mechanism.
    {
      country: "SG",
      mechanism: "A46-2-c",
      note: {
        en: "Named by TikTok in 2022 as a storage location and a place of remote access.",
        de: "Von TikTok 2022 als Speicherort und als Ort des Fernzugriffs genannt.",
      },
    },
    // UNSOURCED: TikTok named Malaysia as a place of remote access in 2022 but not the mechanism.
    {
      country: "MY",
      mechanism: "A46-2-c",
      note: {
        en: "Named by TikTok in 2022 as a place of remote access by group employees.",
        de: "Von TikTok 2022 als Ort des Fernzugriffs durch Beschäftigte der Gruppe genannt.",
      },
    },
    // UNSOURCED: TikTok named the Philippines as a place of remote access in 2022 but not the mechanism.
    {
      country: "PH",
      mechanism: "A46-2-c",
      note: {
        en: "TikTok listed the Philippines in 2022 among the countries from which group staff may reach European data.",
        de: "TikTok führte die Philippinen 2022 unter den Ländern auf, aus denen Beschäftigte der Gruppe auf europäische Daten zugreifen können.",
      },
    },
  ],
  deviceAccess: [
    {
      name: "_ttp",
      technology: "cookie",
      purpose: {
        en: "Gives the visitor an ID so TikTok can match website events to people on TikTok.",
        de: "Vergibt eine Kennung, damit TikTok Ereignisse der Website Personen auf TikTok zuordnen kann.",
      },
      duration: "P389D",
      party: "first",
      ground: "consent",
    },
    {
      name: "_tt_enable_cookie",
      technology: "cookie",
      purpose: {
        en: "Records whether the browser accepts TikTok's cookies before events are sent.",
        de: "Hält fest, ob der Browser die Cookies von TikTok annimmt, bevor Ereignisse gesendet werden.",
      },
      duration: "P389D",
      party: "first",
      ground: "consent",
    },
    {
      name: "ttwid",
      technology: "cookie",
      domain: "tiktok.com",
      purpose: {
        en: "TikTok's browser ID for tracking embedded TikTok content.",
        de: "Browserkennung von TikTok zur Verfolgung eingebetteter TikTok-Inhalte.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "msToken",
      technology: "cookie",
      domain: "tiktok.com",
      purpose: {
        en: "Collects behaviour across websites to make TikTok ads more relevant.",
        de: "Sammelt Verhalten über mehrere Websites, um Anzeigen auf TikTok passender zu machen.",
      },
      duration: "P9D",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/tiktok.json",
      facts: ["entity", "urls"],
    },
    { url: "https://ads.tiktok.com/help/article/tiktok-advertiser-tools-and-related-terms?lang=en", facts: ["activities"] },
    { url: "https://ads.tiktok.com/help/article?aid=10007540", facts: ["activities", "device-access"] },
    { url: "https://newsroom.tiktok.com/en-eu/sharing-an-update-to-our-privacy-policy", facts: ["transfers"] },
    { url: "https://newsroom.tiktok.com/en-ie/progress-update-on-project-clover-ireland", facts: ["transfers"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
