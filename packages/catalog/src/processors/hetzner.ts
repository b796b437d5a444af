import type { Processor } from "@policy/core";

/**
 * Hetzner: servers and web hosting in Germany and Finland.
 *
 * Read:
 * - Privacy policy for Hetzner's websites, https://www.hetzner.com/legal/privacy-policy/ ("Status: April 16, 2025"),
 *   in the Open Terms Archive copy recorded on 24 October 2025 (contrib-versions, Hetzner/Privacy Policy.md): names
 *   Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, and data-protection@hetzner.com.
 * - Privacy notice for direct communication, https://www.hetzner.com/privacy-policy-notice (stored copy, undated):
 *   same company, address and e-mail.
 * - Data Privacy FAQ on docs.hetzner.com, English version "last change 2024-01-09" read in full (stored copy): the
 *   DPA makes the customer controller and Hetzner processor; web hosting and managed servers store only pseudonymised
 *   visitor IP addresses; mail server logs 7 days, Apache logs as the customer configures, encrypted backups 14 days.
 *   A newer version ("last change 2025-09-19") exists; only its opening on log files could be read, and it was
 *   reworded, not contradicting the above.
 * - Web hosting service agreement, https://www.hetzner.com/legal/webhosting/ (stored copy, undated): daily backups,
 *   kept for at most 14 days.
 * - Data centres page on docs.hetzner.com (German, "last change 2024-10-24"): Hetzner's own data-centre parks are in
 *   Nuremberg, Falkenstein and Helsinki (this backs the description).
 *
 * Re-checked 2026-12-06:
 * - entity: no change (Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen); now sourced to Hetzner's own two
 *   privacy notices instead of the datenanfragen record, which is dropped as a source.
 * - role: processor, now with a source (the Data Privacy FAQ on the DPA).
 * - urls: no change.
 * - transfers: none, as before. The website privacy policy says data stays in the EU unless stated otherwise; no
 *   Hetzner document read names a third country for hosting. Hetzner Cloud also offers locations outside the EU that
 *   a customer can choose; no Hetzner page on them was read, so they are not listed (a policy for such a server needs
 *   its own transfer).
 * - activities: the IP address now says that web hosting logs keep it only pseudonymised (FAQ).
 * - retention: no change in substance (mail logs 7 days, backups 14 days, web logs as configured); the FAQ source now
 *   points to the English page read, with its date.
 * - device access: none; plain hosting sets no cookies.
 * - Nothing is marked unconfirmed.
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
    url: "https://www.hetzner.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.hetzner.com/",
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
      {
        category: "user.device.ip_address",
        details: {
          en: "on web hosting, stored in the logs only with its last part replaced by a random number",
          de: "beim Webhosting in den Protokollen nur mit zufällig ersetztem letztem Teil gespeichert",
        },
      },
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
  domains: [],
  transfers: [],
  retention: {
    criteria: {
      en: "Web server logs are kept as long as the customer configures; Hetzner keeps mail server logs for 7 days and backups for 14 days.",
      de: "Webserver-Protokolle werden so lange gespeichert, wie der Kunde es einstellt; Protokolle der Mailserver bewahrt Hetzner 7 Tage, Sicherungen 14 Tage auf.",
    },
  },
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/7180839483d19f813961913c299c4f0ca8b94bc2/Hetzner/Privacy%20Policy.md",
      facts: ["entity", "urls", "transfers"],
      checked: "2026-12-06",
      updated: "2025-04-16",
    },
    { url: "https://www.hetzner.com/privacy-policy-notice", facts: ["entity"], checked: "2026-12-06" },
    {
      url: "https://docs.hetzner.com/general/general-terms-and-conditions/data-privacy-faq/",
      facts: ["role", "activities", "retention"],
      checked: "2026-12-06",
      updated: "2024-01-09",
    },
    { url: "https://www.hetzner.com/legal/webhosting/", facts: ["retention"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
