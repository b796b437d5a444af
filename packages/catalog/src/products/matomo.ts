import type { Processor } from "@policy/core";

/**
 * Matomo as a product: what its tracker collects and the cookies it sets on the website's own domain. These are the
 * same whether InnoCraft hosts Matomo (matomo-cloud) or the website runs it itself (matomo), so both entries share them.
 *
 * Read (2026-12-06): Matomo's FAQ "What are the cookies created by Matomo JavaScript Tracking client?",
 * https://matomo.org/faq/general/faq_146/ (stored copy): first-party cookies set on the website's domain; _pk_id 13
 * months, _pk_ref 6 months, _pk_ses 30 minutes by default.
 */
export const matomoProduct = {
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
} satisfies Pick<Processor, "activities" | "deviceAccess">;
