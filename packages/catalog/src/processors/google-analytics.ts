import type { Processor } from "@policy/core";
import { googleAdsTransfer, googleFrameworksSource, googleIreland, googleLlc, googlePartySources } from "../parties/google.js";

/**
 * Google Analytics 4: web and app analytics, used under Google's processor terms.
 *
 * Entity: Google's own terms name Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, as the provider of
 * Google services in the EEA and Switzerland (policies.google.com, version effective 22 January 2019); Google's current
 * terms glossary names Google Ireland Limited as the Google LLC subsidiary providing services in the EU. The research
 * notes agree. Parent: Google LLC, address as in the datenanfragen record.
 *
 * Role: Google lists Google Analytics among the products for which it acts as processor and offers data processing
 * terms (business.safety.google). If the site owner switches on data sharing with "Google products & services",
 * Google becomes a controller for the shared data (Analytics Help 9024351).
 *
 * Transfers: Google says it relies in some cases on the EU-U.S. Data Privacy Framework for its ads and measurement
 * services (banner on its Measurement Controller-Controller Data Protection Terms, business.safety.google), and its
 * page on legal frameworks for data transfers says Google LLC is certified; the Google Ads Data Processing Terms fall
 * back on the EU standard contractual clauses. The DPF list entry itself was not read.
 *
 * Not stated for lack of a source: the URL of the opt-out browser add-on (only third-party pages name it).
 */
export const googleAnalytics: Processor = {
  id: "google-analytics",
  name: "Google Analytics",
  aliases: ["Google Analytics 4", "GA4"],
  categories: ["analytics"],
  entity: googleIreland,
  parent: googleLlc,
  role: "processor",
  urls: {
    website: "https://marketingplatform.google.com/about/analytics/",
    privacyPolicy: "https://policies.google.com/privacy",
    dpa: "https://business.safety.google/adsprocessorterms/",
  },
  description: {
    en: "Google Analytics 4 counts visits, follows how visitors move through a website or app, and gives the site owner reports on pages, traffic sources and events.",
    de: "Google Analytics 4 zählt Besuche, verfolgt, wie sich Besucher durch eine Website oder App bewegen, und liefert dem Betreiber Berichte zu Seiten, Besucherquellen und Ereignissen.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting",
        legalBasis: "A6-1-a",
        description: {
          en: "To see how our website is used, which pages are read and where visitors come from, so that we can improve it.",
          de: "Um zu sehen, wie unsere Website genutzt wird, welche Seiten gelesen werden und woher Besucher kommen, damit wir sie verbessern können.",
        },
      },
    ],
    data: [
      {
        category: "user.device.cookie_id",
        details: { en: "a random client ID kept in the _ga cookie", de: "eine zufällige Client-ID, die im Cookie _ga liegt" },
      },
      "user.device.ip_address",
      {
        category: "user.behavior.browsing_history",
        details: { en: "the address of each page you view on our site", de: "die Adresse jeder Seite, die Sie auf unserer Website aufrufen" },
        collected: "automatic",
      },
      {
        category: "user.behavior",
        details: {
          en: "events such as page views, clicks and downloads during your visit",
          de: "Ereignisse wie Seitenaufrufe, Klicks und Downloads während Ihres Besuchs",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [googleAdsTransfer],
  retention: {
    criteria: {
      en: "The site owner chooses how long Google keeps user- and event-level data: 2 or 14 months (event data up to 50 months in Analytics 360). Age, gender and interest data always go after 2 months, Google-signals data after 26 months at most. Aggregated reports are kept.",
      de: "Der Websitebetreiber legt fest, wie lange Google Daten auf Nutzer- und Ereignisebene speichert: 2 oder 14 Monate (Ereignisdaten in Analytics 360 bis zu 50 Monate). Angaben zu Alter, Geschlecht und Interessen werden stets nach 2 Monaten gelöscht, Google-Signale-Daten spätestens nach 26 Monaten. Zusammengefasste Berichte bleiben erhalten.",
    },
  },
  deletion: {
    en: "Ask us to erase your Analytics data: we can have Google delete everything tied to your browser's client ID. It leaves the reports within 72 hours and Google's servers at the next deletion run, which takes place every two months.",
    de: "Bitten Sie uns, Ihre Analytics-Daten zu löschen: Wir können Google anweisen, alles zu entfernen, was mit der Client-ID Ihres Browsers verknüpft ist. Die Daten verschwinden binnen 72 Stunden aus den Berichten und beim nächsten Löschlauf, der alle zwei Monate stattfindet, von Googles Servern.",
  },
  deviceAccess: [
    {
      name: "_ga",
      technology: "cookie",
      purpose: {
        en: "Holds the random client ID that lets Analytics tell returning visitors apart.",
        de: "Enthält die zufällige Client-ID, mit der Analytics wiederkehrende Besucher unterscheidet.",
      },
      duration: "P2Y",
      party: "first",
      ground: "consent",
    },
    {
      name: "_ga_*",
      technology: "cookie",
      purpose: {
        en: "Keeps track of the current session for one Analytics property.",
        de: "Hält die laufende Sitzung für eine Analytics-Property fest.",
      },
      duration: "P2Y",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    ...googlePartySources,
    googleFrameworksSource,
    // Lists Google Analytics among the products for which Google acts as processor and offers processing terms.
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["activities", "urls"] },
    { url: "https://business.safety.google/adsprocessorterms/", facts: ["urls"] },
    { url: "https://support.google.com/analytics/answer/9024351?hl=en", facts: ["activities"] },
    { url: "https://policies.google.com/technologies/partner-sites?hl=de", facts: ["activities", "urls"] },
    {
      url: "https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage?hl=en",
      facts: ["activities", "device-access"],
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
    { url: "https://support.google.com/analytics/answer/7667196?hl=en", facts: ["retention"] },
    { url: "https://developers.google.com/analytics/devguides/config/userdeletion/v3/", facts: ["deletion"] },
    { url: "https://developers.google.cn/analytics/devguides/config/userdeletion/v3?hl=en", facts: ["deletion"] },
    // Transfers for Google's ads and analytics products ("Ads Services"): adoption of or certification under
    // transfer frameworks (French-language version read).
    { url: "https://business.safety.google/intl/fr_ch/adsdatatransfers", facts: ["transfers"] },
    // Measurement Controller-Controller Data Protection Terms (Analytics help), banner: DPF relied on since
    // 1 September 2023 (Portuguese-language version read).
    { url: "https://support.google.com/analytics/answer/9012600?hl=pt-PT&ref_topic=1008008", facts: ["transfers"] },
    // Google Ads Data Processing Terms as archived by Open Terms Archive: Appendix 3A, 7.1 (Alternative Transfer
    // Solution, else the EU standard contractual clauses).
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/6fb3660f3772b870c0b8740c5f2ea57529b3c839/Google%20Analytics/Data%20Processor%20Agreement.md",
      facts: ["transfers"],
    },
  ],
  checked: "2026-11-29",
};
