import type { Processor } from "@policy/core";
import { googleAdsTransfer, googleFrameworksSource, googleIreland, googleLlc, googlePartySources } from "../parties/google.js";

/**
 * Google Tag Manager: a container that loads other tags (analytics, advertising) on a website.
 *
 * Entity and parent as for Google's other services: Google Ireland Limited (Google's terms, policies.google.com) and
 * Google LLC (datenanfragen record). Role: Google lists Tag Manager among the products for which it acts as processor
 * (business.safety.google). The tags Tag Manager loads are separate services with their own entries.
 *
 * Legal basis: the Open Cookie Database lists a cookie ("td") on www.googletagmanager.com, so loading the container is
 * treated as needing consent. Not stated for lack of a source: a retention period for Tag Manager's own request logs
 * (only third-party pages quote one).
 *
 * Transfers: Tag Manager runs under the Google Ads Data Processing Terms (business.safety.google). Google says it
 * relies in some cases on the EU-U.S. Data Privacy Framework for the ads and analytics services those terms cover, and
 * its page on legal frameworks for data transfers says Google LLC is certified; the terms fall back on the EU standard
 * contractual clauses. No Google page read names Tag Manager itself in this context.
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
    ...googlePartySources,
    googleFrameworksSource,
    // Lists Tag Manager among the products for which Google acts as processor and offers processing terms.
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["activities", "urls"] },
    { url: "https://business.safety.google/adsprocessorterms/", facts: ["urls"] },
    // Tag Manager terms and use policy: Google collects how the service is used and which tags are deployed.
    { url: "https://support.google.com/tagmanager/answer/7157428?hl=de", facts: ["activities", "urls"] },
    { url: "https://marketingplatform.google.com/about/analytics/tag-manager/use-policy/?hl=es", facts: ["activities", "urls"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
    // Transfers for Google's ads and analytics products ("Ads Services"): adoption of or certification under
    // transfer frameworks (French-language version read).
    { url: "https://business.safety.google/intl/fr_ch/adsdatatransfers", facts: ["transfers"] },
    // Google Ads Controller-Controller Data Protection Terms, banner: DPF relied on for the ads services since
    // 1 September 2023 (French-language version read).
    { url: "https://business.safety.google/intl/fr/adscontrollerterms", facts: ["transfers"] },
    // Google Ads Data Processing Terms as archived by Open Terms Archive: Appendix 3A, 7.1 (Alternative Transfer
    // Solution, else the EU standard contractual clauses).
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/6fb3660f3772b870c0b8740c5f2ea57529b3c839/Google%20Analytics/Data%20Processor%20Agreement.md",
      facts: ["transfers"],
    },
  ],
  checked: "2026-11-29",
};
