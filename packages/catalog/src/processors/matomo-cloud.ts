import type { Processor } from "@policy/core";

/**
 * Matomo Cloud, the hosted Matomo run by InnoCraft (self-hosted Matomo has no processor).
 *
 * Address: the Matomo Cloud privacy policy (13 August 2024) writes "7 Waterloo Quay PO625, 6140
 * Wellington"; the newer Matomo Cloud DPA (version 3.0, 9 October 2025) writes "7 Waterloo Quay,
 * PO Box 625, 6140 Wellington". The DPA is followed as the more recent page.
 *
 * Transfers: New Zealand has an EU adequacy decision (Commission Implementing Decision
 * 2013/65/EU, as recorded in core's adequacy table), so the transfer to InnoCraft rests on
 * Art. 45(3) GDPR. InnoCraft's sub-processor list puts the servers in Frankfurt with backups in
 * Dublin.
 */
export const matomoCloud: Processor = {
  id: "matomo-cloud",
  name: "Matomo Cloud",
  aliases: ["Matomo Analytics Cloud", "InnoCraft"],
  categories: ["analytics"],
  entity: {
    name: "InnoCraft Ltd",
    address: { street: "7 Waterloo Quay, PO Box 625", postalCode: "6140", city: "Wellington", country: "NZ" },
    email: "privacy@innocraft.com",
    url: "https://matomo.org",
  },
  role: "processor",
  urls: {
    website: "https://matomo.org",
    privacyPolicy: "https://matomo.org/matomo-cloud-privacy-policy/",
    dpa: "https://matomo.org/matomo-cloud-dpa/",
  },
  description: {
    en: "Matomo Cloud is the hosted edition of the open-source Matomo web analytics, run by InnoCraft on servers in Frankfurt.",
    de: "Matomo Cloud ist die gehostete Ausgabe der quelloffenen Webanalyse Matomo, betrieben von InnoCraft auf Servern in Frankfurt.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting",
        legalBasis: "A6-1-a",
        description: {
          en: "Counting visits and seeing how visitors find and use our website.",
          de: "Besuche zählen und sehen, wie Besucher unsere Website finden und nutzen.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "browser type and operating system",
          de: "Browsertyp und Betriebssystem",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the addresses of the pages visited",
          de: "die Adressen der besuchten Seiten",
        },
      },
      {
        category: "user.device.cookie_id",
        details: {
          en: "a visitor ID kept in a cookie on our domain",
          de: "eine Besucherkennung in einem Cookie auf unserer Domain",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [
    {
      country: "NZ",
      recipient: "InnoCraft Ltd",
      mechanism: "A45-3",
      note: {
        en: "InnoCraft is based in New Zealand, which has an EU adequacy decision; the analytics data itself is hosted by AWS in Frankfurt, with backups in Dublin.",
        de: "InnoCraft sitzt in Neuseeland, für das ein Angemessenheitsbeschluss der EU besteht; die Analysedaten selbst liegen bei AWS in Frankfurt, Sicherungen in Dublin.",
      },
      checked: "2026-11-29",
    },
  ],
  deviceAccess: [
    {
      name: "_pk_id.*",
      technology: "cookie",
      purpose: {
        en: "Stores the visitor ID so Matomo can tell returning visitors apart.",
        de: "Speichert die Besucherkennung, damit Matomo wiederkehrende Besucher unterscheiden kann.",
      },
      duration: "P13M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_pk_ses.*",
      technology: "cookie",
      purpose: {
        en: "Holds data about the current visit for a short time.",
        de: "Hält Angaben zum laufenden Besuch für kurze Zeit fest.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_pk_ref.*",
      technology: "cookie",
      purpose: {
        en: "Remembers which site first referred the visitor.",
        de: "Merkt sich, über welche Seite der Besucher zuerst kam.",
      },
      duration: "P6M",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    { url: "https://matomo.org/matomo-cloud-dpa/", facts: ["entity", "urls", "activities"] },
    { url: "https://matomo.org/matomo-cloud-privacy-policy/", facts: ["entity", "urls"] },
    { url: "https://matomo.org/matomo-cloud-dpa/subprocessors", facts: ["activities", "transfers"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
