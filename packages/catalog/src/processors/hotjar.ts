import type { Processor } from "@policy/core";

/**
 * Hotjar: heatmaps, session recordings and feedback widgets.
 *
 * Read (stored copies):
 * - Hotjar Partner Program terms, https://www.hotjar.com/hotjar-partner-program-terms-of-service/ (undated): Hotjar
 *   Limited, Dragonara Business Centre, 5th Floor, Dragonara Road, Paceville St Julian's STJ 3141, Malta.
 * - Legal overview, https://www.hotjar.com/legal/: the terms are with Hotjar Limited, Malta, company number C65490.
 * - Contentsquare's "Service Schedule for 'Hotjar' Services" (version 2025.1.1, last updated 1 July 2025,
 *   contentsquare.com/legal/service-schedule-hotjar): since then Hotjar offerings are licensed under the Contentsquare
 *   Master Service Agreement, and visitor data is processed under the Contentsquare Data Processing Agreement.
 * - Contentsquare privacy FAQ, https://contentsquare.com/privacy-center/frequently-asked-questions/: the customer is
 *   the controller and Contentsquare the processor in providing the services.
 * - Hotjar help article "Processing Personal Data in Hotjar": Hotjar acts as processor, the site owner as controller.
 * - Contentsquare sub-processor list (v2026.3, "last updated June 2026"; read on the stored copy at
 *   contentsquare.com/fr-fr/privacy-center/subprocessors/, English text): affiliate sub-processors for all products,
 *   with "Visitor" and "Usage" data, for support, maintenance and professional services. Only the rows up to
 *   "Content Square Canada" could be read; the list goes on, and its Hotjar-specific third-party sub-processors
 *   could not be read.
 * - Hotjar help articles "Data Safety, Privacy & Security" (data stored in Ireland on AWS eu-west-1; some
 *   sub-processors outside the EU; no visitor IP addresses stored at rest) and "Data Retention" (analytics data kept
 *   365 days, feedback and survey responses until removed).
 * - Hotjar "Do Not Track" policy page; Hotjar's guide "Privacy-first website tracking" (16 Sep 2021: Hotjar uses
 *   first-party cookies that collect data only on the customer's website).
 * - Cookie lifetimes: Hotjar's own cookie list was not among the stored pages; lifetimes follow the Open Cookie
 *   Database, whose Hotjar rows quote Hotjar's descriptions. The _hjTLDTest description (Hotjar looks for the most
 *   generic domain on which to set its cookies, instead of the page's host name) and the guide above show that the
 *   cookies are written on the website's own domain: first party.
 *
 * Re-checked 2026-12-06:
 * - entity: kept as Hotjar Limited at Dragonara Business Centre (Hotjar's own partner terms). Open: since 1 July 2025
 *   Hotjar is sold under Contentsquare's MSA, whose clause naming the contracting Contentsquare entity (section 11.12)
 *   could not be read; a third-party page says Hotjar Ltd was merged into Contentsquare. If so, EU customers now
 *   contract with a Contentsquare company (e.g. Content Square SAS, Paris), and the entity must change.
 * - role: processor, now also sourced to the Contentsquare DPA framework and FAQ (which adds that Contentsquare may be
 *   a controller "in some instances" its privacy policies describe; those were not read, so no second role).
 * - transfers: were none; now one per country for the Contentsquare affiliates the sub-processor list names outside
 *   the EEA, each with the mechanism the list gives: US (Content Square, Inc.: DPF and intercompany SCCs), UK, Israel,
 *   Singapore, Japan, UAE, Egypt. Canada and any later rows could not be read and are not listed.
 * - retention: now 365 days for analytics data (recordings, heatmaps, funnels, forms) and until deletion for
 *   feedback and survey responses, per Hotjar's Data Retention article.
 * - device access: lifetimes unchanged (Open Cookie Database); party first, now sourced.
 * - Unconfirmed: the entity, for the question above; a policy says that the company may differ.
 */
export const hotjar: Processor = {
  id: "hotjar",
  name: "Hotjar",
  aliases: ["Hotjar Heatmaps", "Hotjar Recordings"],
  categories: ["analytics"],
  entity: {
    name: "Hotjar Limited",
    address: {
      street: "Dragonara Business Centre, 5th Floor, Dragonara Road, Paceville",
      postalCode: "STJ 3141",
      city: "St Julian's",
      country: "MT",
    },
    url: "https://www.hotjar.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.hotjar.com/",
    privacyPolicy: "https://www.hotjar.com/privacy",
    optOut: "https://www.hotjar.com/policies/do-not-track/",
  },
  description: {
    en: "Hotjar shows how visitors click, scroll and move through a site as heatmaps and session recordings, and can ask them for feedback.",
    de: "Hotjar zeigt als Heatmaps und Sitzungsaufzeichnungen, wie Besucher auf einer Website klicken, scrollen und sich bewegen, und kann sie um Rückmeldung bitten.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.content_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "Seeing which parts of our pages are used, skipped or cause trouble.",
          de: "Sehen, welche Teile unserer Seiten genutzt, übersprungen oder zum Problem werden.",
        },
      },
      {
        purpose: "functional.service.improve",
        legalBasis: "A6-1-a",
        description: {
          en: "Improving our website with the help of recorded visits and feedback.",
          de: "Unsere Website anhand aufgezeichneter Besuche und Rückmeldungen verbessern.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "sent with each request; Hotjar says it does not store end users' IP addresses",
          de: "wird mit jeder Anfrage übertragen; Hotjar gibt an, IP-Adressen von Endnutzern nicht zu speichern",
        },
      },
      {
        category: "user.unique_id.pseudonymous",
        details: {
          en: "a random user ID, separate for each website",
          de: "eine zufällige Nutzerkennung, getrennt für jede Website",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "pages visited and how you interact with them, such as clicks and scrolling; typed input is masked",
          de: "besuchte Seiten und wie Sie damit umgehen, etwa Klicks und Scrollen; Eingaben in Felder werden ausgeblendet",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["*.hotjar.com", "static.hotjar.com"],
  transfers: [
    {
      country: "US",
      recipient: "Content Square, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US"],
        source: "https://contentsquare.com/fr-fr/privacy-center/subprocessors/",
        checked: "2026-12-06",
      },
      note: {
        en: "Contentsquare's US company helps with support and maintenance; Contentsquare's sub-processor list names the Data Privacy Framework and intra-group standard contractual clauses for it.",
        de: "Das US-Unternehmen von Contentsquare unterstützt bei Support und Wartung; die Unterauftragsverarbeiterliste von Contentsquare nennt dafür den Datenschutzrahmen und konzerninterne Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
    {
      country: "GB",
      recipient: "Content Square Ltd.",
      mechanism: "A46-2-c",
      note: {
        en: "Support, maintenance and professional services from London, under intra-group standard contractual clauses.",
        de: "Support, Wartung und Beratungsleistungen aus London, auf Grundlage konzerninterner Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
    {
      country: "IL",
      recipient: "Content Square Israel Ltd.",
      mechanism: "A45-3",
      note: {
        en: "Support, maintenance and professional services from Tel Aviv; Contentsquare names the adequacy decision and intra-group standard contractual clauses.",
        de: "Support, Wartung und Beratungsleistungen aus Tel Aviv; Contentsquare nennt den Angemessenheitsbeschluss und konzerninterne Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
    {
      country: "SG",
      recipient: "Content Square Singapore PTE",
      mechanism: "A46-2-c",
      note: {
        en: "Support and professional services from Singapore, under intra-group standard contractual clauses.",
        de: "Support und Beratungsleistungen aus Singapur, auf Grundlage konzerninterner Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
    {
      country: "JP",
      recipient: "Contentsquare Japan G.K.",
      mechanism: "A45-3",
      note: {
        en: "Professional services from Tokyo; Contentsquare names the adequacy decision and intra-group standard contractual clauses.",
        de: "Beratungsleistungen aus Tokio; Contentsquare nennt den Angemessenheitsbeschluss und konzerninterne Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
    {
      country: "AE",
      recipient: "ContentSquare DXA SAAS Solutions LLC",
      mechanism: "A46-2-c",
      note: {
        en: "Professional services from Dubai, under intra-group standard contractual clauses.",
        de: "Beratungsleistungen aus Dubai, auf Grundlage konzerninterner Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
    {
      country: "EG",
      recipient: "ContentSquare Egypt",
      mechanism: "A46-2-c",
      note: {
        en: "Support and professional services from Cairo, under intra-group standard contractual clauses.",
        de: "Support und Beratungsleistungen aus Kairo, auf Grundlage konzerninterner Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    duration: "P365D",
    criteria: {
      en: "Hotjar keeps recordings, heatmaps and other analytics data for 365 days from collection and then deletes them; feedback and survey answers stay until we delete them.",
      de: "Hotjar bewahrt Aufzeichnungen, Heatmaps und andere Analysedaten 365 Tage ab der Erfassung auf und löscht sie dann; Rückmeldungen und Umfrageantworten bleiben, bis wir sie löschen.",
    },
  },
  deletion: {
    en: "Hotjar checks the browser's Do Not Track setting before collecting anything; switch it on in each browser you use to stop Hotjar on every site.",
    de: "Hotjar prüft vor jeder Erfassung die Do-Not-Track-Einstellung des Browsers; schalten Sie sie in jedem genutzten Browser ein, um Hotjar auf allen Websites zu stoppen.",
  },
  deviceAccess: [
    {
      name: "_hjSessionUser_*",
      technology: "cookie",
      purpose: {
        en: "Keeps the Hotjar user ID for this site so later visits count as the same user.",
        de: "Behält die Hotjar-Nutzerkennung für diese Website, damit spätere Besuche als derselbe Nutzer zählen.",
      },
      duration: "P365D",
      party: "first",
      ground: "consent",
    },
    {
      name: "_hjSession_*",
      technology: "cookie",
      purpose: {
        en: "Holds the data of the current Hotjar session.",
        de: "Hält die Daten der laufenden Hotjar-Sitzung.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_hjIncludedInSessionSample_*",
      technology: "cookie",
      purpose: {
        en: "Notes whether the visit falls within the site's daily session limit for Hotjar.",
        de: "Vermerkt, ob der Besuch in das tägliche Sitzungskontingent der Website bei Hotjar fällt.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_hjAbsoluteSessionInProgress",
      technology: "cookie",
      purpose: {
        en: "Marks the start of a visit for Hotjar's session count.",
        de: "Markiert den Beginn eines Besuchs für die Sitzungszählung von Hotjar.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_hjFirstSeen",
      technology: "cookie",
      purpose: {
        en: "Identifies a visitor's first session on the site.",
        de: "Erkennt die erste Sitzung eines Besuchers auf der Website.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_hjTLDTest",
      technology: "cookie",
      purpose: {
        en: "Briefly tests which domain level Hotjar's cookies can use, then is removed.",
        de: "Prüft kurz, auf welcher Domainebene Hotjar Cookies setzen kann, und wird danach entfernt.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    { url: "https://github.com/hotjar/hotjar-js/blob/dfa4f7f54302cac14fd4343117ee3b1545daf01d/README.md", facts: ["domains"], checked: "2026-12-06" },
    {
      url: "https://github.com/hotjar/hotjar-js/blob/cd56bd8b63a7b18df063263679f58fbb65b2afe2/src/utils.ts",
      facts: ["domains"],
      checked: "2026-12-06",
    },
    { url: "https://www.hotjar.com/hotjar-partner-program-terms-of-service/", facts: ["entity"], checked: "2026-12-06" },
    { url: "https://www.hotjar.com/legal/", facts: ["entity", "urls"], checked: "2026-12-06" },
    {
      url: "https://contentsquare.com/it-it/legal/service-schedule-hotjar",
      facts: ["role"],
      checked: "2026-12-06",
      updated: "2025-07-01",
    },
    { url: "https://contentsquare.com/privacy-center/frequently-asked-questions/", facts: ["role"], checked: "2026-12-06" },
    {
      url: "https://help.hotjar.com/hc/en-us/articles/360039027113-Processing-Personal-Data-in-Hotjar",
      facts: ["role"],
      checked: "2026-12-06",
    },
    { url: "https://contentsquare.com/fr-fr/privacy-center/subprocessors/", facts: ["transfers"], checked: "2026-12-06" },
    {
      url: "https://help.hotjar.com/hc/en-us/articles/115011639887-Data-Safety-Privacy-Security",
      facts: ["activities", "transfers"],
      checked: "2026-12-06",
    },
    { url: "https://help.hotjar.com/hc/en-us/articles/115011640427-Data-Retention", facts: ["retention"], checked: "2026-12-06" },
    { url: "https://www.hotjar.com/privacy", facts: ["urls", "activities"], checked: "2026-12-06" },
    { url: "https://www.hotjar.com/policies/do-not-track/", facts: ["urls", "deletion"], checked: "2026-12-06" },
    { url: "https://www.hotjar.com/website-tracking/privacy/", facts: ["device-access"], checked: "2026-12-06", updated: "2021-09-16" },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity",
      note: "Since 1 July 2025 Hotjar is sold under Contentsquare's Master Service Agreement; its clause naming the contracting Contentsquare company (section 11.12) could not be read. Hotjar Limited is the company Hotjar's own terms name.",
    },
  ],
  disagreements: [],
};
