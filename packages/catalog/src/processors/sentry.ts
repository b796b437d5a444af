import type { Processor } from "@policy/core";

/**
 * Sentry: error and performance monitoring for websites and apps, run by Functional Software, Inc.
 *
 * Entity name from Sentry's data processing addendum ("Functional Software, Inc. d/b/a Sentry").
 * Address: confirmed in Schedule 1 of Sentry's data processing addendum (version 5.1.0, created 29 May 2024), which
 * names the data importer as Functional Software, Inc. d/b/a Sentry, 45 Fremont Street, 8th Floor, San Francisco, CA
 * 94105. We read it as ToS;DR archives it (the archive files this addendum under "Privacy Policy"). The older address
 * in our research notes (132 Hawthorne Street, CA 94107) appears on no recent Sentry page.
 * Transfers: Schedule 3 of the same addendum says Sentry relies on the Data Privacy Framework for data from Europe and
 * falls back on the standard contractual clauses if the framework does not apply or is invalidated.
 * Retention is left out: Sentry's retention periods depend on the customer's plan, and we had no Sentry page stating them.
 */
export const sentry: Processor = {
  id: "sentry",
  name: "Sentry",
  aliases: ["Sentry.io", "Functional Software"],
  categories: ["error-monitoring"],
  entity: {
    name: "Functional Software, Inc.",
    address: { street: "45 Fremont Street, 8th Floor", postalCode: "94105", city: "San Francisco", region: "CA", country: "US" },
    email: "compliance@sentry.io",
    url: "https://sentry.io",
  },
  role: "processor",
  urls: {
    website: "https://sentry.io",
    privacyPolicy: "https://sentry.io/privacy/",
    dpa: "https://sentry.io/legal/dpa/",
  },
  description: {
    en: "Sentry collects error reports and crash data from websites and apps so that developers can find and fix faults quickly.",
    de: "Sentry sammelt Fehlerberichte und Absturzdaten von Websites und Apps, damit Entwickler Fehler schnell finden und beheben können.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.operations",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Noticing errors in our website or app early and fixing them, so that it keeps working for everyone.",
          de: "Fehler in unserer Website oder App frühzeitig zu bemerken und zu beheben, damit sie für alle zuverlässig funktioniert.",
        },
      },
    ],
    data: [
      {
        category: "user.telemetry",
        details: {
          en: "the error message and where in the code it happened, the address of the page, HTTP request and response headers, browser and operating system",
          de: "die Fehlermeldung und die Stelle im Code, an der sie auftrat, die Adresse der Seite, HTTP-Kopfzeilen von Anfrage und Antwort, Browser und Betriebssystem",
        },
      },
      {
        category: "user.device.ip_address",
        details: {
          en: "only if the website operator switches on sending it",
          de: "nur wenn der Websitebetreiber die Übermittlung einschaltet",
        },
      },
    ],
    subjects: ["website_visitor", "user"],
  },
  transfers: [
    {
      country: "US",
      mechanism: "EU-US-DPF",
      note: {
        en: "Functional Software, Inc. is self-certified under the EU-US Data Privacy Framework; Sentry's data processing addendum adds the EU standard contractual clauses for the case that the framework does not apply. Sentry customers can choose to have their data hosted in the EU instead of the US.",
        de: "Functional Software, Inc. ist nach dem EU-US Data Privacy Framework selbst zertifiziert; Sentrys Vertrag zur Auftragsverarbeitung sieht zusätzlich die EU-Standardvertragsklauseln für den Fall vor, dass das Framework nicht greift. Sentry-Kunden können wählen, ob ihre Daten in der EU statt in den USA gespeichert werden.",
      },
      checked: "2026-11-29",
    },
  ],
  deletion: {
    en: "Sentry stores error data on our behalf; ask us and we delete yours in Sentry.",
    de: "Sentry speichert Fehlerdaten in unserem Auftrag; wenden Sie sich an uns, dann löschen wir Ihre Daten in Sentry.",
  },
  deviceAccess: [],
  sources: [
    { url: "https://sentry.io/legal/dpa", facts: ["entity", "urls"] },
    // Sentry's data processing addendum, version 5.1.0 of 29 May 2024, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/00dcb2ed2baa36041b0b90be02780c8d4ff3c69a/Sentry/Privacy%20Policy.md",
      facts: ["entity", "transfers"],
    },
    { url: "https://sentry.io/privacy/index.html", facts: ["urls", "deletion"] },
    {
      url: "https://help.sentry.io/account/billing/what-happens-when-i-run-out-of-event-capacity-and-a-grace-period-is-triggered/",
      facts: ["entity", "deletion"],
    },
    { url: "https://sentry.io/trust/privacy", facts: ["transfers"] },
    { url: "https://docs.sentry.io/platforms/javascript/data-management/data-collected", facts: ["activities"] },
  ],
  checked: "2026-11-29",
};
