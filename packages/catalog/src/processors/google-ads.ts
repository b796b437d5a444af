import type { Processor } from "@policy/core";
import {
  googleChecked,
  googleControllerTermsTransfer,
  googleFrameworksSource,
  googleIreland,
  googleLlc,
  googlePrivacyPolicySource,
  googleTermsSource,
} from "../parties/google.js";

const ADS_TERMS =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/c0d72057c19893a09c184f78d3c7d2988dabf01e/Google%20Ads/Terms%20of%20Service.md";
const CONTROLLER_TERMS =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/d80082c85a505a4bef16c23ef94a8944f0701cf9/Google%20Ads/Data%20Controller%20Agreement.md";
const PROCESSING_TERMS =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/fda4990e722b03baba9cbd7e3e860e6648f849bd/Google%20Ads/Data%20Processor%20Agreement.md";
const ADS_COOKIES =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/85748fa234e98407fad66bafc0499600a958f57d/Google%20Ads/Trackers%20Policy.md";
const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Google Ads on an advertiser's website: conversion tracking and remarketing, for an advertiser in the EU.
 *
 * Read (stored copies, 2026-12-06):
 * - Google Ireland Limited Advertising Programme Terms, dated 1 September 2017 (Open Terms Archive, contrib-versions,
 *   "Google Ads/Terms of Service.md", commit c0d72057, recorded 20 September 2022; no newer copy found): entered into
 *   by Google Ireland Limited (registered number 368047), Gordon House, Barrow Street, Dublin 4; where in scope, the
 *   parties agree to the Google Ads Controller-Controller Data Protection Terms or the Google Ads Data Processing Terms.
 * - Google Ads Controller-Controller Data Protection Terms, version 8.0 of 30 May 2024 (contrib-versions, commit
 *   d80082c8): each party is an independent controller and decides on its own purposes and means (4.1); Google's
 *   information for the people concerned is at business.safety.google/privacy (4.4); the Google end controller for
 *   European data is Google Ireland Limited (Appendix 1A, 3); transfers follow an Alternative Transfer Solution Google
 *   has adopted, else the controller SCCs (Appendix 1A, 4.2); data the advertiser sends to Google Ireland needs no SCCs,
 *   Ireland being in the EEA (Appendix 1A, 5.3).
 * - Google Ads Data Processing Terms, version 8.0 of 30 May 2024 (contrib-versions, commit fda4990e): they cover the
 *   "Processor Services" listed at business.safety.google/adsservices (that list could not be read); at the end of the
 *   term Google deletes the customer's personal data within at most 180 days (6.2).
 * - business.safety.google/intl/el/gdpr (English text, stored copy): Google Ads is among the products where Google and
 *   the customer are independent controllers, "but not Google Ads features where we act as a processor"; Google may act
 *   as a processor for, among others, Google Ads Customer Match and store sales (direct upload).
 * - Google's page "How Google uses cookies in advertising" (policies.google.com/technologies/ads; contrib-versions,
 *   "Google Ads/Trackers Policy.md", commit 85748fa2, recorded 2 April 2026; no date on the page): advertising
 *   cookies may be set from google.com, doubleclick.net, googlesyndication.com or googleadservices.com, or from the
 *   partner's own domain; for remarketing Google reads or places a cookie when the advertiser's site is visited; its
 *   ad server logs hold the request, IP address, browser type and language, date and time and cookie IDs, and are
 *   anonymised by removing part of the IP address after 9 months and the cookie information after 18 months; the IP
 *   address gives the general location; people can turn off personalised ads in Google's ad settings and manage
 *   cookies in the browser.
 * - Google Privacy Policy (EEA, effective 2 April 2026) and Google Terms of Service: Google Ireland Limited and Google
 *   LLC with their addresses (see parties/google.ts); advertising data in server logs is deleted or anonymised after a
 *   set period.
 * - Google's page on legal frameworks for data transfers: Google LLC's certification (see parties/google.ts).
 *
 * Role: controller for conversion tracking and remarketing (the controller terms; Google's GDPR page); processor only
 * for the features Google lists as processor services, of which its GDPR page names Customer Match, which the entry
 * lists as a second role for an advertiser that uploads customer lists. No Google document read offers a joint
 * controller arrangement (Art. 26 GDPR) for Google Ads. Whether enhanced conversions is a processor service is not
 * stated, for lack of the adsservices list.
 *
 * Transfers: to Google LLC in the US, as the controller terms provide (a data transfer solution Google has adopted,
 * such as the Data Privacy Framework under which Google LLC is certified, else the controller SCCs). Google's page on
 * which transfer solutions it has adopted for its ads services (business.safety.google/adsdatatransfers) was not found
 * in a stored copy.
 *
 * Unconfirmed: the cookies. No Google document read names a Google Ads cookie or its lifetime (the cookie page above
 * names only the domains; the Google tag's cookie page refers to an "advertising and measurement cookie reference"
 * that was not found). The three cookies listed (_gcl_aw, _gcl_au, IDE) come from the Open Cookie Database and are
 * marked unconfirmed, so a policy states neither their party nor their lifetime as certain.
 *
 * Not stated: request hosts (no Google document read names the hosts the Google Ads tag contacts), how long a visitor
 * stays on a remarketing list (the advertiser sets it; no Google document read says so), and the postal code of Google
 * Ireland Limited (none in Google's documents).
 */
export const googleAds: Processor = {
  id: "google-ads",
  name: "Google Ads",
  aliases: ["Google Ads conversion tracking", "Google Ads remarketing", "Google AdWords"],
  categories: ["advertising"],
  entity: googleIreland,
  parent: googleLlc,
  role: "controller",
  roles: [
    {
      role: "controller",
      scope: {
        en: "measuring which of our Google ads lead to purchases or other actions on our website, and showing our ads to earlier visitors of our website (remarketing)",
        de: "die Messung, welche unserer Google-Anzeigen zu Käufen oder anderen Aktionen auf unserer Website führen, und die erneute Ansprache früherer Besucher unserer Website mit unseren Anzeigen (Remarketing)",
      },
    },
    {
      role: "processor",
      scope: {
        en: "customer lists we upload to Google Ads to reach our own customers with ads (Customer Match), if we use this feature",
        de: "Kundenlisten, die wir in Google Ads hochladen, um unsere eigenen Kunden mit Anzeigen zu erreichen (Customer Match), falls wir diese Funktion nutzen",
      },
    },
  ],
  urls: {
    privacyPolicy: "https://policies.google.com/privacy",
    dpa: "https://business.safety.google/adsprocessorterms/",
    optOut: "https://myadcenter.google.com/",
  },
  description: {
    en: "Google Ads places advertisers' ads on Google's services and on partner websites and apps; its tag on an advertiser's website counts the purchases and sign-ups that follow an ad click and builds lists of visitors to show ads to later.",
    de: "Google Ads platziert Anzeigen von Werbetreibenden in Googles Diensten sowie auf Websites und in Apps von Partnern; sein Tag auf der Website des Werbetreibenden zählt die Käufe und Anmeldungen nach einem Anzeigenklick und legt Listen von Besuchern an, denen später Anzeigen gezeigt werden.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "To find out how many purchases, sign-ups or other actions on our website follow a click on one of our Google ads.",
          de: "Um zu erfahren, wie viele Käufe, Anmeldungen oder andere Aktionen auf unserer Website auf einen Klick auf eine unserer Google-Anzeigen folgen.",
        },
      },
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "To show our ads, on other websites and apps that work with Google, to people who have visited our website before.",
          de: "Um Menschen, die unsere Website schon einmal besucht haben, unsere Anzeigen auf anderen Websites und in Apps zu zeigen, die mit Google zusammenarbeiten.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.device.cookie_id",
        details: { en: "identifiers kept in Google's advertising cookies", de: "Kennungen in den Werbe-Cookies von Google" },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the pages of our website you visit and actions such as a purchase or sign-up",
          de: "die Seiten unserer Website, die Sie aufrufen, und Aktionen wie ein Kauf oder eine Anmeldung",
        },
        collected: "automatic",
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser type and language, date and time of the request",
          de: "Art und Sprache des Browsers, Datum und Uhrzeit der Anfrage",
        },
      },
      {
        category: "user.location.imprecise",
        details: { en: "your general location, derived from the IP address", de: "Ihr ungefährer Standort, aus der IP-Adresse abgeleitet" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [googleControllerTermsTransfer],
  retention: {
    criteria: {
      en: "Google records the ads it serves in its server logs, together with the IP address and cookie identifiers; it makes these records anonymous by removing part of the IP address after 9 months and the cookie information after 18 months.",
      de: "Google hält die ausgelieferten Anzeigen samt IP-Adresse und Cookie-Kennungen in seinen Serverprotokollen fest; diese Einträge anonymisiert Google, indem es nach 9 Monaten einen Teil der IP-Adresse und nach 18 Monaten die Cookie-Angaben entfernt.",
    },
  },
  deletion: {
    en: "In Google's ad settings (myadcenter.google.com) you can switch off personalised ads from Google; in your browser settings you can delete or block Google's advertising cookies.",
    de: "In Googles Werbeeinstellungen (myadcenter.google.com) können Sie personalisierte Werbung von Google abschalten; in den Einstellungen Ihres Browsers können Sie die Werbe-Cookies von Google löschen oder blockieren.",
  },
  deviceAccess: [
    {
      name: "_gcl_aw",
      technology: "cookie",
      purpose: {
        en: "Lets Google Ads measure whether our ads lead to visits and actions on our website.",
        de: "Ermöglicht Google Ads zu messen, ob unsere Anzeigen zu Besuchen und Aktionen auf unserer Website führen.",
      },
      duration: "P90D",
      party: "first",
      ground: "consent",
    },
    {
      name: "_gcl_au",
      technology: "cookie",
      purpose: {
        en: "Keeps the information Google needs to link a visit from one of our ads to an action on our website, such as an order.",
        de: "Hält die Angaben fest, mit denen Google einen Besuch über eine unserer Anzeigen einer Aktion auf unserer Website zuordnet, etwa einer Bestellung.",
      },
      duration: "P3M",
      party: "first",
      ground: "consent",
    },
    {
      name: "IDE",
      technology: "cookie",
      domain: "doubleclick.net",
      purpose: {
        en: "Recognises the browser on Google's advertising domain so that Google can target ads and measure how they perform.",
        de: "Erkennt den Browser auf Googles Werbedomain wieder, damit Google Anzeigen ausrichten und ihre Wirkung messen kann.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    googleTermsSource,
    // Google Privacy Policy (EEA): the companies, and advertising data in server logs deleted or anonymised after a set
    // period.
    { ...googlePrivacyPolicySource, facts: ["entity", "parent", "retention", "urls"] },
    // Advertising Programme Terms: Google Ireland Limited the contracting party; the EU data terms apply.
    { url: ADS_TERMS, facts: ["entity", "role"], checked: googleChecked, updated: "2017-09-01" },
    // Controller-Controller terms: independent controllers; Google Ireland the end controller; transfers.
    { url: CONTROLLER_TERMS, facts: ["entity", "role", "transfers"], checked: googleChecked, updated: "2024-05-30" },
    // Data Processing Terms: the processor services.
    { url: PROCESSING_TERMS, facts: ["role"], checked: googleChecked, updated: "2024-05-30" },
    { url: "https://business.safety.google/adsprocessorterms/", facts: ["urls"], checked: googleChecked },
    // Lists Google Ads among independent-controller products and Customer Match among processor products (English text).
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["role"], checked: googleChecked },
    // How Google uses cookies in advertising: data in the ad logs, their anonymisation, cookie domains, ad settings.
    { url: ADS_COOKIES, facts: ["activities", "retention", "deletion", "urls", "device-access"], checked: googleChecked },
    googleFrameworksSource,
    { url: OCD, facts: ["device-access"], checked: googleChecked },
  ],
  checked: googleChecked,
  unconfirmed: [
    {
      fact: "deviceAccess[0]",
      note: "No Google document read names this cookie or its lifetime: Google's page on cookies in advertising (captured 2 April 2026) names only the domains, the Google tag's cookie page refers to an advertising and measurement cookie reference that was not found in a stored copy, and business.safety.google/adscookies was not found. Name, first-party setting and 90 days come from the Open Cookie Database (commit 0ee5a17f, platform Google Ads).",
    },
    {
      fact: "deviceAccess[1]",
      note: "As for _gcl_aw: not named by any Google document read. Name and 3 months come from the Open Cookie Database (commit 0ee5a17f, platform Google), which describes it as AdSense's; third-party cookie guides describe it as the cookie the Google tag's conversion linker sets on the website's own domain for Google Ads conversions, which is why it is listed here.",
    },
    {
      fact: "deviceAccess[2]",
      note: "As for _gcl_aw: not named by any Google document read. Name, domain (doubleclick.net, third party) and 2 years come from the Open Cookie Database (commit 0ee5a17f, platform DoubleClick/Google Marketing); third-party cookie pages give 13 months instead. Google's page on cookies in advertising confirms only that its advertising cookies may be set from doubleclick.net.",
    },
  ],
  disagreements: [],
};
