import type { Processor } from "@policy/core";
import {
  googleChecked,
  googleDpfTransfer,
  googleFrameworksSource,
  googleIreland,
  googleLlc,
  googlePrivacyPolicySource,
  googleTermsSource,
} from "../parties/google.js";

/**
 * Google Fonts loaded from Google's servers (fonts.googleapis.com, fonts.gstatic.com). Self-hosted font files send
 * nothing to Google and need no entry.
 *
 * Read (stored copies, 2026-12-06):
 * - Google Fonts privacy FAQ (developers.google.com/fonts/faq/privacy, English copy reached through a redirect link, and
 *   the Brazilian Portuguese copy on developers.google.cn): the Web API sets and logs no cookies; requests carry the IP
 *   address, the requested URL and HTTP headers (user agent, referer); Google uses the IP address to answer the request
 *   and for security, and nothing collected by Google Fonts for profiles or targeted advertising.
 * - Google Privacy Policy (EEA, effective 2 April 2026) and Terms of Service: unless a service-specific notice says
 *   otherwise, Google Ireland Limited is the controller for users in the EEA and Switzerland; the FAQ names no other.
 *   See parties/google.ts, also for Google LLC's certification.
 *
 * Role "controller": Google decides these uses itself (FAQ, privacy policy). No Google document read states the role in
 * so many words, nor which terms a website using the Fonts API accepts (a third-party page points to the Google APIs
 * Terms of Service, which would bring in Google's controller-controller terms; not confirmed for Google Fonts).
 *
 * Re-checked 2026-12-06: entity, no change (sourced from the current privacy policy and terms). Transfers: the recipient
 * is now Google LLC, with its certification (EU-US, UK Extension, Swiss-US) from Google's frameworks page; before, it
 * defaulted to Google Ireland Limited. No Google page read names Google Fonts in connection with transfers. Role,
 * activities and URLs: no change. Not stated for lack of a source: how long Google keeps the request logs.
 */
export const googleFonts: Processor = {
  id: "google-fonts",
  name: "Google Fonts",
  aliases: ["Google Web Fonts", "Google Fonts API"],
  categories: ["fonts"],
  entity: googleIreland,
  parent: googleLlc,
  role: "controller",
  urls: {
    website: "https://fonts.google.com/",
    privacyPolicy: "https://policies.google.com/privacy",
  },
  description: {
    en: "Google Fonts is a free library of open-source typefaces; with this setup the font files are fetched from Google's servers whenever a page is displayed.",
    de: "Google Fonts ist eine kostenlose Sammlung quelloffener Schriftarten; bei dieser Einbindung werden die Schriftdateien bei jeder Anzeige einer Seite von Googles Servern abgerufen.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Showing our pages in a consistent typeface that loads quickly on every device.",
          de: "Unsere Seiten in einer einheitlichen Schrift darzustellen, die auf jedem Gerät schnell lädt.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "browser and operating system versions (user agent), the font file requested",
          de: "Versionen von Browser und Betriebssystem (User-Agent), die angeforderte Schriftdatei",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: { en: "the page on which the font is shown (referer)", de: "die Seite, auf der die Schrift angezeigt wird (Referer)" },
        collected: "automatic",
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["fonts.googleapis.com", "fonts.gstatic.com"],
  transfers: [googleDpfTransfer],
  deviceAccess: [],
  sources: [
    { url: "https://developers.google.com/fonts/faq/privacy", facts: ["domains"], checked: "2026-12-06" },
    { url: "https://developers.google.com/fonts/docs/getting_started", facts: ["domains"], checked: "2026-12-06" },
    googleTermsSource,
    { ...googlePrivacyPolicySource, facts: ["entity", "parent", "role"] },
    googleFrameworksSource,
    { url: "https://developers.google.com/fonts/faq/privacy", facts: ["role", "activities", "urls"], checked: googleChecked },
    { url: "https://developers.google.cn/fonts/faq/privacy?hl=pt-br", facts: ["activities"], checked: googleChecked },
  ],
  checked: googleChecked,
  unconfirmed: [],
  disagreements: [],
};
