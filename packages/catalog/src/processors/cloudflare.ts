import type { Processor } from "@policy/core";

/**
 * Cloudflare: content delivery network, DNS, DDoS protection and web application firewall.
 *
 * Entity: Cloudflare's privacy policy and data processing addendum are issued by Cloudflare, Inc. (US). We name the
 * company the datenanfragen record ("tested") gives for privacy requests, Cloudflare, Ltd. in London, and list
 * Cloudflare, Inc. as the recipient of the US transfer. Cloudflare's privacy policy of 8 July 2025 (archived copy in
 * Open Terms Archive) gives Cloudflare, Ltd. the address County Hall/The Riverside Building, Belvedere Road, London
 * SE1 7PB; the datenanfragen record still has 2nd Floor, 25 Lavington Street, SE1 0NZ. We follow Cloudflare's own,
 * newer page. The same policy gives Cloudflare, Inc.'s address, 101 Townsend St., San Francisco, CA 94107, so the
 * entity could now be switched to Cloudflare, Inc.; that is left for a separate change.
 *
 * __cf_bm: the Open Cookie Database says "session"; Cloudflare's own support article says up to 30 minutes after the
 * last request. We follow Cloudflare's page.
 */
export const cloudflare: Processor = {
  id: "cloudflare",
  name: "Cloudflare",
  aliases: ["Cloudflare CDN", "Cloudflare WAF"],
  categories: ["cdn"],
  entity: {
    name: "Cloudflare, Ltd.",
    address: { street: "County Hall/The Riverside Building, Belvedere Road", postalCode: "SE1 7PB", city: "London", country: "GB" },
    email: "sar@cloudflare.com",
    url: "https://www.cloudflare.com",
  },
  role: "processor",
  urls: {
    website: "https://www.cloudflare.com",
    privacyPolicy: "https://www.cloudflare.com/privacypolicy/",
    dpa: "https://www.cloudflare.com/cloudflare-customer-dpa/",
  },
  description: {
    en: "Cloudflare sits in front of websites as a reverse proxy: it caches their files on servers worldwide and filters out attacks and unwanted bots.",
    de: "Cloudflare ist Websites als Reverse Proxy vorgeschaltet: Es hält ihre Dateien auf Servern in aller Welt zwischen und filtert Angriffe und unerwünschte Bots heraus.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.security",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Protecting our website against overload attacks, bots and other misuse.",
          de: "Unsere Website vor Überlastungsangriffen, Bots und anderem Missbrauch zu schützen.",
        },
      },
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Delivering our pages quickly and reliably from servers close to the visitor.",
          de: "Unsere Seiten schnell und zuverlässig von Servern in der Nähe der Besucher auszuliefern.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "the request itself: address of the page, browser, time and the data the browser sends along",
          de: "die Anfrage selbst: Adresse der Seite, Browser, Uhrzeit und die Angaben, die der Browser mitschickt",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [
    // Cloudflare, Ltd. in the UK, where privacy requests go, is covered by the EU's adequacy decision for the UK.
    {
      country: "GB",
      recipient: "Cloudflare, Ltd.",
      mechanism: "A45-3",
      checked: "2026-11-29",
    },
    // Cloudflare's privacy policy (8 July 2025, archived in Open Terms Archive) says that for data from the EEA,
    // Switzerland and the UK going to the US it relies on its certification under the EU-US Data Privacy Framework,
    // and falls back on the standard contractual clauses should the certification lapse or become invalid.
    {
      country: "US",
      recipient: "Cloudflare, Inc.",
      mechanism: "EU-US-DPF",
      note: {
        en: "Cloudflare, Inc. in the US provides the service under Cloudflare's data processing addendum and is certified under the EU-US Data Privacy Framework; if the certification lapses, Cloudflare relies on the EU standard contractual clauses instead.",
        de: "Cloudflare, Inc. in den USA erbringt den Dienst auf Grundlage von Cloudflares Vertrag zur Auftragsverarbeitung und ist nach dem EU-US-Datenschutzrahmen zertifiziert; entfällt die Zertifizierung, stützt sich Cloudflare stattdessen auf die Standardvertragsklauseln der EU.",
      },
      checked: "2026-11-29",
    },
  ],
  deletion: {
    en: "Requests about your personal data at Cloudflare, including deletion, go to sar@cloudflare.com.",
    de: "Anfragen zu Ihren personenbezogenen Daten bei Cloudflare, auch zur Löschung, richten Sie an sar@cloudflare.com.",
  },
  deviceAccess: [
    {
      name: "__cf_bm",
      technology: "cookie",
      purpose: {
        en: "Holds Cloudflare's score of whether the visitor is a bot, so that people are not challenged again and again.",
        de: "Enthält Cloudflares Einschätzung, ob es sich um einen Bot handelt, damit Menschen nicht immer wieder geprüft werden.",
      },
      duration: "PT30M",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "cf_clearance",
      technology: "cookie",
      purpose: {
        en: "Remembers that the visitor has passed a Cloudflare challenge.",
        de: "Merkt sich, dass Besucher eine Prüfung von Cloudflare bestanden haben.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "__cfruid",
      technology: "cookie",
      purpose: {
        en: "Helps Cloudflare tell trusted traffic from abuse when limiting requests.",
        de: "Hilft Cloudflare beim Begrenzen von Anfragen, vertrauenswürdigen Verkehr von Missbrauch zu unterscheiden.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "_cfuvid",
      technology: "cookie",
      purpose: {
        en: "Tells apart visitors who share one IP address, for rate limiting rules.",
        de: "Unterscheidet für Regeln zur Anfragebegrenzung Besucher, die sich eine IP-Adresse teilen.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "__cflb",
      technology: "cookie",
      purpose: {
        en: "Keeps the visitor on the same origin server behind Cloudflare's load balancer.",
        de: "Hält Besucher hinter dem Lastverteiler von Cloudflare beim selben Ursprungsserver.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "__cfwaitingroom",
      technology: "cookie",
      purpose: {
        en: "Tracks the visitor's place in a waiting room when the site is busy.",
        de: "Merkt sich den Platz in einem Warteraum, wenn die Website stark ausgelastet ist.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/cloudflare.json",
      facts: ["entity", "urls", "deletion"],
    },
    { url: "https://www.cloudflare.com/cloudflare-customer-dpa/", facts: ["urls", "transfers"] },
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/026e71a9e8c2eb092881062ef3590585839322a0/Cloudflare/Privacy%20Policy.md",
      facts: ["entity", "transfers"],
    },
    {
      url: "https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en",
      facts: ["transfers"],
    },
    { url: "https://www.cloudflare.com/en-au/trust-hub/gdpr/", facts: ["activities", "transfers"] },
    { url: "https://www.cloudflare.com/it-it/trust-hub/south-korea-pipa/", facts: ["activities"] },
    {
      url: "https://support.cloudflare.com/hc/en-us/articles/360024829591-What-does-the-Cloudflare-cf-bm-cookie-do-",
      facts: ["device-access"],
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
