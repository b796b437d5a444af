import type { Processor } from "@policy/core";

/**
 * IONOS: web hosting, domains, e-mail and cloud servers.
 *
 * Address: IONOS's own privacy notice writes "Elgendorfer Str. 57" for the controller (and "Elgendorfer Straße 57"
 * for its data protection officer); the datenanfragen record writes "Elgendorfer Straße 57". We follow the privacy
 * notice's line for the controller.
 *
 * Activities, retention and transfers describe IONOS's web hosting product as its help page on website visitors
 * states them; other IONOS products (e.g. the website builder's analytics, cloud servers) may process more.
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
    url: "https://www.ionos.de",
  },
  role: "processor",
  urls: {
    website: "https://www.ionos.de",
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
        details: { en: "anonymised as soon as it is collected; used only to tell where the access came from", de: "sofort bei der Erhebung anonymisiert; nur genutzt, um den Ort des Zugriffs zu bestimmen" },
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
    { url: "https://www.ionos.de/datenschutzerklaerung/en", facts: ["entity", "urls"] },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/ionos.json",
      facts: ["entity", "urls"],
    },
    {
      url: "https://www.ionos.com/help/data-protection/data-processing-of-website-visitors-of-your-1amp1-ionos-product/11-ionos-webhosting/",
      facts: ["activities", "retention"],
    },
  ],
  checked: "2026-11-29",
};
