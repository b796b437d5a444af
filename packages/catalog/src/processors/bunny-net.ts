import type { Processor } from "@policy/core";

/**
 * bunny.net (formerly BunnyCDN): content delivery network, storage and video streaming from Slovenia.
 *
 * Read (bunny.net's own documentation, repository BunnyWay/documentation at commit
 * 4b550dcad90739b749928b4696e86862f4d3b6e4, the source of docs.bunny.net):
 * - account/data-processing-agreement.mdx (changed 2026-01-14): customers view, accept and download the "GDPR data
 *   processing agreement" in the dashboard (dash.bunny.net/account/dpa); the agreement itself is behind the login and
 *   was not read.
 * - cdn/logging/index.mdx (changed 2026-05-26): request logs are kept for 3 days, longer only if the customer turns on
 *   permanent log storage; IP addresses are anonymised by default, and full IPs only after signing the DPA and turning
 *   anonymisation off.
 * - cdn/performance/routing-filters.mdx (changed 2026-08-20): requests normally go to the nearest of over 100 points
 *   of presence worldwide; an EU or EEA routing filter keeps all traffic on PoPs in the EU/EEA.
 * - stream/data-and-privacy.mdx (changed 2026-07-09): the video player sets no cookies, sends only anonymised telemetry
 *   and keeps the playback position in the browser's local storage for up to 7 days; it names no storage key, so no
 *   device-access entry is listed. It links the privacy policy at bunny.net/privacy/.
 * - billing/taxation.mdx (changed 2026-08-18): "bunny.net is a Slovenian company".
 * - The company name BunnyWay d.o.o. is how bunny.net's own published code names the copyright holder (e.g. the
 *   Terraform provider, BunnyWay/terraform-provider-bunnynet, internal/provider/provider.go).
 * Not read: bunny.net/privacy/ and bunny.net/gdpr/ (no stored copy; a copy of the GDPR page on another site says
 * bunny.net "typically acts as a data processor", a lead only).
 *
 * Re-checked 2026-12-06:
 * - entity: name kept (BunnyWay d.o.o., bunny.net's own code); the address (Cesta komandanta Staneta 4A, 1215
 *   Medvode) is in no bunny.net document read and is marked unconfirmed; the support e-mail from the datenanfragen
 *   record is removed for the same reason; the datenanfragen record is no longer cited.
 * - role: processor, now sourced (bunny.net offers its customers a GDPR data processing agreement).
 * - transfers: none listed. With the EU/EEA routing filter all traffic stays on EU/EEA PoPs; without it, a visitor is
 *   served from the nearest PoP, which for visitors in Europe is normally one in Europe. The DPA, which would name any
 *   transfer mechanism, could not be read.
 * - retention: added (request logs 3 days unless the customer keeps them longer).
 * - activities: the IP address now notes that logs anonymise it by default.
 * - device access: none, as before. Bunny Shield, an optional bot protection, sets its own first-party cookies
 *   (bunny_shield, bunny_shield_chk, bunny_shield_id, bunny_shield_bd) without stated lifetimes; they are not part of
 *   this CDN entry.
 * - Unconfirmed: entity.address.
 */
export const bunnyNet: Processor = {
  id: "bunny-net",
  name: "bunny.net",
  aliases: ["BunnyCDN", "Bunny Stream", "BunnyWay"],
  categories: ["cdn"],
  entity: {
    name: "BunnyWay d.o.o.",
    address: { street: "Cesta komandanta Staneta 4A", postalCode: "1215", city: "Medvode", country: "SI" },
    url: "https://bunny.net/",
  },
  role: "processor",
  urls: {
    website: "https://bunny.net/",
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
      {
        category: "user.device.ip_address",
        details: {
          en: "needed to deliver the files; anonymised in the request logs unless we switch that off",
          de: "nötig, um die Dateien auszuliefern; in den Abrufprotokollen anonymisiert, sofern wir das nicht abschalten",
        },
      },
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
  domains: [],
  transfers: [],
  retention: {
    duration: "P3D",
    criteria: {
      en: "bunny.net keeps the request logs for 3 days, unless we choose to archive them for longer.",
      de: "bunny.net bewahrt die Abrufprotokolle 3 Tage auf, sofern wir sie nicht länger archivieren lassen.",
    },
  },
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/BunnyWay/documentation/blob/4b550dcad90739b749928b4696e86862f4d3b6e4/billing/taxation.mdx",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/BunnyWay/terraform-provider-bunnynet/blob/006ad60561150ece53258f93579a98486ff6e9d9/internal/provider/provider.go",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/BunnyWay/documentation/blob/4b550dcad90739b749928b4696e86862f4d3b6e4/account/data-processing-agreement.mdx",
      facts: ["role"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/BunnyWay/documentation/blob/4b550dcad90739b749928b4696e86862f4d3b6e4/cdn/logging/index.mdx",
      facts: ["role", "activities", "retention"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/BunnyWay/documentation/blob/4b550dcad90739b749928b4696e86862f4d3b6e4/cdn/performance/routing-filters.mdx",
      facts: ["transfers"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/BunnyWay/documentation/blob/4b550dcad90739b749928b4696e86862f4d3b6e4/stream/data-and-privacy.mdx",
      facts: ["urls", "activities", "device-access"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "No bunny.net document read gives the address; it comes from the datenanfragen record (citing bunnycdn.com's old contact and privacy pages). bunny.net/privacy/ and the DPA in the dashboard, which may name it, could not be read.",
    },
  ],
  disagreements: [],
};
