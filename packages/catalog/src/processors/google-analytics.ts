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
import { googleAnalyticsProduct, googleAnalyticsProductSources } from "../products/google-analytics.js";

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
 * - The product's cookies, retention and deletion, which the US entry shares: see products/google-analytics.ts.
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
  urls: {
    website: "https://marketingplatform.google.com/about/analytics/",
    privacyPolicy: "https://policies.google.com/privacy",
    dpa: "https://business.safety.google/adsprocessorterms/",
  },
  description: {
    en: "Google Analytics 4 counts visits, follows how visitors move through a website or app, and gives the site owner reports on pages, traffic sources and events.",
    de: "Google Analytics 4 zählt Besuche, verfolgt, wie sich Besucher durch eine Website oder App bewegen, und liefert dem Betreiber Berichte zu Seiten, Besucherquellen und Ereignissen.",
  },
  ...googleAnalyticsProduct,
  transfers: [googleAdsTransfer],
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
    ...googleAnalyticsProductSources,
  ],
  checked: googleChecked,
  unconfirmed: [],
  disagreements: [],
};
