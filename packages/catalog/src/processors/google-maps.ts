import type { Processor } from "@policy/core";
import { googleDpfTransfer, googleFrameworksSource, googleIreland, googleLlc, googlePartySources } from "../parties/google.js";

/**
 * Google Maps embedded in a page (iframe or Maps JavaScript API).
 *
 * Entity and parent as for Google's other services: Google Ireland Limited (Google's terms, policies.google.com; the
 * terms glossary counts maps embedded in other sites among Google's services) and Google LLC (datenanfragen record,
 * which lists Google Maps among the services Google runs).
 *
 * Role "controller": Google lists the Google Maps APIs among the products for which it and the customer are each
 * independent controllers (business.safety.google). Data follow Google's page on Google Maps data in the EEA.
 *
 * Transfers: Google's page on legal frameworks for data transfers says Google LLC is certified under the EU-U.S. Data
 * Privacy Framework; no Google page read names Maps itself in this context.
 *
 * Not stated for lack of a source: how long Google keeps Maps data.
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
        details: { en: "approximate location, derived among other things from the IP address", de: "ungefährer Standort, unter anderem aus der IP-Adresse abgeleitet" },
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
  transfers: [googleDpfTransfer],
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
    ...googlePartySources,
    googleFrameworksSource,
    // Names the Google Maps APIs among products where Google and the customer are independent controllers.
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["activities"] },
    { url: "https://business.safety.google/intl/de/privacy/google-services/maps", facts: ["activities"] },
    { url: "https://policies.google.com/technologies/cookies?hl=en-US", facts: ["urls", "deletion"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
