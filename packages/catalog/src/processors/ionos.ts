import type { Processor } from "@policy/core";

/**
 * IONOS: web hosting, domains, e-mail and cloud servers.
 *
 * Read:
 * - "Privacy Notice for Websitevisitors and Customers", https://www.ionos.de/datenschutzerklaerung/en (stored copy;
 *   no date shown in the parts read): the controller is IONOS SE, Elgendorfer Str. 57, 56410 Montabaur,
 *   datenschutz@ionos.de (the data protection officer's line writes "Elgendorfer Straße 57"); when providing its
 *   products IONOS also acts as a processor, as set out in its data processing agreement.
 * - Help page on the data of website visitors for IONOS web hosting,
 *   https://www.ionos.com/help/data-protection/data-processing-of-website-visitors-of-your-1amp1-ionos-product/11-ionos-webhosting/
 *   (stored copy, undated): the listed data are anonymised as they are collected, kept for 8 weeks, not passed on to
 *   third parties and not transferred to third countries; IONOS SiteAnalytics also processes them.
 *
 * The entry covers customers of ionos.de: customers of other IONOS sites contract with other companies (ionos.co.uk
 * names IONOS Cloud Ltd., Gloucester, as controller), which this entry does not describe. Activities, retention and
 * transfers describe IONOS's web hosting product; other IONOS products (the website builder's analytics, cloud
 * servers) may process more. The IONOS data processing agreement for web hosting sits in the customer account and
 * was not read.
 *
 * Re-checked 2026-12-06:
 * - entity: no change (IONOS SE, Elgendorfer Str. 57, 56410 Montabaur, as the privacy notice writes the
 *   controller's line); the datenanfragen record is dropped as a source.
 * - role: processor, now sourced to the privacy notice (IONOS acts as processor when providing its products).
 * - urls: no change.
 * - transfers: none; the help page says there is no transfer to third countries. Now sourced.
 * - retention: no change (8 weeks).
 * - device access: none; the help page names no cookies for hosted websites.
 * - Nothing is marked unconfirmed.
 */
export const ionos: Processor = {
  id: "ionos",
  name: "IONOS",
  aliases: ["1&1 IONOS"],
  categories: ["hosting"],
  entity: {
    name: "IONOS SE",
    address: { street: "Elgendorfer Str. 57", postalCode: "56410", city: "Montabaur", country: "DE" },
    email: "datenschutz@ionos.de",
    url: "https://www.ionos.de/",
  },
  role: "processor",
  urls: {
    website: "https://www.ionos.de/",
    privacyPolicy: "https://www.ionos.de/datenschutzerklaerung/en",
  },
  description: {
    en: "IONOS, based in Montabaur, sells web hosting, domains, e-mail mailboxes and cloud servers.",
    de: "IONOS mit Sitz in Montabaur verkauft Webhosting, Domains, E-Mail-Postfächer und Cloud-Server.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.security",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Keeping our website and hosting account secure and working properly.",
          de: "Unsere Website und unser Hosting-Konto sicher und funktionsfähig zu halten.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "anonymised as soon as it is collected; used only to tell where the access came from",
          de: "sofort bei der Erhebung anonymisiert; nur genutzt, um den Ort des Zugriffs zu bestimmen",
        },
      },
      {
        category: "user.telemetry",
        details: {
          en: "referring page, requested page or file, browser and version, operating system, device type, time of access",
          de: "verweisende Seite, abgerufene Seite oder Datei, Browser und Version, Betriebssystem, Gerätetyp, Zeitpunkt des Zugriffs",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [],
  retention: {
    duration: "P8W",
    criteria: {
      en: "IONOS keeps the anonymised visitor data of its web hosting for 8 weeks.",
      de: "IONOS speichert die anonymisierten Besucherdaten seines Webhostings 8 Wochen lang.",
    },
  },
  deviceAccess: [],
  sources: [
    { url: "https://www.ionos.de/datenschutzerklaerung/en", facts: ["entity", "role", "urls"], checked: "2026-12-06" },
    {
      url: "https://www.ionos.com/help/data-protection/data-processing-of-website-visitors-of-your-1amp1-ionos-product/11-ionos-webhosting/",
      facts: ["activities", "retention", "transfers"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
