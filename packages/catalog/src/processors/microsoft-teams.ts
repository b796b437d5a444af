import type { Processor } from "@policy/core";
import { microsoftCorporation, microsoftIreland } from "../parties/microsoft.js";

/**
 * Microsoft Teams: meetings, calls and chat in Microsoft 365.
 *
 * Entity and address follow the datenanfragen record, which lists Microsoft Teams among the services of Microsoft
 * Ireland Operations Ltd.; Microsoft's own privacy statement (archived copy, last updated September 2026) gives the
 * same address and phone number and spells the name "Microsoft Ireland Operations Limited", which we follow.
 *
 * Parent: Microsoft Corporation, One Microsoft Way, Redmond, as the same privacy statement gives it (the US company
 * that, with the Irish one, is controller under the statement and that receives data in the US).
 *
 * Transfers: the privacy statement says Microsoft Corporation is certified under the EU-US Data Privacy Framework and
 * that Microsoft uses the standard contractual clauses for transfers to countries without an adequacy decision.
 * Microsoft's EU Model Clauses page says Microsoft offers the clauses for its business cloud services, and the EU Data
 * Boundary documentation describes data that still leaves the EU. The statement does not name Teams, and for business
 * cloud services the customer's agreement with Microsoft (the Products and Services Data Protection Addendum) prevails
 * over it; the mechanism rests on the general statement. Retention is left out: the only Microsoft text on it we found
 * was on a host name our links cannot carry.
 */
export const microsoftTeams: Processor = {
  id: "microsoft-teams",
  name: "Microsoft Teams",
  aliases: ["MS Teams", "Teams"],
  categories: ["video-conferencing"],
  entity: microsoftIreland,
  parent: microsoftCorporation,
  role: "processor",
  urls: {
    website: "https://www.microsoft.com",
    privacyPolicy: "https://privacy.microsoft.com/privacystatement",
  },
  description: {
    en: "Microsoft Teams is the Microsoft 365 workspace for video meetings, phone calls, team chat and shared files.",
    de: "Microsoft Teams ist der Arbeitsbereich von Microsoft 365 für Videobesprechungen, Telefonate, Team-Chats und gemeinsam genutzte Dateien.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To hold the online meetings and calls you join, and to share chat and files in them.",
          de: "Um die Online-Besprechungen und Anrufe abzuhalten, an denen Sie teilnehmen, und darin Chat und Dateien zu teilen.",
        },
      },
    ],
    data: [
      { category: "user.name", details: { en: "the name shown in the meeting", de: "der in der Besprechung angezeigte Name" }, collected: "provided" },
      { category: "user.contact.email", details: { en: "if you are invited or sign in", de: "wenn Sie eingeladen werden oder sich anmelden" }, collected: "provided" },
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "type and version of your device and the Teams app, error and diagnostic data",
          de: "Art und Version Ihres Geräts und der Teams-App, Fehler- und Diagnosedaten",
        },
      },
      {
        category: "user.content.private",
        details: {
          en: "voice, video and shared screens; chat messages and files; recordings and transcripts if someone starts them",
          de: "Stimme, Bild und geteilte Bildschirme; Chatnachrichten und Dateien; Aufzeichnungen und Transkripte, wenn jemand sie startet",
        },
      },
    ],
    subjects: ["meeting_participant", "user"],
  },
  transfers: [
    {
      country: "US",
      recipient: "Microsoft Corporation",
      mechanism: "EU-US-DPF",
      note: {
        en: "Microsoft Corporation is certified under the EU-US Data Privacy Framework; Microsoft also includes the EU standard contractual clauses in its data protection terms for business cloud services.",
        de: "Microsoft Corporation ist nach dem EU-US-Datenschutzrahmen zertifiziert; zusätzlich nimmt Microsoft die Standardvertragsklauseln der EU in seine Datenschutzbedingungen für Cloud-Dienste für Unternehmen auf.",
      },
      checked: "2026-11-29",
    },
  ],
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/microsoft.json",
      facts: ["entity", "urls"],
    },
    // Microsoft Privacy Statement, last updated September 2026, as archived by Open Terms Archive (under "Microsoft
    // Copilot"): both controllers with their addresses, Microsoft Corporation's DPF certification and the SCCs.
    {
      url: "https://github.com/OpenTermsArchive/genai-eu-versions/blob/124e558e2f0716ddf18feac0b1f7258ab0726058/Microsoft%20Copilot/Privacy%20Policy.md",
      facts: ["entity", "parent", "transfers"],
    },
    { url: "https://privacy.microsoft.com/en-us/data-collection-teams", facts: ["activities"] },
    { url: "https://products.office.com/sl-si/business/office-365-trust-center-eu-model-clauses-faq", facts: ["transfers"] },
    { url: "https://learn.microsoft.com/en-us/privacy/eudb/eu-data-boundary-transfers-for-all-services", facts: ["transfers"] },
  ],
  checked: "2026-11-29",
};
