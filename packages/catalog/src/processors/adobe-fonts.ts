import type { Processor } from "@policy/core";

/**
 * Adobe Fonts (formerly Typekit): web fonts served from Adobe's servers.
 *
 * Address follows the datenanfragen record, which writes the name "Adobe Systems Software Ireland Ltd."; we write
 * the name as Adobe's own privacy policy does (Estonian version of 14 February 2024), which also says that this company
 * is the controller for people outside North America and that data goes to the United States. No page we could read
 * gives Adobe Inc.'s address, so there is no parent.
 * Role: Adobe uses what the font service collects for its own billing, licence compliance and payments to type
 * foundries, under its own privacy policy; we list it as a controller.
 * Cookies: Adobe says the font service for websites sets no cookies to serve fonts, so there are none here.
 * Transfers: Adobe's page on cross-border transfers (last updated 17 November 2025) names the standard contractual
 * clauses, adequacy decisions and consent.
 */
export const adobeFonts: Processor = {
  id: "adobe-fonts",
  name: "Adobe Fonts",
  aliases: ["Typekit", "Adobe Typekit"],
  categories: ["fonts"],
  entity: {
    name: "Adobe Systems Software Ireland Limited",
    address: { street: "4–6 Riverwalk, City West Business Campus", city: "Dublin 24", country: "IE" },
    email: "dpo@adobe.com",
    phone: "+353 1 242 6700",
    url: "https://www.adobe.com",
  },
  role: "controller",
  urls: {
    website: "https://fonts.adobe.com",
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
        details: { en: "needed to send the fonts to your browser; Adobe says it does not store it", de: "nötig, um die Schriften an Ihren Browser zu senden; laut Adobe wird sie nicht gespeichert" },
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
  transfers: [
    {
      country: "US",
      mechanism: "A46-2-c",
      note: {
        en: "Adobe names the standard contractual clauses for transfers out of the EEA and has published a transfer impact assessment.",
        de: "Adobe nennt für Übermittlungen aus dem EWR die Standardvertragsklauseln und hat eine Bewertung der Übermittlungsrisiken veröffentlicht.",
      },
      checked: "2026-11-29",
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
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/adobe.json",
      facts: ["entity", "urls"],
    },
    { url: "https://www.adobe.com/ee/privacy/policy.html", facts: ["entity", "transfers"] },
    { url: "https://adobe.com/privacy/policies/typekit.html", facts: ["urls", "activities", "retention"] },
    { url: "https://www.adobe.com/mena_ar/privacy/eudatatransfers", facts: ["transfers"] },
    { url: "https://www.adobe.com/privacy/adobe-transfer-impact-assessment.html", facts: ["transfers"] },
  ],
  checked: "2026-11-29",
};
