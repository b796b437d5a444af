import type { Processor } from "@policy/core";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";
const userPolicy = "https://github.com/OpenTermsArchive/contrib-versions/blob/bb1dbe00f9f961c7adaeeb3f62fe1d32064cb039/Outbrain/Privacy%20Policy.md";
const cookieTable2021 =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/0114c028660aee5c54ca9ca550e1d6b2d95efdf8/Outbrain/Trackers%20Policy.md";

/**
 * Outbrain (now part of Teads): recommendation ads ("you may also like" boxes) on publishers' websites, and the
 * Outbrain pixel an advertiser puts on its own website to measure conversions and build audiences.
 *
 * Read (2026-12-06):
 * - Outbrain's User Privacy Policy (outbrain.com/privacy/user-policy, no date shown; Open Terms Archive,
 *   contrib-versions, "Outbrain/Privacy Policy.md", commit bb1dbe00 of 24 June 2026): it covers "legacy Outbrain
 *   technology" now operated under the Teads brand and applies to "Teads Holding Co. (formerly Outbrain Inc.), a
 *   corporation registered in Delaware (USA)" and its subsidiaries; "For the purposes of data protection laws in the UK
 *   and European Territories, the controller of your data is Outbrain UK Limited"; contact addresses: Teads Holding Co.,
 *   111 West 19th Street 3rd Floor, New York, NY 10011, USA, and Outbrain UK Limited, 70 New Oxford St, London WC1A 1EU.
 *   Roles: Outbrain "acts as an Independent Controller for the personal data we collect and process to deliver our
 *   services", but "Our advertiser and publisher partners are joint controllers with Outbrain only for the initial
 *   processing that takes place when Personal Data is first collected via Outbrain's pixel"; the partners give the
 *   privacy notices and capture consent with an industry-standard consent mechanism and pass the signals on, which
 *   Outbrain must honour; Outbrain is responsible with them for handling requests, and partners "generally refer users
 *   to the Outbrain Interest Profile". Data: a cookie-based user ID (UUID), the IP address turned into a coarse
 *   location, device, browser and operating system, pages visited, time, referrers, inferred interests and bid-stream
 *   data. Retention: the OBUID cookie "expires in our records 30 days after the user's last interaction"; profile data
 *   is kept "no more than 90 days from the date of last interaction". Transfers: primary infrastructure in the United
 *   States, the Netherlands and Singapore; standard contractual clauses in a data sharing agreement between Outbrain
 *   group entities; "Teads Holding Co. (including its subsidiary Zemanta Inc.) complies with the EU-U.S. Data Privacy
 *   Framework ..., the UK Extension to the EU-U.S. DPF, and the Swiss-U.S. Data Privacy Framework".
 * - Outbrain's cookie table for users (same archive, "Outbrain/Trackers Policy.md", commit 0114c028 of 13 July 2021,
 *   the last archived version that holds the table; later versions of that file hold the privacy policy instead):
 *   obuid "Holds the anonymous user's ID. Used for tracking user actions, such as clicks on the recommendations", 3
 *   months.
 *
 * Left out, and why:
 * - An EU representative: Outbrain UK Limited is outside the EU, but the policy names no representative under Art. 27.
 * - Outbrain's current cookie table (outbrain.com/privacy/cookies) and its pixel's own cookies: not archived since 2021.
 *   Only obuid, which the current policy also names, is listed; its lifetime is from the 2021 table and its domain
 *   from the Open Cookie Database, both marked unconfirmed.
 * - The contracting entity for advertisers and publishers (the Business Partner Privacy Policy was not read); the
 *   entry names the controller the user policy names for Europe.
 * - domains: no Outbrain document we read names the hosts its scripts load from.
 */
export const outbrain: Processor = {
  id: "outbrain",
  name: "Outbrain",
  aliases: ["Outbrain Pixel", "Outbrain Amplify", "Teads (Outbrain)"],
  categories: ["advertising"],
  entity: {
    name: "Outbrain UK Limited",
    address: { street: "70 New Oxford St", postalCode: "WC1A 1EU", city: "London", country: "GB" },
    url: "https://www.outbrain.com/",
  },
  parent: {
    name: "Teads Holding Co.",
    address: { street: "111 West 19th Street, 3rd Floor", postalCode: "10011", city: "New York", region: "NY", country: "US" },
  },
  role: "joint-controller",
  roles: [
    {
      role: "joint-controller",
      scope: {
        en: "collecting data on our website with Outbrain's pixel, the first step before Outbrain uses it",
        de: "die Erhebung von Daten auf unserer Website mit dem Pixel von Outbrain, den ersten Schritt, bevor Outbrain sie nutzt",
      },
      arrangement: {
        en: "We are responsible for telling you about Outbrain on our website and for asking for your consent through our consent tool, and we pass your choice on to Outbrain, which must respect it. Outbrain and we are both responsible for answering requests about this data; since we cannot see Outbrain's profiles, we generally refer you to Outbrain's Interest Profile, where you can exercise your rights with Outbrain directly.",
        de: "Wir sind dafür verantwortlich, Sie auf unserer Website über Outbrain zu informieren und Ihre Einwilligung über unser Einwilligungstool einzuholen, und wir geben Ihre Entscheidung an Outbrain weiter, das sie beachten muss. Outbrain und wir sind gemeinsam dafür verantwortlich, Anfragen zu diesen Daten zu beantworten; da wir die Profile von Outbrain nicht einsehen können, verweisen wir Sie in der Regel auf das Interessenprofil von Outbrain, wo Sie Ihre Rechte direkt gegenüber Outbrain geltend machen können.",
      },
      arrangementUrl: "https://www.outbrain.com/privacy/user-policy/",
    },
    {
      role: "controller",
      scope: {
        en: "what Outbrain does with the data afterwards: building interest profiles, choosing and measuring ads, and preventing fraud",
        de: "das, was Outbrain danach mit den Daten macht: Interessenprofile bilden, Anzeigen auswählen und messen sowie Betrug verhindern",
      },
    },
  ],
  urls: {
    website: "https://www.outbrain.com/",
    privacyPolicy: "https://www.outbrain.com/privacy/user-policy/",
    optOut: "https://dsr.outbrain.com/recommendations-settings/home/en",
  },
  description: {
    en: "Outbrain shows recommended articles and ads on websites and, through its pixel on advertisers' sites, measures which ads led to a visit or purchase; it builds interest profiles from the pages people read.",
    de: "Outbrain zeigt auf Websites empfohlene Artikel und Anzeigen und misst über sein Pixel auf den Seiten von Werbetreibenden, welche Anzeigen zu einem Besuch oder Kauf geführt haben; aus den gelesenen Seiten bildet es Interessenprofile.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "Showing you recommendations and ads in Outbrain's network that match your interests, including ads for our own offers.",
          de: "Ihnen im Netzwerk von Outbrain Empfehlungen und Anzeigen zu zeigen, die zu Ihren Interessen passen, auch Anzeigen für unsere eigenen Angebote.",
        },
      },
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "Finding out which Outbrain ads led to a visit or a purchase on our website.",
          de: "Feststellen, welche Anzeigen bei Outbrain zu einem Besuch oder Kauf auf unserer Website geführt haben.",
        },
      },
    ],
    data: [
      {
        category: "user.device.cookie_id",
        details: {
          en: "a user ID in Outbrain's cookie, or the advertising ID in apps",
          de: "eine Nutzerkennung im Cookie von Outbrain oder in Apps die Werbe-ID",
        },
      },
      {
        category: "user.device.ip_address",
        details: {
          en: "turned into an approximate location",
          de: "in einen ungefähren Standort umgerechnet",
        },
      },
      {
        category: "user.device",
        details: { en: "type of device, browser and operating system", de: "Art des Geräts, Browser und Betriebssystem" },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "pages visited, time of the visit, the page you came from, and what you clicked",
          de: "aufgerufene Seiten, Zeitpunkt des Besuchs, die Seite, von der Sie kamen, und was Sie angeklickt haben",
        },
      },
      {
        category: "user.location.imprecise",
        details: { en: "approximate location, such as the city", de: "ungefährer Standort, etwa die Stadt" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [
    // Outbrain's user policy: the controller for Europe is Outbrain UK Limited; the Commission's adequacy decision.
    { country: "GB", recipient: "Outbrain UK Limited", mechanism: "A45-3", checked: "2026-12-06" },
    // Outbrain's user policy: Teads Holding Co. (formerly Outbrain Inc.) states its DPF certification.
    {
      country: "US",
      recipient: "Teads Holding Co.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: userPolicy,
        checked: "2026-12-06",
      },
      note: {
        en: "Outbrain's main infrastructure is in the United States, the Netherlands and Singapore.",
        de: "Die wichtigste Infrastruktur von Outbrain steht in den Vereinigten Staaten, den Niederlanden und Singapur.",
      },
      checked: "2026-12-06",
    },
    // Outbrain's user policy: infrastructure in Singapore; SCCs in a data sharing agreement between group entities.
    {
      country: "SG",
      recipient: { en: "Outbrain's infrastructure in Singapore", de: "die Infrastruktur von Outbrain in Singapur" },
      mechanism: "A46-2-c",
      note: {
        en: "Outbrain's main infrastructure is in the United States, the Netherlands and Singapore.",
        de: "Die wichtigste Infrastruktur von Outbrain steht in den Vereinigten Staaten, den Niederlanden und Singapur.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    duration: "P90D",
    criteria: {
      en: "Outbrain keeps the data in your interest profile for no more than 90 days after your last interaction with its technology; its records of the cookie ID expire 30 days after your last interaction.",
      de: "Outbrain speichert die Daten Ihres Interessenprofils höchstens 90 Tage nach Ihrer letzten Interaktion mit seiner Technik; seine Einträge zur Cookie-Kennung verfallen 30 Tage nach Ihrer letzten Interaktion.",
    },
  },
  deletion: {
    en: "You can withdraw your consent in our cookie settings. In Outbrain's Interest Profile you can see and change the interests Outbrain has linked to your browser, opt out of personalised ads and exercise your rights with Outbrain.",
    de: "Sie können Ihre Einwilligung in unseren Cookie-Einstellungen widerrufen. Im Interessenprofil von Outbrain können Sie die Interessen einsehen und ändern, die Outbrain Ihrem Browser zugeordnet hat, personalisierter Werbung widersprechen und Ihre Rechte gegenüber Outbrain geltend machen.",
  },
  deviceAccess: [
    {
      name: "obuid",
      technology: "cookie",
      purpose: {
        en: "Holds the user ID Outbrain gives your browser, to record clicks on recommendations and build your interest profile.",
        de: "Enthält die Nutzerkennung, die Outbrain Ihrem Browser gibt, um Klicks auf Empfehlungen zu erfassen und Ihr Interessenprofil zu bilden.",
      },
      duration: "P3M",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    // Outbrain's User Privacy Policy (Open Terms Archive copy of June 2026): controller, parent, roles, data,
    // retention, transfers and DPF statement, Interest Profile.
    {
      url: userPolicy,
      facts: ["entity", "parent", "role", "urls", "transfers", "activities", "retention", "deletion", "device-access"],
      checked: "2026-12-06",
    },
    // Outbrain's cookie table for users (Open Terms Archive copy of July 2021, the last one archived): obuid, 3 months.
    { url: cookieTable2021, facts: ["device-access"], checked: "2026-12-06" },
    // The Open Cookie Database: obuid on outbrain.com, 3 months.
    { url: OCD, facts: ["device-access"], checked: "2026-12-06", updated: "2026-01-21" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "deviceAccess[0].duration",
      note: "Three months is the lifetime in Outbrain's cookie table as archived in July 2021 (and in the Open Cookie Database); the current user policy says only that Outbrain's records of the OBUID expire 30 days after the last interaction and that the cookie persists as long as the user interacts. The current cookie table was not archived.",
    },
    {
      fact: "deviceAccess[0].party",
      note: "Outbrain says it 'drops a cookie on your device' when you visit a partner site but not on which domain; the Open Cookie Database gives outbrain.com, so the cookie is listed as third party.",
    },
  ],
  disagreements: [],
};
