import type { Processor } from "@policy/core";
import { googleDpfTransfer, googleFrameworksSource, googleIreland, googleLlc, googlePartySources } from "../parties/google.js";

/**
 * Google Fonts loaded from Google's servers (fonts.googleapis.com, fonts.gstatic.com). Self-hosted font files send
 * nothing to Google and need no entry.
 *
 * Entity and parent as for Google's other services: Google Ireland Limited (Google's terms, policies.google.com) and
 * Google LLC (datenanfragen record, which lists Google Fonts among the services Google runs).
 *
 * Facts on data follow Google's Fonts privacy FAQ (read in its Portuguese version on developers.google.cn): the Web API
 * sets no cookies; requests carry the IP address, the requested URL and HTTP headers (user agent, referer); Google uses
 * the IP address to answer the request and for security, and not for profiles or targeted advertising. Role
 * "controller": Google decides these uses itself (a 2018 statement by the Google Fonts team on GitHub calls Google Fonts
 * a data controller; that is a lead, not a source). Not stated for lack of a source: how long Google keeps the request
 * logs.
 *
 * Transfers: Google's page on legal frameworks for data transfers says Google LLC is certified under the EU-U.S. Data
 * Privacy Framework; no Google page read names Google Fonts itself in this context.
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
    website: "https://fonts.google.com",
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
  transfers: [googleDpfTransfer],
  deviceAccess: [],
  sources: [
    ...googlePartySources,
    googleFrameworksSource,
    { url: "https://developers.google.cn/fonts/faq/privacy?hl=pt-br", facts: ["activities", "urls"] },
    { url: "https://policies.google.com/technologies/partner-sites?hl=de", facts: ["urls"] },
  ],
  checked: "2026-11-29",
};
