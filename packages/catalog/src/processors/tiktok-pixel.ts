import type { Processor } from "@policy/core";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * TikTok Pixel.
 *
 * Read:
 * - TikTok Privacy Policy for the EEA, UK and Switzerland, last updated 30 November 2025 (Open Terms Archive,
 *   vlopses-ie-versions, commit dfa67fc7 of 19 August 2026): TikTok Technology Limited, 10 Earlsfort Terrace, Dublin,
 *   D02 T380 is the controller for the EEA and Switzerland; European user data is stored on servers in the United
 *   States, Malaysia and Singapore; group companies outside Europe get limited remote access (list on a separate
 *   transferee-countries page we could not read); transfers to group companies in countries without an adequacy
 *   decision rely on the standard contractual clauses. The TikTok Ad Network privacy policy kept in the same file (its
 *   UK version, same date) names group companies in Australia, Brazil, China, Malaysia, the Philippines, Singapore and
 *   the United States as having remote access under the clauses, which is where China and the Philippines are
 *   confirmed. Australia is named only there, in a notice for UK ad-network users, so it is not listed here; Brazil,
 *   Canada, Israel, Japan and South Korea have adequacy decisions and are not listed.
 * - TikTok Business Products (Data) Terms, in effect from 22 January 2026, and the TikTok for Business Commercial Terms
 *   (same archived file, vlopses-ie-versions commit fe6974c0): the contracting party for advertisers in the EEA and
 *   Switzerland is TikTok Technology Limited; the purposes of Event Data are listed one by one, the first being "the
 *   collection of ... Event Data and its transmission to TikTok for subsequent processing", the others TikTok's own
 *   uses (measurement, audiences and targeting, improving and personalising ads, safety and development); the
 *   advertiser must inform visitors and obtain consent before the pixel stores or reads information on their device,
 *   and must pass on any request or complaint about the data to TikTok and help it answer; TikTok may give people who
 *   exercise their right of access a copy of the data; Event Data is kept for at most 18 months, audiences until
 *   deleted or 12 months after last use. The roles under the GDPR are set by TikTok's Jurisdiction Specific Terms,
 *   which we could not read.
 * - TikTok's help page "About using cookies with TikTok Pixel" (ads.tiktok.com, stored copy, last updated March 2025):
 *   first-party cookies are created and owned by the advertiser's website; the cookies expire 13 months after being
 *   set or last used. TikTok's Cookies Policy (last updated 4 November 2024, vlopses-ie-versions commit 56d3ca37):
 *   ttwid is kept 1 year.
 * - TikTok newsroom statement of 2 May 2025 on the Irish Data Protection Commission's decision about remote access from
 *   China (stored copy): TikTok disagrees and is appealing.
 *
 * Re-checked 2026-12-06:
 * - entity: no change (TikTok Technology Limited, 10 Earlsfort Terrace), now from TikTok's privacy policy and
 *   commercial terms; the datenanfragen record is no longer cited.
 * - role: joint controller as before, now with roles: joint controller with us for collecting the data on our website
 *   and sending it to TikTok (arrangement in our words from the Business Products (Data) Terms) and controller for
 *   TikTok's own later uses. Marked unconfirmed (roles[0]): the Jurisdiction Specific Terms that say whether TikTok is
 *   a joint controller could not be read.
 * - transfers: countries and mechanisms unchanged; each now names its recipient (TikTok group companies). The
 *   privacy-policy citation now points at a commit that is in the archive we can read.
 * - retention: new, from the Business Products (Data) Terms (18 months for Event Data).
 * - device access: _ttp and _tt_enable_cookie last 13 months (were 389 days, the Open Cookie Database value, kept as a
 *   disagreement); first-party as before. ttwid 1 year as before; msToken from the Open Cookie Database only.
 */
export const tiktokPixel: Processor = {
  id: "tiktok-pixel",
  name: "TikTok Pixel",
  aliases: ["TikTok Ads Pixel"],
  categories: ["social-media", "advertising"],
  entity: {
    name: "TikTok Technology Limited",
    address: { street: "10 Earlsfort Terrace", postalCode: "D02 T380", city: "Dublin", country: "IE" },
    url: "https://www.tiktok.com/",
  },
  role: "joint-controller",
  roles: [
    {
      role: "joint-controller",
      scope: {
        en: "collecting data on our website with the TikTok Pixel and sending it to TikTok",
        de: "die Erhebung von Daten auf unserer Website mit dem TikTok Pixel und ihre Übermittlung an TikTok",
      },
      arrangement: {
        en: "We are responsible for telling you about the TikTok Pixel on our website and for asking for your consent before it stores or reads anything on your device. Requests and complaints about the data the pixel sends to TikTok are passed on to TikTok, which answers them with our help; TikTok may give you a copy of that data if you ask for access. What TikTok does with the data after receiving it is TikTok's own responsibility.",
        de: "Wir sind dafür verantwortlich, Sie über das TikTok Pixel auf unserer Website zu informieren und Ihre Einwilligung einzuholen, bevor es etwas auf Ihrem Gerät speichert oder ausliest. Anfragen und Beschwerden zu den Daten, die das Pixel an TikTok sendet, werden an TikTok weitergegeben, das sie mit unserer Unterstützung beantwortet; auf Auskunftsverlangen kann TikTok Ihnen eine Kopie dieser Daten geben. Was TikTok nach dem Empfang mit den Daten macht, verantwortet TikTok selbst.",
      },
      arrangementUrl: "https://ads.tiktok.com/i18n/official/policy/business-products-terms",
    },
    {
      role: "controller",
      scope: {
        en: "what TikTok does with the data after receiving it, such as measuring ads, building audiences and personalising ads and other content",
        de: "das, was TikTok nach dem Empfang mit den Daten macht, etwa Werbung messen, Zielgruppen bilden und Werbung und andere Inhalte personalisieren",
      },
    },
  ],
  urls: {
    website: "https://www.tiktok.com/",
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
  domains: [],
  transfers: [
    // TikTok's EEA privacy policy and the ad-network policy archived with it: remote access from China under SCCs.
    {
      country: "CN",
      recipient: { en: "TikTok group companies in China", de: "Gesellschaften der TikTok-Gruppe in China" },
      mechanism: "A46-2-c",
      note: {
        en: "Group companies in China get remote access to European user data under the standard contractual clauses. In 2025 the Irish Data Protection Commission found that this access, mainly before 2023, breached the GDPR; TikTok is appealing.",
        de: "Konzerngesellschaften in China erhalten Fernzugriff auf Daten europäischer Nutzer auf Grundlage der Standardvertragsklauseln. 2025 entschied die irische Datenschutzbehörde, dass dieser Zugriff, vor allem vor 2023, gegen die DSGVO verstieß; TikTok hat dagegen Rechtsmittel eingelegt.",
      },
      checked: "2026-12-06",
    },
    // TikTok's EEA privacy policy: servers in the US; group companies there store the data and reach it under SCCs.
    {
      country: "US",
      recipient: { en: "TikTok group companies in the United States", de: "Gesellschaften der TikTok-Gruppe in den Vereinigten Staaten" },
      mechanism: "A46-2-c",
      note: {
        en: "TikTok stores European user data on servers in the United States, and group companies there also get remote access; both rely on the standard contractual clauses.",
        de: "TikTok speichert Daten europäischer Nutzer auf Servern in den USA, und Konzerngesellschaften dort erhalten auch Fernzugriff; beides stützt sich auf die Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
    // TikTok's EEA privacy policy: servers in Singapore; group companies there store the data and reach it under SCCs.
    {
      country: "SG",
      recipient: { en: "TikTok group companies in Singapore", de: "Gesellschaften der TikTok-Gruppe in Singapur" },
      mechanism: "A46-2-c",
      note: {
        en: "TikTok stores European user data on servers in Singapore, and group companies there also get remote access; both rely on the standard contractual clauses.",
        de: "TikTok speichert Daten europäischer Nutzer auf Servern in Singapur, und Konzerngesellschaften dort erhalten auch Fernzugriff; beides stützt sich auf die Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
    // TikTok's EEA privacy policy: servers in Malaysia; group companies there store the data and reach it under SCCs.
    {
      country: "MY",
      recipient: { en: "TikTok group companies in Malaysia", de: "Gesellschaften der TikTok-Gruppe in Malaysia" },
      mechanism: "A46-2-c",
      note: {
        en: "TikTok stores European user data on servers in Malaysia, and group companies there also get remote access; both rely on the standard contractual clauses.",
        de: "TikTok speichert Daten europäischer Nutzer auf Servern in Malaysia, und Konzerngesellschaften dort erhalten auch Fernzugriff; beides stützt sich auf die Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
    // The ad-network policy archived with TikTok's EEA privacy policy: remote access from the Philippines under SCCs.
    {
      country: "PH",
      recipient: { en: "TikTok group companies in the Philippines", de: "Gesellschaften der TikTok-Gruppe in den Philippinen" },
      mechanism: "A46-2-c",
      note: {
        en: "Group companies in the Philippines get remote access to European user data under the standard contractual clauses.",
        de: "Konzerngesellschaften auf den Philippinen erhalten Fernzugriff auf Daten europäischer Nutzer auf Grundlage der Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    duration: "P18M",
    criteria: {
      en: "TikTok's terms allow it to keep the event data the pixel sends for up to 18 months; audiences built from it are kept until we delete them or 12 months after we last used them.",
      de: "Nach seinen Bedingungen darf TikTok die vom Pixel gesendeten Ereignisdaten bis zu 18 Monate aufbewahren; daraus gebildete Zielgruppen bleiben gespeichert, bis wir sie löschen oder 12 Monate nach ihrer letzten Nutzung.",
    },
  },
  deviceAccess: [
    {
      name: "_ttp",
      technology: "cookie",
      purpose: {
        en: "Gives the visitor an ID so TikTok can match website events to people on TikTok.",
        de: "Vergibt eine Kennung, damit TikTok Ereignisse der Website Personen auf TikTok zuordnen kann.",
      },
      duration: "P13M",
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
      duration: "P13M",
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
    // TikTok Privacy Policy for the EEA, UK and Switzerland (and the TikTok Ad Network privacy policy in the same file).
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/dfa67fc7c44c466bcd38065ed1384cb997c5cb75/TikTok/Privacy%20Policy.md",
      facts: ["entity", "urls", "transfers"],
      checked: "2026-12-06",
      updated: "2025-11-30",
    },
    // TikTok Business Products (Data) Terms and TikTok for Business Commercial Terms: contracting party, purposes,
    // duties of the advertiser and of TikTok, retention.
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/fe6974c0b4ab6d5f753feaa236e048b93cd8e7a9/TikTok/Commercial%20Terms.md",
      facts: ["entity", "role", "activities", "retention"],
      checked: "2026-12-06",
      updated: "2026-01-22",
    },
    {
      url: "https://ads.tiktok.com/help/article/tiktok-advertiser-tools-and-related-terms?lang=en",
      facts: ["role", "activities"],
      checked: "2026-12-06",
    },
    { url: "https://ads.tiktok.com/help/article?aid=10007540", facts: ["activities", "device-access"], checked: "2026-12-06" },
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/56d3ca3786362862a6a9fc73718b0189c3f44d30/TikTok/Trackers%20Policy.md",
      facts: ["device-access"],
      checked: "2026-12-06",
      updated: "2024-11-04",
    },
    {
      url: "https://newsroom.tiktok.com/de-de/stellungnahme-entscheidung-der-irischen-datenschutzkommission-zu-datenuebermittlungen",
      facts: ["transfers"],
      checked: "2026-12-06",
      updated: "2025-05-02",
    },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06", updated: "2026-01-21" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "roles[0]",
      note: "TikTok's Business Products (Data) Terms list the collection and transmission of pixel data as a purpose of its own and share the duties as stated, but say that the Jurisdiction Specific Terms set the parties' roles under the GDPR; those terms (ads.tiktok.com/i18n/official/policy/jurisdiction-specific-terms) could not be read in any stored copy.",
    },
  ],
  disagreements: [
    { fact: "deviceAccess[0].duration", value: "P389D", source: OCD },
    { fact: "deviceAccess[1].duration", value: "P389D", source: OCD },
  ],
};
