import type { Processor } from "@policy/core";

/**
 * CleverReach: newsletter software from Rastede, Lower Saxony.
 *
 * Read (stored copies): CleverReach's General Terms and Conditions (https://www.cleverreach.com/en-de/terms-of-service/,
 * undated, opening part: the contracting party is CleverReach GmbH & Co. KG, Oldenburg local court HRA 4020, "for
 * further details consult the legal information"); an older English version (https://www.cleverreach.com/en/terms-of-service/)
 * that still gives Felix-Wankel-Str. 16, 26125 Oldenburg; the opening part of CleverReach's privacy policy (archived
 * 3 January 2024); CleverReach's pages on reporting and automatic unsubscribe management and its support article on
 * blacklisting unsubscribed recipients.
 *
 * Re-checked 2026-12-06:
 * - Entity: no change to the name. The address Schafjückenweg 2, 26180 Rastede comes from the datenanfragen record,
 *   which cites CleverReach's imprint and privacy page; neither page was readable here in the part that gives the
 *   address, and the only CleverReach page we read with an address (the older English terms) names Oldenburg. The
 *   address is kept and marked unconfirmed. Phone and e-mail came only from that record and were dropped.
 * - Role: processor, no change (the terms make CleverReach the service provider operating the platform for the client).
 * - Transfers: none; no CleverReach page we read names a transfer outside the EEA.
 * - Retention and deletion: no change (unsubscribe handling per CleverReach's own pages).
 * - Device access: none listed (the Open Cookie Database has no CleverReach entries; CleverReach names no cookie).
 */
export const cleverreach: Processor = {
  id: "cleverreach",
  name: "CleverReach",
  aliases: [],
  categories: ["newsletter"],
  entity: {
    name: "CleverReach GmbH & Co. KG",
    address: { street: "Schafjückenweg 2", postalCode: "26180", city: "Rastede", country: "DE" },
    url: "https://www.cleverreach.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.cleverreach.com/",
    privacyPolicy: "https://www.cleverreach.com/de-de/datenschutz/",
  },
  description: {
    en: "CleverReach is a German web service for building, sending and evaluating e-mail newsletters, with sign-up forms and recipient lists.",
    de: "CleverReach ist ein deutscher Webdienst, mit dem sich E-Mail-Newsletter gestalten, versenden und auswerten lassen, mit Anmeldeformularen und Empfängerlisten.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.communications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "To deliver our newsletter to the address you registered.",
          de: "Um unseren Newsletter an die von Ihnen angemeldete Adresse zu senden.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To count opens, clicks, bounces and unsubscribes for each newsletter.",
          de: "Um für jeden Newsletter Öffnungen, Klicks, Rückläufer und Abmeldungen zu zählen.",
        },
      },
    ],
    data: [
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.name",
        details: { en: "if the sign-up form asks for it", de: "falls das Anmeldeformular danach fragt" },
        collected: "provided",
      },
      {
        category: "user.behavior",
        details: {
          en: "whether you opened a newsletter and which links in it you clicked",
          de: "ob Sie einen Newsletter geöffnet und welche Links darin Sie angeklickt haben",
        },
        collected: "usage",
      },
    ],
    subjects: ["newsletter_subscriber"],
  },
  domains: [],
  transfers: [],
  retention: {
    criteria: {
      en: "After you unsubscribe, your address stays in the list, marked as unsubscribed, so that it is not mailed again. If the sender switches on automatic deletion, CleverReach deletes it at once and keeps only the record of your double opt-in.",
      de: "Nach Ihrer Abmeldung bleibt Ihre Adresse als abgemeldet markiert in der Liste, damit sie nicht erneut angeschrieben wird. Schaltet der Absender die automatische Löschung ein, löscht CleverReach sie sofort und bewahrt nur den Nachweis Ihres Double-Opt-ins auf.",
    },
  },
  deletion: {
    en: "Each newsletter sent with CleverReach contains an unsubscribe link in its footer; one click marks your address as unsubscribed.",
    de: "Jeder mit CleverReach versandte Newsletter enthält in der Fußzeile einen Abmeldelink; ein Klick markiert Ihre Adresse als abgemeldet.",
  },
  deviceAccess: [],
  sources: [
    { url: "https://www.cleverreach.com/en-de/terms-of-service/", facts: ["entity", "role", "activities"], checked: "2026-12-06" },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/cleverreach.json",
      facts: ["urls"],
      checked: "2026-12-06",
    },
    { url: "https://www.cleverreach.com/de-de/datenschutz/", facts: ["urls"], checked: "2026-12-06" },
    { url: "https://www.cleverreach.com/en-de/newsletter-tool/newsletter-reporting/", facts: ["activities"], checked: "2026-12-06" },
    {
      url: "https://www.cleverreach.com/en/features/manage-recipients/automatic-unsubscribe-management/",
      facts: ["retention", "deletion"],
      checked: "2026-12-06",
    },
    {
      url: "https://support.cleverreach.de/hc/en-us/articles/360019002493-Automatically-blacklist-unsubscribed-recipients",
      facts: ["retention"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "Schafjückenweg 2, 26180 Rastede is from the datenanfragen record (citing CleverReach's imprint and privacy page). The CleverReach terms we read refer to the imprint without giving an address; the older English terms give Felix-Wankel-Str. 16, 26125 Oldenburg. Confirm against https://www.cleverreach.com/de/impressum/.",
    },
  ],
  disagreements: [],
};
