import type { Processor } from "@policy/core";

/**
 * Cloudflare: content delivery network, DNS, DDoS protection and web application firewall.
 *
 * Entity: Cloudflare's privacy policy and data processing addendum are issued by Cloudflare, Inc. (US), but none of
 * the Cloudflare pages we could read gives that company's address (other lists say 101 Townsend St., San Francisco,
 * without a Cloudflare page behind them). We therefore name the company the datenanfragen record ("tested") gives
 * for privacy requests, Cloudflare, Ltd. in London, and list Cloudflare, Inc. as the recipient of the US transfer.
 * Replace the entity with Cloudflare, Inc. and its address once a Cloudflare page or the DPF list confirms it.
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
    address: { street: "2nd Floor, 25 Lavington Street", postalCode: "SE1 0NZ", city: "London", country: "GB" },
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
    // UNSOURCED: Cloudflare, Inc. (US) is the party to Cloudflare's DPA, but none of the Cloudflare pages we could read
    // names the transfer mechanism (its GDPR trust page only refers to "transfer tools" and supplementary measures);
    // the standard contractual clauses are the best-supported guess. Check the DPA's transfer section and the DPF list.
    {
      country: "US",
      recipient: "Cloudflare, Inc.",
      mechanism: "A46-2-c",
      note: {
        en: "Cloudflare, Inc. in the US provides the service under Cloudflare's data processing addendum.",
        de: "Cloudflare, Inc. in den USA erbringt den Dienst auf Grundlage von Cloudflares Vertrag zur Auftragsverarbeitung.",
      },
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
