import type { Processor } from "@policy/core";
import { microsoftCorporation, microsoftCorporationDpf, microsoftIreland, microsoftPrivacyStatementSource } from "../parties/microsoft.js";

/**
 * Microsoft Clarity: heatmaps and session recordings for websites.
 *
 * Read:
 * - Microsoft Clarity Terms of Use (clarity.microsoft.com/terms, read in a stored copy; only its opening could be
 *   read): an agreement with "Microsoft Corporation (or one of its affiliates)".
 * - Microsoft Privacy Statement, "Last Updated: July 2026" (Open Terms Archive, see parties/microsoft.ts): Microsoft
 *   Corporation and, for the EEA, Microsoft Ireland Operations Limited are the controllers where Microsoft is a
 *   controller; Microsoft Corporation's certification under the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF;
 *   the standard contractual clauses for other transfers.
 * - Clarity's cookie list on learn.microsoft.com (stored copies: the older one lists the seven cookies and their
 *   purposes; a newer copy, read through a proxy, adds a "Type of cookie" column that calls _clck a first-party
 *   cookie, the rest of its table was cut off) and Clarity's own published script source (github.com/microsoft/clarity,
 *   commit 8aa987e4 of 30 July 2026): _clck is kept 365 days, _clsk 1 day, and both are written with document.cookie
 *   on the website's own root domain, so they are first-party cookies.
 * - Clarity's data retention page on learn.microsoft.com (stored copy): recordings 30 days; click and heatmap data and
 *   labelled or favourited sessions 13 months; deleted afterwards, backups included.
 *
 * Entity: we name the Irish company, which the privacy statement names as controller for people in the EEA. Role: no
 * Microsoft page we could read offers processor terms for Clarity, and Microsoft uses the data under its own privacy
 * statement; we list it as a controller.
 *
 * Re-checked 2026-12-06:
 * - entity, parent: no change; now sourced from the privacy statement alone (the datenanfragen record is a lead, not a
 *   source, and is no longer cited).
 * - role: no change.
 * - transfers: recipient Microsoft Corporation as before; certification added (EU-U.S., UK Extension, Swiss-U.S.,
 *   from Microsoft's privacy statement; no stored copy of the DPF List entry was found). The Office 365 model clauses
 *   page was dropped: it is about business cloud services, not Clarity.
 * - device access: _clck and _clsk are first-party cookies on the website's own domain (were third-party on
 *   clarity.ms); _clsk lasts 1 day (was "session"). The Open Cookie Database values are kept as disagreements.
 *   CLID, SM and MUID stay as the Open Cookie Database gives them (clarity.ms / Microsoft domains): Microsoft's list
 *   names them but gives no lifetime we could read.
 * - retention: no change.
 * Unconfirmed: nothing marked. The lifetimes and domains of CLID, SM and MUID come from the Open Cookie Database alone,
 * which the spec allows for a cookie fact the provider documents nowhere we could read.
 */
export const microsoftClarity: Processor = {
  id: "microsoft-clarity",
  name: "Microsoft Clarity",
  aliases: ["Clarity"],
  categories: ["analytics"],
  entity: microsoftIreland,
  parent: microsoftCorporation,
  role: "controller",
  urls: {
    website: "https://clarity.microsoft.com/",
    privacyPolicy: "https://privacy.microsoft.com/privacystatement",
  },
  description: {
    en: "Microsoft Clarity records how visitors scroll, click and move through a website and turns this into heatmaps and replayable sessions.",
    de: "Microsoft Clarity zeichnet auf, wie Besucher auf einer Website scrollen, klicken und sich bewegen, und macht daraus Heatmaps und abspielbare Sitzungen.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.content_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "To see where visitors click, how far they scroll and where they get stuck, so that we can improve our pages.",
          de: "Um zu sehen, wo Besucher klicken, wie weit sie scrollen und wo sie hängen bleiben, damit wir unsere Seiten verbessern können.",
        },
      },
    ],
    data: [
      {
        category: "user.behavior",
        details: {
          en: "clicks, scrolling and pointer movements, the pages you view and how you move between them",
          de: "Klicks, Scrollen und Mausbewegungen, die aufgerufenen Seiten und wie Sie zwischen ihnen wechseln",
        },
      },
      {
        category: "user.device.cookie_id",
        details: { en: "a Clarity user ID stored in a cookie", de: "eine in einem Cookie gespeicherte Clarity-Nutzerkennung" },
      },
      {
        category: "user.device.ip_address",
        details: { en: "sent with each request to Microsoft's servers", de: "wird mit jeder Anfrage an die Server von Microsoft übertragen" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [
    // Microsoft's privacy statement (July 2026): Microsoft Corporation is certified under the EU-U.S. DPF, the UK
    // Extension and the Swiss-U.S. DPF; Microsoft uses the standard contractual clauses for transfers to countries
    // without an adequacy decision. The statement does not name Clarity; the mechanism rests on Clarity data being
    // covered by that general statement.
    {
      country: "US",
      recipient: "Microsoft Corporation",
      mechanism: "EU-US-DPF",
      certification: microsoftCorporationDpf,
      note: {
        en: "Microsoft's privacy statement also names the EU standard contractual clauses for transfers to countries without an adequacy decision.",
        de: "Die Datenschutzerklärung von Microsoft nennt außerdem die Standardvertragsklauseln der EU für Übermittlungen in Länder ohne Angemessenheitsbeschluss.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "Microsoft keeps the data for replaying recordings for 30 days; click and heatmap data, and sessions marked as favourites or labelled, for 13 months. After that it is deleted, including from backups.",
      de: "Microsoft bewahrt die Daten zum Abspielen von Aufzeichnungen 30 Tage auf, Klick- und Heatmap-Daten sowie markierte oder favorisierte Sitzungen 13 Monate. Danach werden sie gelöscht, auch in Sicherungen.",
    },
  },
  deviceAccess: [
    {
      name: "_clck",
      technology: "cookie",
      purpose: {
        en: "Keeps the Clarity user ID for this website, so that later visits count as the same visitor.",
        de: "Speichert die Clarity-Nutzerkennung für diese Website, damit spätere Besuche demselben Besucher zugeordnet werden.",
      },
      duration: "P1Y",
      party: "first",
      ground: "consent",
    },
    {
      name: "_clsk",
      technology: "cookie",
      purpose: {
        en: "Joins the pages viewed in one visit into a single recorded session.",
        de: "Fasst die während eines Besuchs aufgerufenen Seiten zu einer einzigen aufgezeichneten Sitzung zusammen.",
      },
      duration: "P1D",
      party: "first",
      ground: "consent",
    },
    {
      name: "CLID",
      technology: "cookie",
      domain: "clarity.ms",
      purpose: {
        en: "Recognises a browser across all websites that use Clarity.",
        de: "Erkennt einen Browser auf allen Websites wieder, die Clarity nutzen.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "SM",
      technology: "cookie",
      domain: "clarity.ms",
      purpose: {
        en: "Helps to keep the Microsoft browser ID (MUID) in step across Microsoft domains.",
        de: "Hilft, die Microsoft-Browserkennung (MUID) über Microsoft-Domains hinweg abzugleichen.",
      },
      duration: "session",
      party: "third",
      ground: "consent",
    },
    {
      name: "MUID",
      technology: "cookie",
      purpose: {
        en: "Microsoft's browser ID, also used for advertising and for Microsoft's own analytics.",
        de: "Browserkennung von Microsoft, die auch für Werbung und Microsofts eigene Auswertungen genutzt wird.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    { url: "https://clarity.microsoft.com/terms", facts: ["entity", "urls"], checked: "2026-12-06" },
    { ...microsoftPrivacyStatementSource, facts: ["entity", "parent", "role", "urls", "transfers"] },
    {
      url: "https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list",
      facts: ["activities", "device-access"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/microsoft/clarity/blob/8aa987e469a1fe11dbf984ffc98f3344468e4af4/packages/clarity-js/src/data/cookie.ts",
      facts: ["device-access"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/microsoft/clarity/blob/8aa987e469a1fe11dbf984ffc98f3344468e4af4/packages/clarity-js/types/data.d.ts",
      facts: ["device-access"],
      checked: "2026-12-06",
    },
    {
      url: "https://learn.microsoft.com/en-us/clarity/setup-and-installation/data-retention",
      facts: ["activities", "retention"],
      checked: "2026-12-06",
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: "2026-12-06",
      updated: "2026-01-21",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [
    {
      fact: "deviceAccess[0].party",
      value: "third (clarity.ms)",
      source: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
    },
    {
      fact: "deviceAccess[1].party",
      value: "third (clarity.ms)",
      source: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
    },
    {
      fact: "deviceAccess[1].duration",
      value: "session",
      source: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
    },
  ],
};
