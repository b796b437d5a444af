import type { Processor } from "@policy/core";
import { googleChecked } from "../parties/google.js";

/**
 * Google Analytics 4 as a product: its roles, what it collects, its cookies, how long Google keeps the data and how it is
 * deleted. These are the same whichever Google company a customer contracts with, so the entries for customers in
 * the EEA (google-analytics, Google Ireland Limited) and in the US (google-analytics-us, Google LLC) share them.
 *
 * Read (stored copies, 2026-12-06):
 * - [GA4] Cookie usage on websites (Analytics Help 11397207): the GA4 tags set first-party cookies, _ga (2 years,
 *   distinguishes users) and _ga_<container-id> (2 years, keeps the session state); the site owner can change the
 *   lifetime (from immediately to 25 months), and browsers may cut it short.
 * - Admin API reference, DataRetentionSettings (last updated 2 April 2025): user- and event-level data kept 2 or 14
 *   months; Analytics 360 properties can keep event data for 26, 38 or 50 months; the period can restart with each new
 *   event of a user.
 * - User Deletion API guide (last updated 7 November 2024): data tied to a client ID leaves the user-level report
 *   within 72 hours and Google's servers at the next deletion run, scheduled every two months; aggregated data stays.
 */
export const googleAnalyticsProduct = {
  // Processor for the measuring, controller for what the data-sharing setting lets Google use: the same under either company.
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
  domains: ["www.googletagmanager.com", "www.google-analytics.com", "region1.google-analytics.com"],
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
} satisfies Pick<Processor, "roles" | "domains" | "activities" | "retention" | "deletion" | "deviceAccess">;

/** The sources of the product's cookies, retention and deletion. */
export const googleAnalyticsProductSources: Processor["sources"] = [
  { url: "https://developers.google.com/analytics/devguides/collection/gtagjs", facts: ["domains"], checked: "2026-12-06" },
  { url: "https://developers.google.com/analytics/devguides/collection/protocol/ga4/reference", facts: ["domains"], checked: "2026-12-06" },
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
];
