import type { Processor } from "@policy/core";
import { microsoftCorporation, microsoftIreland } from "../parties/microsoft.js";

/**
 * Microsoft Clarity: heatmaps and session recordings for websites.
 *
 * Entity: Clarity's terms of use are an agreement with "Microsoft Corporation (or one of its affiliates)"; the
 * datenanfragen record names Microsoft Ireland Operations Ltd. as Microsoft's privacy contact for Europe. We name the
 * Irish company, as an EU-facing policy does, spelled "Limited" as in Microsoft's privacy statement (archived copy,
 * last updated September 2026), which names it and Microsoft Corporation as the controllers for people in the EEA.
 * Parent: Microsoft Corporation, One Microsoft Way, Redmond, WA 98052, as that statement gives it; the statement does not
 * call it the Irish company's parent, but it is the non-EU company that also receives the data, and the recipient of
 * the US transfer.
 * Role: no Microsoft page we could read offers processor terms for Clarity, and Microsoft uses the data under its own
 * terms; we list it as a controller.
 * Cookies: names, domains and lifetimes follow the Open Cookie Database, which places _clck and _clsk on clarity.ms.
 * A newer copy of Microsoft's cookie list, seen only on a mirror, calls _clck and _clsk first-party cookies; re-check
 * when Microsoft's own page can be read again.
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
    website: "https://clarity.microsoft.com",
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
      { category: "user.device.cookie_id", details: { en: "a Clarity user ID stored in a cookie", de: "eine in einem Cookie gespeicherte Clarity-Nutzerkennung" } },
      { category: "user.device.ip_address", details: { en: "sent with each request to Microsoft's servers", de: "wird mit jeder Anfrage an die Server von Microsoft übertragen" } },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [
    // Microsoft's general privacy statement (the entry's privacy policy; archived copy kept by Open Terms Archive under
    // "Microsoft Copilot") says that Microsoft Corporation is certified under the EU-US Data Privacy Framework, and that
    // Microsoft uses the standard contractual clauses for transfers to countries without an adequacy decision. It does
    // not name Clarity; the mechanism rests on Clarity data being covered by that general statement.
    {
      country: "US",
      recipient: "Microsoft Corporation",
      mechanism: "EU-US-DPF",
      note: {
        en: "Microsoft Corporation is certified under the EU-US Data Privacy Framework; Microsoft's privacy statement also names the EU standard contractual clauses for transfers to countries without an adequacy decision.",
        de: "Microsoft Corporation ist nach dem EU-US-Datenschutzrahmen zertifiziert; die Datenschutzerklärung von Microsoft nennt außerdem die Standardvertragsklauseln der EU für Übermittlungen in Länder ohne Angemessenheitsbeschluss.",
      },
      checked: "2026-11-29",
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
      domain: "clarity.ms",
      purpose: { en: "Keeps the Clarity user ID for this website, so that later visits count as the same visitor.", de: "Speichert die Clarity-Nutzerkennung für diese Website, damit spätere Besuche demselben Besucher zugeordnet werden." },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "_clsk",
      technology: "cookie",
      domain: "clarity.ms",
      purpose: { en: "Joins the pages viewed in one visit into a single recorded session.", de: "Fasst die während eines Besuchs aufgerufenen Seiten zu einer einzigen aufgezeichneten Sitzung zusammen." },
      duration: "session",
      party: "third",
      ground: "consent",
    },
    {
      name: "CLID",
      technology: "cookie",
      domain: "clarity.ms",
      purpose: { en: "Recognises a browser across all websites that use Clarity.", de: "Erkennt einen Browser auf allen Websites wieder, die Clarity nutzen." },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "SM",
      technology: "cookie",
      domain: "clarity.ms",
      purpose: { en: "Helps to keep the Microsoft browser ID (MUID) in step across Microsoft domains.", de: "Hilft, die Microsoft-Browserkennung (MUID) über Microsoft-Domains hinweg abzugleichen." },
      duration: "session",
      party: "third",
      ground: "consent",
    },
    {
      name: "MUID",
      technology: "cookie",
      purpose: { en: "Microsoft's browser ID, also used for advertising and for Microsoft's own analytics.", de: "Browserkennung von Microsoft, die auch für Werbung und Microsofts eigene Auswertungen genutzt wird." },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/microsoft.json",
      facts: ["entity", "urls"],
    },
    { url: "https://clarity.microsoft.com/terms", facts: ["entity", "urls", "transfers"] },
    {
      url: "https://github.com/OpenTermsArchive/genai-eu-versions/blob/124e558e2f0716ddf18feac0b1f7258ab0726058/Microsoft%20Copilot/Privacy%20Policy.md",
      facts: ["entity", "parent", "transfers"],
    },
    { url: "https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list", facts: ["activities", "device-access"] },
    { url: "https://learn.microsoft.com/en-us/clarity/setup-and-installation/data-retention", facts: ["activities", "retention"] },
    { url: "https://products.office.com/sl-si/business/office-365-trust-center-eu-model-clauses-faq", facts: ["transfers"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
