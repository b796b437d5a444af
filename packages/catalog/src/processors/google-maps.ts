import type { Processor } from "@policy/core";
import {
  googleChecked,
  googleControllerTermsTransfer,
  googleControllerTermsUrl,
  googleFrameworksSource,
  googleIreland,
  googleLlc,
  googlePrivacyPolicySource,
  googleTermsSource,
} from "../parties/google.js";

/**
 * Google Maps embedded in a page (iframe or Maps JavaScript API).
 *
 * Read (stored copies, 2026-12-06):
 * - business.safety.google/intl/el/gdpr (English text): the Google Maps APIs are among the products where Google and
 *   the customer each act as independent controllers.
 * - Google Controller-Controller Data Protection Terms, version 11, as archived by Open Terms Archive under Google Maps:
 *   each party is an independent controller (4.1); Google's published information for visitors is its page on data from
 *   partner sites (4.4); the Google end controller for European data is Google Ireland Limited, and where the agreement
 *   is with another Google company, that company is end controller only for billing (Appendix 1, Part A, 3); transfers
 *   follow a data transfer solution Google has adopted, such as the Data Privacy Framework, else the EU standard
 *   contractual clauses (4.2).
 * - Google Privacy Policy (EEA, effective 2 April 2026): Google Ireland Limited is the controller for users in the EEA
 *   and Switzerland; Google LLC is the controller for information indexed and displayed in services such as Google Maps
 *   (the map content, not the visitor's data). It lists what Google collects (unique identifiers, browser and device
 *   data, IP address, crash reports, referrer URL, activity, location from the IP address).
 * - Google's cookie page (policies.google.com/technologies/cookies, start of a stored copy): cookies can be managed at
 *   g.co/privacytools and in the browser.
 * - Open Cookie Database: OGPC (1 month) and OGP (2 months) on google.com. Google's cookie page could not be read as
 *   far as any Maps cookie.
 *
 * Entity: customers with a billing address in the EEA use Google Maps Platform under EEA-specific terms
 * (developers.google.com notice, effective 8 July 2025) with a Google company chosen by billing address (Google Cloud
 * account migration notices name Google Maps among the services moved to Google Cloud EMEA Limited); under the
 * controller terms the controller of the visitor data is still Google Ireland Limited, which the entry names.
 *
 * Re-checked 2026-12-06: entity and role, no change (now sourced from the controller terms). Transfers: the recipient
 * is now Google LLC, with its certification (EU-US, UK Extension, Swiss-US) from Google's frameworks page and a note on
 * the controller terms; before, it defaulted to Google Ireland Limited. Activities, URLs, deletion and device access:
 * no change. The page on Google Maps data in the EEA (business.safety.google/intl/de/privacy/google-services/maps),
 * cited before, was not re-read and is replaced by the privacy policy. Not stated for lack of a source: how long Google
 * keeps Maps data.
 */
export const googleMaps: Processor = {
  id: "google-maps",
  name: "Google Maps",
  aliases: ["Google Maps embed", "Google Maps JavaScript API"],
  categories: ["maps"],
  entity: googleIreland,
  parent: googleLlc,
  role: "controller",
  urls: {
    website: "https://www.google.com/maps",
    privacyPolicy: "https://policies.google.com/privacy",
    optOut: "https://g.co/privacytools",
  },
  description: {
    en: "Google Maps displays interactive maps, places and route directions; a map built into a web page is fetched from Google as soon as the page opens.",
    de: "Google Maps stellt interaktive Karten, Orte und Routen dar; eine in eine Webseite eingebaute Karte wird von Google geladen, sobald die Seite sich öffnet.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "To show you on a map where we are and how to get there.",
          de: "Um Ihnen auf einer Karte zu zeigen, wo wir zu finden sind und wie Sie zu uns kommen.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.location.imprecise",
        details: {
          en: "approximate location, derived among other things from the IP address",
          de: "ungefährer Standort, unter anderem aus der IP-Adresse abgeleitet",
        },
      },
      {
        category: "user.unique_id.pseudonymous",
        details: { en: "unique identifiers of your browser or device", de: "eindeutige Kennungen Ihres Browsers oder Geräts" },
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser and device type and settings, operating system, crash reports, date and time of the request",
          de: "Art und Einstellungen von Browser und Gerät, Betriebssystem, Absturzberichte, Datum und Uhrzeit der Anfrage",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: { en: "the address of the page with the map (referrer URL)", de: "die Adresse der Seite mit der Karte (Referrer-URL)" },
        collected: "automatic",
      },
      {
        category: "user.behavior.search_history",
        details: { en: "searches and places you interact with in the map", de: "Suchanfragen und Orte, mit denen Sie in der Karte interagieren" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["maps.googleapis.com"],
  transfers: [googleControllerTermsTransfer],
  deletion: {
    en: "At g.co/privacytools you can manage how Google uses cookies and refuse some of them; your browser settings let you delete Google's cookies.",
    de: "Unter g.co/privacytools legen Sie fest, wie Google Cookies verwendet, und lehnen einzelne davon ab; in den Einstellungen Ihres Browsers können Sie Googles Cookies löschen.",
  },
  deviceAccess: [
    {
      name: "OGPC",
      technology: "cookie",
      domain: "google.com",
      purpose: {
        en: "Keeps preferences and other information while Google maps are shown.",
        de: "Bewahrt Einstellungen und weitere Angaben, während Google-Karten angezeigt werden.",
      },
      duration: "P1M",
      party: "third",
      ground: "consent",
    },
    {
      name: "OGP",
      technology: "cookie",
      domain: "google.com",
      purpose: {
        en: "Used by Google to switch on map functions and to follow how they are used.",
        de: "Wird von Google genutzt, um Kartenfunktionen einzuschalten und ihre Nutzung zu verfolgen.",
      },
      duration: "P2M",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    { url: "https://developers.google.com/maps/documentation/javascript/content-security-policy", facts: ["domains"], checked: "2026-12-06" },
    {
      url: "https://developers.google.cn/maps/documentation/javascript/content-security-policy?authuser=325&hl=en",
      facts: ["domains"],
      checked: "2026-12-06",
    },
    googleTermsSource,
    { ...googlePrivacyPolicySource, facts: ["entity", "parent", "activities", "urls"] },
    // Names the Google Maps APIs among products where Google and the customer are independent controllers.
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["role"], checked: googleChecked },
    { url: googleControllerTermsUrl, facts: ["entity", "role", "transfers"], checked: googleChecked },
    googleFrameworksSource,
    { url: "https://policies.google.com/technologies/cookies?hl=en-US", facts: ["urls", "deletion"], checked: googleChecked },
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
