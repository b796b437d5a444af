import type { Processor } from "@policy/core";
import {
  googleAdsTransfer,
  googleChecked,
  googleFrameworksSource,
  googleIreland,
  googleLlc,
  googlePrivacyPolicySource,
  googleTermsSource,
} from "../parties/google.js";

/**
 * Google Analytics 4: web and app analytics, used under Google's processor terms.
 *
 * Read (stored copies, 2026-12-06):
 * - Google Analytics Terms of Service (the page for the United Kingdom, marketingplatform.google.com/about/analytics/
 *   terms/gb/, last updated 11 January 2024), as archived by Open Terms Archive: the agreement is entered into by Google
 *   Ireland Limited; where in scope, the customer and Google agree to the Google Ads Data Processing Terms. No page
 *   for an EEA country was read; Google's terms and privacy policy name Google Ireland Limited for the EEA.
 * - Google Ads Data Processing Terms, as archived by Open Terms Archive: "Google" is the Google entity party to the
 *   agreement; Google processes Customer Personal Data on the customer's behalf; Appendix 3A, 7.1: an Alternative
 *   Transfer Solution Google has adopted, else the EU standard contractual clauses.
 * - business.safety.google/intl/el/gdpr (English text): Google Analytics and Tag Manager are among the products where
 *   Google acts as processor.
 * - Analytics Help 9024351: if the customer switches on data sharing with "Google products & services" and accepts the
 *   Measurement Controller-Controller Data Protection Terms, Google is a controller of the shared data; Analytics stays
 *   a processor for the rest. Those terms (version 4.0, as archived by Open Terms Archive) name Google Ireland Limited
 *   as the Google end controller for European data. Their Portuguese copy on support.google.com carries Google's note
 *   that it relies in some cases on the EU-U.S. Data Privacy Framework since 1 September 2023 (Swiss-U.S. and UK
 *   Extension since 16 September 2024) for its ads services.
 * - Google's page on legal frameworks for data transfers and the Google terms and privacy policy: see
 *   parties/google.ts.
 * - [GA4] Cookie usage on websites (Analytics Help 11397207): the GA4 tags set first-party cookies, _ga (2 years,
 *   distinguishes users) and _ga_<container-id> (2 years, keeps the session state); the site owner can change the
 *   lifetime (from immediately to 25 months), and browsers may cut it short.
 * - Admin API reference, DataRetentionSettings (last updated 2 April 2025): user- and event-level data kept 2 or 14
 *   months; Analytics 360 properties can keep event data for 26, 38 or 50 months; the period can restart with each new
 *   event of a user.
 * - User Deletion API guide (last updated 7 November 2024): data tied to a client ID leaves the user-level report
 *   within 72 hours and Google's servers at the next deletion run, scheduled every two months; aggregated data stays.
 *
 * Re-checked 2026-12-06: entity, no change (now sourced from the Analytics terms themselves). Role: still processor,
 * with roles adding controller for data the site owner shares under the data-sharing setting. Transfers: the recipient
 * is now Google LLC, with its certification (EU-US, UK Extension, Swiss-US) from Google's frameworks page; before, the
 * transfer named no recipient and so defaulted to Google Ireland Limited. Device access: source changed from the
 * Universal Analytics cookie page to GA4's; values unchanged (both cookies first party, 2 years). Retention: reduced to
 * what the Admin API reference states (the limits for age, gender, interest and Google-signals data and the sentence on
 * aggregated reports came from Analytics Help 7667196, which could not be re-read). Deletion: "reports" narrowed to the
 * user-level report, and aggregated data added. Activities and URLs: no change. Still not stated for lack of a Google
 * source read: the URL of the opt-out browser add-on. The DPF List entry itself was not found in a stored copy.
 */
export const googleAnalytics: Processor = {
  id: "google-analytics",
  name: "Google Analytics",
  aliases: ["Google Analytics 4", "GA4"],
  categories: ["analytics"],
  entity: googleIreland,
  parent: googleLlc,
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "measuring how our website is used and preparing our reports",
        de: "die Messung der Nutzung unserer Website und die Erstellung unserer Berichte",
      },
    },
    {
      role: "controller",
      scope: {
        en: "Analytics data we let Google use for its own products and services, if we have switched on this data-sharing setting",
        de: "Analytics-Daten, die wir Google für eigene Produkte und Dienste überlassen, falls wir diese Datenfreigabe eingeschaltet haben",
      },
    },
  ],
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
      en: "The site owner chooses how long Google keeps user- and event-level data: 2 or 14 months; Analytics 360 properties can keep event-level data for 26, 38 or 50 months. The site owner can also have the period start again with each new activity of the same visitor.",
      de: "Der Websitebetreiber legt fest, wie lange Google Daten auf Nutzer- und Ereignisebene speichert: 2 oder 14 Monate; Analytics-360-Properties können Ereignisdaten 26, 38 oder 50 Monate aufbewahren. Der Betreiber kann außerdem festlegen, dass die Frist mit jeder neuen Aktivität desselben Besuchers neu beginnt.",
    },
  },
  deletion: {
    en: "Ask us to erase your Analytics data: we can have Google delete everything tied to your browser's client ID. It leaves the user-level report within 72 hours and Google's servers at the next deletion run, which takes place every two months; figures already aggregated into reports stay.",
    de: "Bitten Sie uns, Ihre Analytics-Daten zu löschen: Wir können Google anweisen, alles zu entfernen, was mit der Client-ID Ihres Browsers verknüpft ist. Die Daten verschwinden binnen 72 Stunden aus dem Bericht auf Nutzerebene und beim nächsten Löschlauf, der alle zwei Monate stattfindet, von Googles Servern; bereits zu Berichten zusammengefasste Zahlen bleiben bestehen.",
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
    googleTermsSource,
    // The privacy policy also says what Google receives from sites that use Google Analytics.
    { ...googlePrivacyPolicySource, facts: ["entity", "parent", "activities", "urls"] },
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/3ba424d5b33c6918b6c8e4fcebd1abe1923bd559/Google%20Analytics/Terms%20of%20Service.md",
      facts: ["entity", "role", "urls"],
      checked: googleChecked,
      updated: "2024-01-11",
    },
    // Google Ads Data Processing Terms: processor for Customer Personal Data; Appendix 3A, 7.1 on transfers.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/a09c6880376f43aaf98aac8a9cbd5a65cca08a23/Google%20Analytics/Data%20Processor%20Agreement.md",
      facts: ["role", "transfers"],
      checked: googleChecked,
    },
    { url: "https://business.safety.google/adsprocessorterms/", facts: ["urls"], checked: googleChecked },
    // Lists Google Analytics among the products for which Google acts as processor (English text).
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["role", "activities"], checked: googleChecked },
    // Data sharing with "Google products & services": Google a controller of the shared data.
    { url: "https://support.google.com/analytics/answer/9024351?hl=en", facts: ["role", "activities"], checked: googleChecked },
    // Measurement Controller-Controller Data Protection Terms, version 4.0: Google Ireland Limited the end controller
    // for European data.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/0e536cb26052bfc1cda3baeb8014f4006ba364cf/Google%20Analytics/Data%20Controller%20Agreement.md",
      facts: ["entity", "role"],
      checked: googleChecked,
    },
    // The same terms on support.google.com (Portuguese), with Google's note on relying on the Data Privacy Framework.
    { url: "https://support.google.com/analytics/answer/9012600?hl=pt-PT&ref_topic=1008008", facts: ["transfers"], checked: googleChecked },
    googleFrameworksSource,
    // [GA4] Cookie usage on websites.
    { url: "https://support.google.com/analytics/answer/11397207?hl=en", facts: ["activities", "device-access"], checked: googleChecked },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: googleChecked,
    },
    {
      url: "https://developers.google.com/analytics/devguides/config/admin/v1/rest/v1beta/DataRetentionSettings",
      facts: ["retention"],
      checked: googleChecked,
      updated: "2025-04-02",
    },
    {
      url: "https://developers.google.com/analytics/devguides/config/userdeletion/v3/",
      facts: ["deletion"],
      checked: googleChecked,
      updated: "2024-11-07",
    },
  ],
  checked: googleChecked,
  unconfirmed: [],
  disagreements: [],
};
