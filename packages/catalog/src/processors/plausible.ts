import type { Processor } from "@policy/core";

/**
 * Plausible Analytics, cookieless web analytics from Estonia.
 *
 * Entity and address: no page on plausible.io with the address was found among the stored
 * copies. They are taken from Plausible's own website repository (the source of
 * plausible.io/procurement, "Plausible company details"), cited at a fixed commit; the research
 * notes and many other sites give the same address.
 *
 * Legal basis: Plausible sets no cookies and stores no identifiers on the device, so no consent
 * under § 25 TDDDG is asked for and the statistics rest on legitimate interests. No device access.
 */
export const plausible: Processor = {
  id: "plausible",
  name: "Plausible Analytics",
  aliases: ["Plausible"],
  categories: ["analytics"],
  entity: {
    name: "Plausible Insights OÜ",
    address: { street: "Västriku tn 2", postalCode: "50403", city: "Tartu", country: "EE" },
    email: "hello@plausible.io",
    url: "https://plausible.io",
  },
  role: "processor",
  urls: {
    website: "https://plausible.io",
    privacyPolicy: "https://plausible.io/privacy",
    dpa: "https://plausible.io/dpa",
  },
  description: {
    en: "Plausible counts page views, referrers and devices without cookies and shows them as aggregate statistics.",
    de: "Plausible zählt Seitenaufrufe, Herkunftsseiten und Gerätetypen ohne Cookies und zeigt sie als zusammengefasste Statistik.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Knowing how many people visit our pages and where they come from, without cookies and without identifying anyone.",
          de: "Zu wissen, wie viele Menschen unsere Seiten besuchen und woher sie kommen, ohne Cookies und ohne jemanden zu identifizieren.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "used only to work out the country and a one-way hash for counting visitors, then discarded",
          de: "nur verwendet, um das Land und einen nicht umkehrbaren Hashwert zum Zählen der Besucher zu bilden, danach verworfen",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the page address and the referring page",
          de: "die Seitenadresse und die verweisende Seite",
        },
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser, operating system and device type, without the full user agent",
          de: "Browser, Betriebssystem und Gerätetyp, ohne den vollständigen User-Agent",
        },
      },
      {
        category: "user.location.imprecise",
        details: {
          en: "country",
          de: "Land",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [],
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/plausible/website/blob/06c5a828e535aed8a07418636b705b33e3789c76/_articles/procurement.md",
      facts: ["entity", "urls"],
    },
    { url: "https://websocket.plausible.io/dpa", facts: ["activities"] },
    {
      url: "https://github.com/plausible/website/blob/00ded0ba2e6f296ba3546963ab4dbf837619dc0c/_articles/data_policy.md",
      facts: ["activities"],
    },
  ],
  checked: "2026-11-29",
};
