import type { Processor } from "@policy/core";

/**
 * CleverReach: newsletter software from Rastede, Lower Saxony.
 *
 * Entity: the datenanfragen record (which cites CleverReach's privacy page and imprint) and CleverReach's terms of
 * service agree on CleverReach GmbH & Co. KG (Oldenburg local court, HRA 4020). The record's address has a building
 * line, "//CRASH Building", above "Schafjückenweg 2"; we keep the street line only. An old copy of the terms names
 * Felix-Wankel-Str. 16, Oldenburg; we follow the record, which CleverReach's current terms do not contradict.
 * Transfers: the company is in Germany and no page we read names a transfer, so none is listed.
 * Device access: the Open Cookie Database has no CleverReach entries, so none is listed.
 */
export const cleverreach: Processor = {
  id: "cleverreach",
  name: "CleverReach",
  aliases: [],
  categories: ["newsletter"],
  entity: {
    name: "CleverReach GmbH & Co. KG",
    address: { street: "Schafjückenweg 2", postalCode: "26180", city: "Rastede", country: "DE" },
    email: "info@cleverreach.com",
    phone: "+49 4402 9739000",
    url: "https://www.cleverreach.com",
  },
  role: "processor",
  urls: {
    website: "https://www.cleverreach.com",
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
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/cleverreach.json",
      facts: ["entity", "urls"],
    },
    { url: "https://www.cleverreach.com/en-de/terms-of-service/", facts: ["entity", "activities"] },
    { url: "https://www.cleverreach.com/de-de/datenschutz/", facts: ["urls"] },
    { url: "https://www.cleverreach.com/en-de/newsletter-tool/newsletter-reporting/", facts: ["activities"] },
    {
      url: "https://www.cleverreach.com/en/features/manage-recipients/automatic-unsubscribe-management/",
      facts: ["retention", "deletion"],
    },
    {
      url: "https://support.cleverreach.de/hc/en-us/articles/360019002493-Automatically-blacklist-unsubscribed-recipients",
      facts: ["retention"],
    },
  ],
  checked: "2026-11-29",
};
