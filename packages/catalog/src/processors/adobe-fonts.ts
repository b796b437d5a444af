import type { Processor } from "@policy/core";

/**
 * Adobe Fonts (formerly Typekit): web fonts served from Adobe's servers.
 *
 * Read (stored copies):
 * - Adobe Fonts privacy page, https://adobe.com/privacy/policies/typekit.html ("Last updated: November 05, 2021"): the
 *   Adobe Privacy Policy governs Adobe Fonts; the service for websites sets no cookies to serve fonts; it collects the
 *   fonts served, web project and account IDs, the serving infrastructure and the host name of the page, for billing
 *   and compliance, to diagnose delivery problems and to pay the type foundries; it receives the IP address to send the
 *   fonts but does not store it.
 * - Adobe Privacy Policy, Estonian version https://www.adobe.com/ee/privacy/policy.html ("last updated 14 February
 *   2024"), opening part: for people outside North America the relationship is with Adobe Systems Software Ireland
 *   Limited, which is the controller for the personal data Adobe collects; Adobe transfers data to other countries
 *   including the US. The English privacy policy of January 2025 (https://www.adobe.com/privacy/privacy-notice.html)
 *   could only be read in its opening: where Adobe serves individual users directly it is the controller.
 * - Cross-border data transfers, https://www.adobe.com/mena_ar/privacy/eudatatransfers ("Last updated: November 17,
 *   2025"): for individual users and customers, transfers out of the EEA, UK and Switzerland rest on standard
 *   contractual clauses, adequacy decisions and consent; Adobe Ireland has made transfer impact assessments. The page
 *   names no Data Privacy Framework certification.
 * - Adobe Transfer Impact Assessment, https://www.adobe.com/privacy/adobe-transfer-impact-assessment.html: Adobe relies
 *   on the EU SCCs of 2021 (and the UK addendum, Swiss variant).
 *
 * Re-checked 2026-12-06:
 * - entity: name kept (Adobe Systems Software Ireland Limited, Adobe's privacy policy). The address (4–6 Riverwalk,
 *   City West Business Campus, Dublin 24) is in no Adobe document read and is marked unconfirmed; the DPO e-mail and
 *   phone number, which came only from the datenanfragen record, are removed; that record is no longer cited.
 * - role: controller, now sourced: Adobe's privacy policy governs Adobe Fonts and Adobe uses the data for its own
 *   billing, licence compliance and foundry payments. Adobe's documents give no processor role for the web font
 *   service.
 * - transfers: the US transfer now names its recipient, Adobe Inc., and stays on the standard contractual clauses
 *   (no DPF statement by Adobe was found).
 * - retention, activities, device access: no change (IP address not stored; no cookies).
 * - Unconfirmed: entity.address.
 */
export const adobeFonts: Processor = {
  id: "adobe-fonts",
  name: "Adobe Fonts",
  aliases: ["Typekit", "Adobe Typekit"],
  categories: ["fonts"],
  entity: {
    name: "Adobe Systems Software Ireland Limited",
    address: { street: "4–6 Riverwalk, City West Business Campus", city: "Dublin 24", country: "IE" },
    url: "https://www.adobe.com/",
  },
  role: "controller",
  urls: {
    website: "https://fonts.adobe.com/",
    privacyPolicy: "https://www.adobe.com/privacy/policy.html",
  },
  description: {
    en: "Adobe Fonts delivers licensed typefaces to websites from Adobe's servers, so that pages appear in the fonts their designers chose.",
    de: "Adobe Fonts liefert lizenzierte Schriften von Adobes Servern an Websites aus, damit Seiten in den von ihren Gestaltern gewählten Schriften erscheinen.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Showing our website in the same licensed typefaces on every device.",
          de: "Unsere Website auf allen Geräten in denselben lizenzierten Schriften darzustellen.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "needed to send the fonts to your browser; Adobe says it does not store it",
          de: "nötig, um die Schriften an Ihren Browser zu senden; laut Adobe wird sie nicht gespeichert",
        },
      },
      {
        category: "system.operations",
        details: {
          en: "which fonts were served, for which web project, and the host name of the page that loaded them",
          de: "welche Schriften für welches Webprojekt ausgeliefert wurden und der Hostname der Seite, die sie geladen hat",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["use.typekit.net", "p.typekit.net", "performance.typekit.net"],
  transfers: [
    {
      country: "US",
      recipient: "Adobe Inc.",
      mechanism: "A46-2-c",
      note: {
        en: "Adobe names the standard contractual clauses for transfers out of the EEA and has published a transfer impact assessment.",
        de: "Adobe nennt für Übermittlungen aus dem EWR die Standardvertragsklauseln und hat eine Bewertung der Übermittlungsrisiken veröffentlicht.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "The font service receives your IP address to deliver the fonts but does not store it.",
      de: "Der Schriftendienst erhält Ihre IP-Adresse, um die Schriften auszuliefern, speichert sie aber nicht.",
    },
  },
  deviceAccess: [],
  sources: [
    {
      url: "https://helpx.adobe.com/fonts/web/web-design-and-development/content-security-policy.html",
      facts: ["domains"],
      checked: "2026-12-06",
      updated: "2023-08-02",
    },
    {
      url: "https://helpx.adobe.com/jp/fonts/web/web-design-and-development/content-security-policy.html",
      facts: ["domains"],
      checked: "2026-12-06",
      updated: "2023-08-02",
    },
    { url: "https://helpx.adobe.com/fonts/using/embed-codes.html", facts: ["domains"], checked: "2026-12-06" },
    {
      url: "https://www.adobe.com/ee/privacy/policy.html",
      facts: ["entity", "role", "urls", "transfers"],
      checked: "2026-12-06",
      updated: "2024-02-14",
    },
    { url: "https://www.adobe.com/privacy/privacy-notice.html", facts: ["role"], checked: "2026-12-06" },
    {
      url: "https://adobe.com/privacy/policies/typekit.html",
      facts: ["role", "urls", "activities", "retention", "device-access"],
      checked: "2026-12-06",
      updated: "2021-11-05",
    },
    {
      url: "https://www.adobe.com/mena_ar/privacy/eudatatransfers",
      facts: ["transfers"],
      checked: "2026-12-06",
      updated: "2025-11-17",
    },
    { url: "https://www.adobe.com/privacy/adobe-transfer-impact-assessment.html", facts: ["transfers"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "No Adobe document read gives Adobe Ireland's address; it comes from the datenanfragen record. The contact section of Adobe's current privacy policy, which may give it, could not be read.",
    },
  ],
  disagreements: [],
};
