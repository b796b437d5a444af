import type { Processor } from "@policy/core";
import { googleAdsTransfer, googleChecked, googleFrameworksSource, googleLlc } from "../parties/google.js";
import { googleAnalyticsProduct, googleAnalyticsProductSources } from "../products/google-analytics.js";

const TERMS_US =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/963d1a18b02226081c76b88c0371479a3c251ee2/Google%20Analytics/Terms%20of%20Service.md";
const PROCESSING_TERMS =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/a09c6880376f43aaf98aac8a9cbd5a65cca08a23/Google%20Analytics/Data%20Processor%20Agreement.md";
const CONTROLLER_TERMS =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/0e536cb26052bfc1cda3baeb8014f4006ba364cf/Google%20Analytics/Data%20Controller%20Agreement.md";
const PRIVACY_POLICY_US =
  "https://github.com/OpenTermsArchive/vlopses-us-versions/blob/63c7bcc8f74f7de08d741a7efc1b66983e9a0320/Google%20Maps/Privacy%20Policy.md";

/**
 * Google Analytics 4 for a business in the United States, which contracts with Google LLC. The product (what it
 * collects, its cookies, retention and deletion) is the one the EEA entry describes: see products/google-analytics.ts.
 *
 * Read (stored copies, 2026-12-06):
 * - Google Analytics Terms of Service, US version, last updated 17 June 2019 (Open Terms Archive, contrib-versions,
 *   commit 963d1a18, its first capture): "entered into by Google LLC"; notices to Google LLC, 1600 Amphitheatre
 *   Parkway, Mountain View, CA 94043; California law; where in scope, the customer and Google agree to the Google Ads
 *   Data Processing Terms at privacy.google.com/businesses/processorterms. All later captures of these terms in the
 *   archive are of the UK page (Google Ireland Limited); no newer US version was found, and nothing read says that
 *   Google LLC is no longer the party.
 * - Google Ads Data Processing Terms, version 8.0 of 30 May 2024 (contrib-versions, commit a09c6880): "Google" is the
 *   Google entity party to the agreement, such as Google LLC; Google processes customer personal data on the
 *   customer's behalf. Appendix 3B (US State Privacy Laws): with Restricted Data Processing switched on, and where the
 *   CCPA applies, Google "will act as Customer's service provider" and will not sell or share the data (5.1); without
 *   it, Google processes the data for the purpose of performing the services (5.2), and the terms do not say that it
 *   is a service provider. Whether it is one then is a question for the business: the disclosure is the policy's to
 *   state (california in the service), not this entry's.
 * - Google Measurement Controller-Controller Data Protection Terms, version 4.0 (contrib-versions, commit 0e536cb2):
 *   with the data-sharing setting switched on, Google uses the shared data for its own products as a controller; the
 *   Google party is the Google entity party to the agreement (for a North American reseller's customer, Google LLC).
 *   Analytics Help 9024351: Analytics stays a processor for data not shared.
 * - Google Privacy Policy, US English, effective 26 May 2026 (vlopses-us-versions, commit 63c7bcc8, filed there under
 *   "Google Maps"): it covers services offered on third-party sites, and data generated through Google Analytics
 *   "can be linked by the Google Analytics customer and by Google" to cookies related to visits to other websites;
 *   Google states that it does not sell personal information and does not "share" it as the CCPA defines the term.
 * - Transfers: Google LLC is in the US; for data from the EEA, the UK or Switzerland the same Data Privacy Framework
 *   certification and standard contractual clauses apply as in the EEA entry (parties/google.ts).
 *
 * Unconfirmed: none marked. Not read: the current (post-2019) US Analytics terms, and Google's instructions for
 * switching on Restricted Data Processing in Analytics (business.safety.google/rdp, excerpt only).
 */
export const googleAnalyticsUs: Processor = {
  id: "google-analytics-us",
  name: "Google Analytics",
  aliases: [],
  categories: ["analytics"],
  entity: googleLlc,
  role: "processor",
  urls: {
    website: "https://marketingplatform.google.com/about/analytics/",
    privacyPolicy: "https://policies.google.com/privacy",
    dpa: "https://privacy.google.com/businesses/processorterms",
  },
  description: {
    en: "Google Analytics 4 measures visits to a website or app: which pages are seen, where visitors come from and what they do there, in reports for the site owner.",
    de: "Google Analytics 4 misst Besuche einer Website oder App: welche Seiten aufgerufen werden, woher die Besucher kommen und was sie dort tun, in Berichten für den Betreiber.",
  },
  ...googleAnalyticsProduct,
  transfers: [googleAdsTransfer],
  sources: [
    { url: TERMS_US, facts: ["entity", "role", "urls"], checked: googleChecked, updated: "2019-06-17" },
    { url: PROCESSING_TERMS, facts: ["role", "transfers"], checked: googleChecked, updated: "2024-05-30" },
    { url: CONTROLLER_TERMS, facts: ["role"], checked: googleChecked },
    { url: "https://support.google.com/analytics/answer/9024351?hl=en", facts: ["role", "activities"], checked: googleChecked },
    { url: PRIVACY_POLICY_US, facts: ["activities", "urls"], checked: googleChecked, updated: "2026-05-26" },
    googleFrameworksSource,
    ...googleAnalyticsProductSources,
  ],
  checked: googleChecked,
  unconfirmed: [],
  disagreements: [],
};
