import type { Processor } from "@policy/core";

/**
 * bunny.net (formerly BunnyCDN): content delivery network, storage and video streaming from Slovenia.
 *
 * Entity and address: the datenanfragen record (BunnyWay d.o.o., Medvode), which cites bunnycdn.com's contact and
 * privacy pages. The record splits the street over two lines ("Cesta komandanta" / "Staneta 4A"); it is one street.
 * The privacy policy link follows bunny.net's own documentation, which points to bunny.net/privacy/ (the record still
 * has the old bunnycdn.com domain).
 *
 * Role: a CDN delivers files on the site owner's behalf, so "processor". The bunny.net GDPR page that says so was
 * only available to us as a copy on another site, so it is not cited.
 *
 * Device access: bunny.net's documentation says its video player sets no cookies and keeps the playback position only
 * in the browser's local storage for up to 7 days; it does not name the storage key, so no entry is listed.
 */
export const bunnyNet: Processor = {
  id: "bunny-net",
  name: "bunny.net",
  aliases: ["BunnyCDN", "Bunny Stream", "BunnyWay"],
  categories: ["cdn"],
  entity: {
    name: "BunnyWay d.o.o.",
    address: { street: "Cesta komandanta Staneta 4A", postalCode: "1215", city: "Medvode", country: "SI" },
    email: "support@bunnycdn.com",
    url: "https://bunny.net",
  },
  role: "processor",
  urls: {
    website: "https://bunny.net",
    privacyPolicy: "https://bunny.net/privacy/",
  },
  description: {
    en: "bunny.net, a Slovenian company, delivers websites' images, scripts and other files from servers around the world and also hosts and streams videos.",
    de: "bunny.net, ein slowenisches Unternehmen, liefert Bilder, Skripte und andere Dateien von Websites über Server in aller Welt aus und hostet und streamt außerdem Videos.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Loading our images, files and videos quickly from a server near the visitor.",
          de: "Unsere Bilder, Dateien und Videos schnell von einem Server in der Nähe der Besucher zu laden.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "the file requested; for videos, anonymised reports on playback quality, errors and buffering",
          de: "die abgerufene Datei; bei Videos anonymisierte Meldungen zu Wiedergabequalität, Fehlern und Pufferung",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [],
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/bunnycdn.json",
      facts: ["entity"],
    },
    { url: "https://docs.bunny.net/stream/data-and-privacy", facts: ["urls", "activities"] },
  ],
  checked: "2026-11-29",
};
