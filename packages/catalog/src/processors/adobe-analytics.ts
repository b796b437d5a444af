import type { Processor } from "@policy/core";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

const ANALYTICS_COOKIES =
  "https://github.com/AdobeDocs/core-services.en/blob/50012e2564e88e1a6e16578e3331136c7df0cb21/help/interface/data-collection/cookies/analytics.md";
const EXPERIENCE_CLOUD_COOKIES =
  "https://github.com/AdobeDocs/core-services.en/blob/7bfc22e90d727d1743c2b6b7bc645033d5d38f1b/help/interface/data-collection/cookies/experience-cloud.md";
const ANALYTICS_GDPR =
  "https://github.com/AdobeDocs/analytics.en/blob/a8605f6c3077a625d6936b4ba9e135dc35c99439/help/technotes/c-data-governance/an-gdpr-overview.md";
const DATA_RETENTION = "https://github.com/AdobeDocs/analytics.en/blob/055607c9c76e1cc43a511788df6942fef9c04d5b/help/technotes/data-retention.md";
const EXPERIENCE_CLOUD_PRIVACY = "https://www.adobe.com/privacy/experience-cloud.html";
const DATA_TRANSFERS = "https://www.adobe.com/mena_ar/privacy/eudatatransfers";
const TRANSFER_IMPACT_ASSESSMENT = "https://www.adobe.com/privacy/adobe-transfer-impact-assessment.html";
const SUB_PROCESSORS = "https://adobe.com/ie/privacy/sub-processors.html";

/**
 * Adobe Analytics (part of Adobe Experience Cloud, which Adobe's documentation now also calls CX Enterprise) on a
 * business's website: visits, clicks and conversions are measured with Adobe's tags and cookies and reported to the
 * business.
 *
 * Read (2026-12-06):
 * - "Adobe Analytics cookies" and "CX Enterprise cookies" (Experience League, from Adobe's documentation repository
 *   AdobeDocs/core-services.en, commits 50012e25 of 12 May 2026 and 7bfc22e9 of 9 July 2026): s_ecid 13 months,
 *   first-party; s_cc and s_sq session, first-party; s_vi 2 years, "First-party, or *.omtrdc.net (third-party)", with
 *   third-party cookies "such as on omtrdc.net or 2o7.net"; s_fid 2 years, first-party, a fallback when s_vi cannot be
 *   set; AMCV_###@AdobeOrg 13 months, stored "at the domain of the website"; "Visitor profiles are deleted after 1 year
 *   of inactivity, regardless of any visitor ID cookie expiration".
 * - "Adobe Analytics and GDPR" (AdobeDocs/analytics.en, commit a8605f6c): "When Adobe is providing software and
 *   services to an enterprise, Adobe is acting as a data processor for any personal data it receives and stores on
 *   behalf of our customers"; the customer is the data controller and submits its data subjects' access and deletion
 *   requests through Adobe's GDPR API.
 * - "Data retention policy" (AdobeDocs/analytics.en, commit 055607c9): "The default data retention policy for Adobe
 *   Analytics is 25 months"; it varies by contract; for data beyond it Adobe "retains the right to delete" it; Adobe acts "in its
 *   role as your data processor".
 * - "Adobe Experience Cloud - Privacy Information", last updated 3 June 2025 (adobe.com, stored copy): "For Adobe
 *   Experience Cloud solutions, Adobe acts as a service provider and a data processor to our business customers";
 *   examples of data: browsing activity on the company's website, app usage, browser and device information, IP
 *   address.
 * - "Cross-border data transfers", last updated 17 November 2025 (adobe.com/mena_ar, English text, stored copy; only
 *   its first part could be read): for business customers whose use of Adobe solutions involves personal information
 *   from the EEA, the UK or Switzerland, "Adobe Systems Software Ireland Limited (Adobe Ireland) processes your personal
 *   informat[ion] ..." (cut off there); Adobe Ireland has made transfer impact assessments.
 * - "Adobe Transfer Impact Assessment" (adobe.com, stored copy): a guide for Adobe's business customers in Europe;
 *   Adobe relies on the EU standard contractual clauses of 2021 (with the UK addendum and the Swiss amendments).
 * - "Adobe Sub-Processors", last updated 5 December 2024 (adobe.com/ie, stored copy): "Adobe Inc. and Adobe Systems
 *   Software Ireland Limited ('Adobe')" may use sub-processors, including other Adobe companies, where Adobe acts as a
 *   data processor for a customer; Adobe Cloud Services include Adobe Experience Cloud.
 *
 * Entity: Adobe Systems Software Ireland Limited, which processes the personal information of Adobe's business
 * customers in the EEA (cross-border transfers page). Adobe's enterprise General Terms, which name the contracting
 * company, could not be read. Address: as in adobe-fonts, from no Adobe document read; marked unconfirmed.
 *
 * Role: processor (Analytics GDPR page, Experience Cloud privacy page, data retention page).
 *
 * Transfers: to Adobe Inc. in the US, which Adobe's sub-processor page names together with Adobe Ireland as "Adobe";
 * Adobe relies on the standard contractual clauses (transfer impact assessment). Adobe names no Data Privacy Framework
 * certification in the pages read.
 *
 * Left out, and why: a parent with address (Adobe Inc.'s address is in no Adobe document read), s_ac (a helper cookie
 * deleted as soon as it is set), cookies set by Analytics plug-ins (they depend on the implementation), Adobe's other
 * recipient countries (the transfer impact assessment's country list could not be read).
 */
export const adobeAnalytics: Processor = {
  id: "adobe-analytics",
  name: "Adobe Analytics",
  aliases: ["Adobe Experience Cloud", "Omniture SiteCatalyst", "SiteCatalyst", "AppMeasurement"],
  categories: ["analytics"],
  entity: {
    name: "Adobe Systems Software Ireland Limited",
    address: { street: "4–6 Riverwalk, City West Business Campus", city: "Dublin 24", country: "IE" },
    url: "https://www.adobe.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.adobe.com/",
    privacyPolicy: "https://www.adobe.com/privacy/experience-cloud.html",
  },
  description: {
    en: "Adobe Analytics measures how visitors use a website: pages viewed, clicks, visits and conversions, reported to the website's operator.",
    de: "Adobe Analytics misst, wie Besucher eine Website nutzen: aufgerufene Seiten, Klicks, Besuche und Conversions, die dem Betreiber der Website berichtet werden.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.content_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "To learn how visitors find and use our website, which pages work well and where visitors leave, so that we can improve it.",
          de: "Um zu erfahren, wie Besucher unsere Website finden und nutzen, welche Seiten gut funktionieren und wo Besucher abspringen, damit wir sie verbessern können.",
        },
      },
    ],
    data: [
      {
        category: "user.device.cookie_id",
        details: { en: "visitor IDs kept in Adobe's cookies", de: "Besucherkennungen in den Cookies von Adobe" },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the pages of our website you visit, the links you click and actions such as a purchase",
          de: "die Seiten unserer Website, die Sie aufrufen, die Links, die Sie anklicken, und Aktionen wie ein Kauf",
        },
        collected: "automatic",
      },
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: { en: "browser and device type", de: "Art des Browsers und des Geräts" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["*.omtrdc.net", "*.2o7.net"],
  transfers: [
    {
      country: "US",
      recipient: "Adobe Inc.",
      mechanism: "A46-2-c",
      note: {
        en: "Adobe names the EU standard contractual clauses for transfers out of the EEA and has published a transfer impact assessment for its business customers in Europe.",
        de: "Adobe nennt für Übermittlungen aus dem EWR die Standardvertragsklauseln der EU und hat für seine Geschäftskunden in Europa eine Bewertung der Übermittlungsrisiken veröffentlicht.",
      },
    },
  ],
  retention: {
    criteria: {
      en: "Adobe keeps Analytics data for the period agreed in our contract, 25 months unless agreed otherwise, and may delete it once that period is over; a visitor profile is deleted after one year without activity.",
      de: "Adobe bewahrt die Analytics-Daten für den in unserem Vertrag vereinbarten Zeitraum auf, ohne abweichende Vereinbarung 25 Monate, und darf sie nach Ablauf dieses Zeitraums löschen; ein Besucherprofil wird nach einem Jahr ohne Aktivität gelöscht.",
    },
  },
  deletion: {
    en: "You can withdraw your consent in our cookie settings at any time and delete Adobe's cookies in your browser; to have your Analytics data deleted, ask us.",
    de: "Sie können Ihre Einwilligung jederzeit in unseren Cookie-Einstellungen widerrufen und die Cookies von Adobe in Ihrem Browser löschen; wenn Ihre Analytics-Daten gelöscht werden sollen, wenden Sie sich an uns.",
  },
  deviceAccess: [
    {
      name: "AMCV_*",
      technology: "cookie",
      purpose: {
        en: "Keeps the visitor ID that Adobe's Experience Cloud services on our website share.",
        de: "Speichert die Besucherkennung, die die Experience-Cloud-Dienste von Adobe auf unserer Website gemeinsam nutzen.",
      },
      duration: "P13M",
      party: "first",
      ground: "consent",
    },
    {
      name: "s_ecid",
      technology: "cookie",
      purpose: {
        en: "A copy of the visitor ID on our own domain, used if the AMCV cookie has expired; only where Adobe collects data under our domain.",
        de: "Eine Kopie der Besucherkennung auf unserer eigenen Domain, die genutzt wird, wenn das AMCV-Cookie abgelaufen ist; nur wenn Adobe die Daten unter unserer Domain erhebt.",
      },
      duration: "P13M",
      party: "first",
      ground: "consent",
    },
    {
      name: "s_vi",
      technology: "cookie",
      domain: "omtrdc.net",
      purpose: {
        en: "Stores a visitor ID and time stamp linked to a visitor profile on Adobe's servers; set on our own domain instead where Adobe collects data under our domain.",
        de: "Speichert eine Besucherkennung mit Zeitstempel, die mit einem Besucherprofil auf den Servern von Adobe verknüpft ist; wird stattdessen auf unserer eigenen Domain gesetzt, wenn Adobe die Daten unter unserer Domain erhebt.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "s_fid",
      technology: "cookie",
      purpose: {
        en: "A fallback visitor ID, set when the s_vi cookie cannot be set.",
        de: "Eine Ersatz-Besucherkennung, die gesetzt wird, wenn das Cookie s_vi nicht gesetzt werden kann.",
      },
      duration: "P2Y",
      party: "first",
      ground: "consent",
    },
    {
      name: "s_cc",
      technology: "cookie",
      purpose: {
        en: "Checks whether the browser accepts cookies.",
        de: "Prüft, ob der Browser Cookies annimmt.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
    {
      name: "s_sq",
      technology: "cookie",
      purpose: {
        en: "Remembers the link clicked last, for Adobe's click map (Activity Map).",
        de: "Merkt sich den zuletzt angeklickten Link für die Klickübersicht von Adobe (Activity Map).",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    // Adobe Analytics cookies (Experience League source, AdobeDocs/core-services.en): names, lifetimes, parties, the
    // omtrdc.net and 2o7.net domains, deletion of visitor profiles after a year.
    { url: ANALYTICS_COOKIES, facts: ["device-access", "domains", "retention", "deletion"], checked: "2026-12-06", updated: "2026-05-12" },
    // CX Enterprise cookies: AMCV_###@AdobeOrg and s_ecid.
    { url: EXPERIENCE_CLOUD_COOKIES, facts: ["device-access"], checked: "2026-12-06", updated: "2026-07-09" },
    // Adobe Analytics and GDPR: Adobe a processor for enterprise customers; the customer handles access and deletion
    // requests.
    { url: ANALYTICS_GDPR, facts: ["role", "deletion"], checked: "2026-12-06" },
    // Data retention policy: 25 months by default, per contract.
    { url: DATA_RETENTION, facts: ["retention", "role"], checked: "2026-12-06" },
    // Experience Cloud privacy information (stored copy): processor; examples of data.
    {
      url: EXPERIENCE_CLOUD_PRIVACY,
      facts: ["role", "activities", "urls"],
      checked: "2026-12-06",
      updated: "2025-06-03",
    },
    // Cross-border data transfers (stored copy, first part): Adobe Ireland processes business customers' EEA data.
    { url: DATA_TRANSFERS, facts: ["entity", "transfers"], checked: "2026-12-06", updated: "2025-11-17" },
    // Transfer impact assessment (stored copy): the EU SCCs.
    { url: TRANSFER_IMPACT_ASSESSMENT, facts: ["transfers"], checked: "2026-12-06" },
    // Sub-processors (stored copy): Adobe Inc. and Adobe Ireland as "Adobe", a processor.
    { url: SUB_PROCESSORS, facts: ["entity", "transfers"], checked: "2026-12-06", updated: "2024-12-05" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers[0]",
      note: 'No Adobe page read names Adobe Inc. as a recipient of Analytics data or the US as a destination: the sub-processor page only defines "Adobe" as Adobe Inc. and Adobe Systems Software Ireland Limited, the cross-border transfer page breaks off mid-sentence, and the transfer impact assessment\'s country list was not read.',
    },
    {
      fact: "entity.address",
      note: "No Adobe document read gives Adobe Ireland's address; it is the one the adobe-fonts entry uses, which came from the datenanfragen record. Adobe's enterprise General Terms, which may give it, could not be read.",
    },
  ],
  disagreements: [
    // Adobe's pages give 13 months for AMCV_* and s_ecid (s_ecid: "2 years, though most modern browsers truncate to 13
    // months") and 2 years for s_fid; the Open Cookie Database gives these.
    { fact: "deviceAccess[0].duration", value: "P2Y", source: OCD },
    { fact: "deviceAccess[1].duration", value: "P2Y", source: OCD },
    { fact: "deviceAccess[3].duration", value: "P5Y", source: OCD },
  ],
};
