import type { Processor } from "@policy/core";

/**
 * Plausible Analytics, cookieless web analytics from Estonia.
 *
 * Read in Plausible's own website repository (plausible/website, the source of plausible.io), at commit
 * cee14c92ab3134ba0efaeaf328904be9da8f4692 (21 August 2026):
 * - imprint.md, https://plausible.io/imprint: Plausible Insights OÜ, Västriku tn 2, 50403 Tartu, Estonia;
 *   registration number 14709274; hello@plausible.io.
 * - privacy.md, https://plausible.io/privacy ("Last updated: August 2026"): Plausible is processor for the website
 *   visitor data and controller for its customers' account data; visitor data is processed only in the EU and never
 *   leaves it; the only sub-processors that touch visitor data are Hetzner (Germany), Bunny (Slovenia) and UpCloud
 *   (Finland).
 * - dpa.md, https://plausible.io/dpa ("Last updated: March 2026"): customer is controller, Plausible processor; no
 *   cookies, no browser cache or local storage; a daily identifier is a hash of a daily salt, the site's domain, the
 *   IP address and the user agent; salts are deleted every 24 hours; raw IP address and user agent are never stored;
 *   all data is deleted without undue delay when the customer deletes the site or account.
 * - _articles/data_policy.md, https://plausible.io/data-policy ("Last updated: March 2026"): the complete list of what
 *   is stored (page URL, referrer, browser, operating system, device type, and country, region and city derived from
 *   the IP address).
 *
 * Legal basis: Plausible sets no cookies and stores no identifiers on the device, so no consent under § 25 TDDDG is
 * asked for and the statistics rest on legitimate interests. No device access.
 *
 * Re-checked 2026-12-06:
 * - entity: no change (Plausible Insights OÜ, Västriku tn 2, 50403 Tartu); now sourced to Plausible's imprint instead
 *   of the procurement article, which is no longer in the repository.
 * - role: processor, now sourced (privacy policy and DPA).
 * - transfers: none, as before, now sourced (visitor data stays in the EU).
 * - activities: location now "country, region and city" (was "country"), as the data policy lists it; the IP address
 *   note says "location" accordingly.
 * - retention: added (daily identifier gone after 24 hours; statistics kept until we delete the site or account).
 * - device access: none, as before.
 * - Nothing is marked unconfirmed.
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
    url: "https://plausible.io/",
  },
  role: "processor",
  urls: {
    website: "https://plausible.io/",
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
          en: "used only to work out the location and a one-way hash for counting visitors, then discarded",
          de: "nur verwendet, um den Standort und einen nicht umkehrbaren Hashwert zum Zählen der Besucher zu bilden, danach verworfen",
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
          en: "country, region and city, derived from the IP address",
          de: "Land, Region und Stadt, aus der IP-Adresse abgeleitet",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["plausible.io"],
  transfers: [],
  retention: {
    criteria: {
      en: "The daily visitor hash can no longer be recreated after 24 hours, when Plausible deletes the day's salt; the aggregate statistics are kept until we delete our site or account at Plausible.",
      de: "Der tägliche Besucher-Hash lässt sich nach 24 Stunden nicht mehr bilden, weil Plausible dann das Salz des Tages löscht; die zusammengefassten Statistiken bleiben, bis wir unsere Website oder unser Konto bei Plausible löschen.",
    },
  },
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/plausible/docs/blob/9652aa017c17b1cdff1ed37d17e93830da8d6746/docs/plausible-script.md",
      facts: ["domains"],
      checked: "2026-12-06",
    },
    { url: "https://plausible.io/imprint", facts: ["entity"], checked: "2026-12-06" },
    { url: "https://plausible.io/privacy", facts: ["entity", "role", "urls", "transfers"], checked: "2026-12-06" },
    { url: "https://plausible.io/dpa", facts: ["role", "urls", "activities", "retention", "device-access"], checked: "2026-12-06" },
    { url: "https://plausible.io/data-policy", facts: ["activities", "transfers"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
