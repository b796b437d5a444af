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
 * Google Tag Manager: a container that loads other tags (analytics, advertising) on a website.
 *
 * Read (stored copies, 2026-12-06):
 * - Google Tag Manager Terms of Service with the Tag Manager Use Policy (last updated 24 July 2018), as archived by Open
 *   Terms Archive: use of the service is subject to the Google Terms of Service and Privacy Policy; Google may collect
 *   how the service is used and which tags are deployed; where in scope, the customer and Google agree to the Google
 *   Ads Data Processing Terms.
 * - Google Terms of Service (EEA): services in the EEA are provided by Google Ireland Limited (see parties/google.ts).
 * - business.safety.google/intl/el/gdpr (English text): Tag Manager is among the products where Google acts as
 *   processor.
 * - Google Ads Data Processing Terms, as archived by Open Terms Archive: Appendix 3A, 7.1 (an Alternative Transfer
 *   Solution Google has adopted, else the EU standard contractual clauses); Google's note on relying in some cases on
 *   the Data Privacy Framework for its ads services since 1 September 2023 (banner on the Measurement Controller-
 *   Controller Data Protection Terms, Portuguese copy); Google's frameworks page for Google LLC's certification.
 * - Open Cookie Database: a session cookie "td" on www.googletagmanager.com. Google documents no Tag Manager cookie in
 *   the pages read.
 *
 * Re-checked 2026-12-06: entity and role, no change (sources now the Tag Manager terms, the current Google terms and
 * business.safety.google). Transfers: the recipient is now Google LLC, with its certification (EU-US, UK Extension,
 * Swiss-US) from Google's frameworks page; before, it defaulted to Google Ireland Limited. Activities, URLs and device
 * access: no change. The Tag Manager help page on the Ads Data Processing Terms and the Google Ads controller terms,
 * cited before, were not re-read and are dropped. Not stated for lack of a source: a retention period for Tag
 * Manager's own request logs.
 */
export const googleTagManager: Processor = {
  id: "google-tag-manager",
  name: "Google Tag Manager",
  aliases: ["GTM"],
  categories: ["tag-management"],
  entity: googleIreland,
  parent: googleLlc,
  role: "processor",
  urls: {
    website: "https://marketingplatform.google.com/about/analytics/tag-manager/",
    privacyPolicy: "https://policies.google.com/privacy",
    dpa: "https://business.safety.google/adsprocessorterms/",
  },
  description: {
    en: "Google Tag Manager lets a site owner add, change and switch on analytics and marketing snippets (tags) from a web interface instead of editing the site's code.",
    de: "Mit dem Google Tag Manager fügt ein Websitebetreiber Analyse- und Marketing-Schnipsel (Tags) über eine Weboberfläche ein, ändert und aktiviert sie, ohne den Code der Website anzufassen.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "To load and manage, from one place, the measurement and marketing code on our website that you have agreed to.",
          de: "Um den Mess- und Marketingcode auf unserer Website, dem Sie zugestimmt haben, an einer Stelle zu laden und zu verwalten.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "sent with the request that loads the container from googletagmanager.com",
          de: "wird mit der Anfrage übertragen, die den Container von googletagmanager.com lädt",
        },
      },
      {
        category: "system.operations",
        details: {
          en: "how the tool is used and which tags are deployed",
          de: "wie das Werkzeug genutzt wird und welche Tags eingesetzt sind",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["www.googletagmanager.com"],
  transfers: [googleAdsTransfer],
  deviceAccess: [
    {
      name: "td",
      technology: "cookie",
      domain: "www.googletagmanager.com",
      purpose: {
        en: "Set on Google's tag domain while the container runs; the Open Cookie Database files it under statistics about visitor behaviour.",
        de: "Wird auf Googles Tag-Domain gesetzt, während der Container läuft; die Open Cookie Database ordnet es Statistiken über das Besucherverhalten zu.",
      },
      duration: "session",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    { url: "https://developers.google.com/tag-manager/web/csp?authuser=0", facts: ["domains"], checked: "2026-12-06" },
    { url: "https://developers.google.cn/tag-platform/security/guides/csp?hl=de", facts: ["domains"], checked: "2026-12-06" },
    googleTermsSource,
    googlePrivacyPolicySource,
    // Tag Manager terms and use policy: the Google terms apply; Google collects how the service is used and which tags
    // are deployed; the Google Ads Data Processing Terms apply where in scope.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/e528197cb6363162cd55b77f5f0edb7fad33c25b/Google%20Tag%20Manager/Terms%20of%20Service.md",
      facts: ["entity", "role", "activities", "urls"],
      checked: googleChecked,
      updated: "2018-07-24",
    },
    // Lists Tag Manager among the products for which Google acts as processor (English text).
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["role", "activities"], checked: googleChecked },
    { url: "https://business.safety.google/adsprocessorterms/", facts: ["urls"], checked: googleChecked },
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/a09c6880376f43aaf98aac8a9cbd5a65cca08a23/Google%20Analytics/Data%20Processor%20Agreement.md",
      facts: ["role", "transfers"],
      checked: googleChecked,
    },
    { url: "https://support.google.com/analytics/answer/9012600?hl=pt-PT&ref_topic=1008008", facts: ["transfers"], checked: googleChecked },
    googleFrameworksSource,
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: googleChecked,
    },
  ],
  checked: googleChecked,
  unconfirmed: [],
  disagreements: [],
};
