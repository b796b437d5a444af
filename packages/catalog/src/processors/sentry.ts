import type { Processor } from "@policy/core";

/**
 * Sentry: error and performance monitoring for websites and apps, run by Functional Software, Inc.
 *
 * Read (2026-12-06):
 * - Sentry's Data Processing Addendum, version 5.1.0 "created on May 29, 2024", as archived by ToS;DR (which files it
 *   under "Privacy Policy"); the stored copy of sentry.io/legal/dpa shows the same version. Parties: Functional Software,
 *   Inc. d/b/a Sentry and the customer; Sentry is the processor, the customer the controller (section 2.1). Schedule 1
 *   names the data importer as Functional Software, Inc. d/b/a Sentry, 45 Fremont Street, 8th Floor, San Francisco, CA
 *   94105, lists IP address, e-mail address and other data the customer configures, and keeps personal data "throughout
 *   the Term of the Agreement plus the period from expiry of the Term until deletion"; section 3 lets the customer delete
 *   data during the term and has Sentry destroy it when the term ends; section 6.1 allows storage in the United States
 *   and wherever Sentry or its sub-processors operate. Schedule 3: Sentry complies with the Data Privacy Framework (the
 *   DPA defines it as the EU-US DPF, the Swiss-US DPF and the UK Extension) for transfers from Europe (the EEA,
 *   Switzerland and the UK) and falls back on the SCCs if it is invalidated or does not apply.
 * - Sentry's Privacy Policy, version 3.3.1 of 31 May 2024 (sentry.io/privacy): does not cover service data, which the
 *   customer controls.
 * - Sentry's JavaScript SDK documentation, "Data Collected": request headers are sent by default; IP address, cookies and
 *   user details only if the operator enables them.
 *
 * Re-checked 2026-12-06:
 * - Entity and address: no change (Schedule 1 of the DPA).
 * - Role: processor, no change; now sourced (DPA section 2.1).
 * - Transfers: no change in mechanism; recipient Functional Software, Inc. and the certification (EU-US, UK Extension,
 *   Swiss-US, per Sentry's own DPA; no stored copy of the DPF List entry was found) added. The note no longer says
 *   customers can choose EU hosting, which no Sentry page we read states.
 * - Retention: added from Schedule 1 of the DPA (was left out).
 * - Activities, deletion, URLs: no change. Sources not re-read (the help-center page on event capacity, sentry.io/trust/
 *   privacy) are dropped.
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
    url: "https://sentry.io/",
  },
  role: "processor",
  urls: {
    website: "https://sentry.io/",
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
  domains: ["browser.sentry-cdn.com", "*.ingest.sentry.io"],
  transfers: [
    {
      country: "US",
      recipient: "Functional Software, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: "https://github.com/tosdr/tosdr-versions/blob/00dcb2ed2baa36041b0b90be02780c8d4ff3c69a/Sentry/Privacy%20Policy.md",
        checked: "2026-12-06",
      },
      note: {
        en: "Sentry's data processing addendum relies on Functional Software, Inc.'s participation in the Data Privacy Framework and adds the EU standard contractual clauses for the case that the framework does not apply or is invalidated.",
        de: "Sentrys Vertrag zur Auftragsverarbeitung stützt sich auf die Teilnahme der Functional Software, Inc. am EU-US-Datenschutzrahmen und sieht zusätzlich die EU-Standardvertragsklauseln für den Fall vor, dass der Datenschutzrahmen nicht greift oder für ungültig erklärt wird.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    until: {
      en: "we delete the error data in Sentry, or at the latest our contract with Sentry ends",
      de: "wir die Fehlerdaten in Sentry löschen, spätestens aber unser Vertrag mit Sentry endet",
    },
    criteria: {
      en: "Sentry keeps error data for as long as our contract runs unless we delete it earlier, and destroys it when the contract ends unless the law requires Sentry to keep it.",
      de: "Sentry bewahrt Fehlerdaten auf, solange unser Vertrag läuft, sofern wir sie nicht früher löschen, und vernichtet sie mit dem Ende des Vertrags, soweit Sentry sie nicht gesetzlich aufbewahren muss.",
    },
  },
  deletion: {
    en: "Sentry stores error data on our behalf; ask us and we delete yours in Sentry.",
    de: "Sentry speichert Fehlerdaten in unserem Auftrag; wenden Sie sich an uns, dann löschen wir Ihre Daten in Sentry.",
  },
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/getsentry/sentry-docs/blob/005278cdf62fe0dacaae731a2e00f6428c7966ed/docs/platforms/javascript/common/install/loader.mdx",
      facts: ["domains"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/getsentry/sentry-docs/blob/b8cd63765b0f17d3a8d5634be98aba348613b9ff/docs/platforms/javascript/common/troubleshooting/index.mdx",
      facts: ["domains"],
      checked: "2026-12-06",
    },
    { url: "https://docs.sentry.io/platforms/go/security-policy-reporting", facts: ["domains"], checked: "2026-12-06" },
    // Read as the stored copy of this address (version 5.1.0).
    { url: "https://sentry.io/legal/dpa/", facts: ["entity", "urls"], checked: "2026-12-06", updated: "2024-05-29" },
    // Sentry's data processing addendum, version 5.1.0 of 29 May 2024, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/00dcb2ed2baa36041b0b90be02780c8d4ff3c69a/Sentry/Privacy%20Policy.md",
      facts: ["entity", "role", "transfers", "activities", "retention", "deletion"],
      checked: "2026-12-06",
      updated: "2024-05-29",
    },
    { url: "https://sentry.io/privacy/", facts: ["urls", "deletion"], checked: "2026-12-06", updated: "2024-05-31" },
    { url: "https://docs.sentry.io/platforms/javascript/data-management/data-collected", facts: ["activities"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
