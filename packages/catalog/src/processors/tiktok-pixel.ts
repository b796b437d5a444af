import type { Processor } from "@policy/core";

/**
 * TikTok Pixel. The entity and address follow the datenanfragen record; the research notes found
 * the same in every other place.
 *
 * Role: joint controllers for the collection on the website (CJEU C-40/17 Fashion ID logic);
 * TikTok's advertiser terms overview says its jurisdiction-specific terms settle the roles.
 *
 * Transfers: TikTok's privacy policy for the EEA, UK and Switzerland (last updated 30 November 2025,
 * read in Open Terms Archive's copy) says European user data is stored on servers in the United States,
 * Malaysia and Singapore, that group companies outside Europe get limited remote access, and that transfers
 * to group companies in countries without an adequacy decision rely on the standard contractual clauses.
 * That policy puts the list of remote-access countries on a separate page
 * (tiktok.com/legal/page/eea/transferee-countries) that we could not read; the TikTok Ad Network privacy
 * policy kept in the same archived file (its UK version, same date) names group companies in Australia,
 * Brazil, China, Malaysia, the Philippines, Singapore and the United States as having remote access under
 * the standard contractual clauses, which is where China and the Philippines are confirmed. Australia is
 * named only there, in a notice for UK ad-network users, so it is not listed here; check the
 * transferee-countries page before relying on the list being complete. Brazil, Canada, Israel, Japan and
 * South Korea have adequacy decisions and are not listed.
 *
 * The Irish Data Protection Commission decided in May 2025 that TikTok's remote access from China, mainly
 * in the years before 2023, breached the GDPR; TikTok's newsroom statement of 2 May 2025 says it disagrees
 * and is appealing in full. The CN note says so, because a policy that relies on this transfer should.
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
    // TikTok's EEA privacy policy and the ad-network policy archived with it: remote access from China under SCCs.
    {
      country: "CN",
      mechanism: "A46-2-c",
      note: {
        en: "Group companies in China get remote access to European user data under the standard contractual clauses. In 2025 the Irish Data Protection Commission found that this access, mainly before 2023, breached the GDPR; TikTok is appealing.",
        de: "Konzerngesellschaften in China erhalten Fernzugriff auf Daten europäischer Nutzer auf Grundlage der Standardvertragsklauseln. 2025 entschied die irische Datenschutzbehörde, dass dieser Zugriff, vor allem vor 2023, gegen die DSGVO verstieß; TikTok hat dagegen Rechtsmittel eingelegt.",
      },
      checked: "2026-11-29",
    },
    // TikTok's EEA privacy policy: servers in the US; group companies there store the data and reach it under SCCs.
    {
      country: "US",
      mechanism: "A46-2-c",
      note: {
        en: "TikTok stores European user data on servers in the United States, and group companies there also get remote access; both rely on the standard contractual clauses.",
        de: "TikTok speichert Daten europäischer Nutzer auf Servern in den USA, und Konzerngesellschaften dort erhalten auch Fernzugriff; beides stützt sich auf die Standardvertragsklauseln.",
      },
      checked: "2026-11-29",
    },
    // TikTok's EEA privacy policy: servers in Singapore; group companies there store the data and reach it under SCCs.
    {
      country: "SG",
      mechanism: "A46-2-c",
      note: {
        en: "TikTok stores European user data on servers in Singapore, and group companies there also get remote access; both rely on the standard contractual clauses.",
        de: "TikTok speichert Daten europäischer Nutzer auf Servern in Singapur, und Konzerngesellschaften dort erhalten auch Fernzugriff; beides stützt sich auf die Standardvertragsklauseln.",
      },
      checked: "2026-11-29",
    },
    // TikTok's EEA privacy policy: servers in Malaysia; group companies there store the data and reach it under SCCs.
    {
      country: "MY",
      mechanism: "A46-2-c",
      note: {
        en: "TikTok stores European user data on servers in Malaysia, and group companies there also get remote access; both rely on the standard contractual clauses.",
        de: "TikTok speichert Daten europäischer Nutzer auf Servern in Malaysia, und Konzerngesellschaften dort erhalten auch Fernzugriff; beides stützt sich auf die Standardvertragsklauseln.",
      },
      checked: "2026-11-29",
    },
    // The ad-network policy archived with TikTok's EEA privacy policy: remote access from the Philippines under SCCs.
    {
      country: "PH",
      mechanism: "A46-2-c",
      note: {
        en: "Group companies in the Philippines get remote access to European user data under the standard contractual clauses.",
        de: "Konzerngesellschaften auf den Philippinen erhalten Fernzugriff auf Daten europäischer Nutzer auf Grundlage der Standardvertragsklauseln.",
      },
      checked: "2026-11-29",
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
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/081b7af9af00cae3ba1b149e978341740e63d0c5/TikTok/Privacy%20Policy.md",
      facts: ["transfers"],
    },
    { url: "https://newsroom.tiktok.com/en-gb/tiktok-european-data-centre", facts: ["transfers"] },
    {
      url: "https://newsroom.tiktok.com/de-de/stellungnahme-entscheidung-der-irischen-datenschutzkommission-zu-datenuebermittlungen",
      facts: ["transfers"],
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
