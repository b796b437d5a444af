import type { Processor } from "@policy/core";

/**
 * Hetzner: servers and web hosting in Germany and Finland.
 * The address follows Hetzner's own privacy page, which agrees with the datenanfragen record.
 */
export const hetzner: Processor = {
  id: "hetzner",
  name: "Hetzner",
  aliases: ["Hetzner Online", "Hetzner Cloud"],
  categories: ["hosting"],
  entity: {
    name: "Hetzner Online GmbH",
    address: { street: "Industriestr. 25", postalCode: "91710", city: "Gunzenhausen", country: "DE" },
    email: "data-protection@hetzner.com",
    url: "https://www.hetzner.com",
  },
  role: "processor",
  urls: {
    website: "https://www.hetzner.com",
    privacyPolicy: "https://www.hetzner.com/legal/privacy-policy",
  },
  description: {
    en: "Hetzner rents out servers, cloud machines and web hosting from its own data centres in Germany and Finland.",
    de: "Hetzner vermietet Server, Cloud-Maschinen und Webhosting aus eigenen Rechenzentren in Deutschland und Finnland.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Delivering our website and online services reliably from a server we rent.",
          de: "Unsere Website und Online-Dienste zuverlässig von einem gemieteten Server auszuliefern.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "browser and operating system, date and time of the request, the page you came from",
          de: "Browser und Betriebssystem, Datum und Uhrzeit des Abrufs, die Seite, von der Sie kamen",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [],
  retention: {
    criteria: {
      en: "Web server logs are kept as long as the customer configures; Hetzner keeps mail server logs for 7 days and backups for 14 days.",
      de: "Webserver-Protokolle werden so lange gespeichert, wie der Kunde es einstellt; Protokolle der Mailserver bewahrt Hetzner 7 Tage, Sicherungen 14 Tage auf.",
    },
  },
  deviceAccess: [],
  sources: [
    { url: "https://www.hetzner.com/privacy-policy-notice", facts: ["entity", "urls"] },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/hetzner.json",
      facts: ["entity"],
    },
    { url: "https://docs.hetzner.com/de/general/general-terms-and-conditions/data-privacy-faq/", facts: ["activities", "retention"] },
  ],
  checked: "2026-11-29",
};
