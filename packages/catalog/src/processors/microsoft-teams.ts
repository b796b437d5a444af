import type { Processor } from "@policy/core";

/**
 * Microsoft Teams: meetings, calls and chat in Microsoft 365.
 *
 * Entity and address follow the datenanfragen record, which lists Microsoft Teams among the services of Microsoft
 * Ireland Operations Ltd. No Microsoft page we could read names the US parent's address, so no parent is given.
 * Transfers: Microsoft's own EU Model Clauses page (written after the 2020 Privacy Shield ruling) says Microsoft offers
 * the standard contractual clauses for its business cloud services; the EU Data Boundary documentation describes data
 * that still leaves the EU. We found no Microsoft page or DPF list entry we could cite for the Data Privacy Framework,
 * so the transfer rests on the clauses. Retention is left out: the only Microsoft text on it we found was on a host
 * name our links cannot carry.
 */
export const microsoftTeams: Processor = {
  id: "microsoft-teams",
  name: "Microsoft Teams",
  aliases: ["MS Teams", "Teams"],
  categories: ["video-conferencing"],
  entity: {
    name: "Microsoft Ireland Operations Ltd.",
    address: {
      street: "One Microsoft Place, South County Business Park, Leopardstown",
      city: "Dublin 18",
      country: "IE",
    },
    phone: "+353 1 706 3117",
    url: "https://www.microsoft.com",
  },
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
      mechanism: "A46-2-c",
      note: {
        en: "Microsoft includes the EU standard contractual clauses in its data protection terms for business cloud services.",
        de: "Microsoft nimmt die Standardvertragsklauseln der EU in seine Datenschutzbedingungen für Cloud-Dienste für Unternehmen auf.",
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
    { url: "https://privacy.microsoft.com/en-us/data-collection-teams", facts: ["activities"] },
    { url: "https://products.office.com/sl-si/business/office-365-trust-center-eu-model-clauses-faq", facts: ["transfers"] },
    { url: "https://learn.microsoft.com/en-us/privacy/eudb/eu-data-boundary-transfers-for-all-services", facts: ["transfers"] },
  ],
  checked: "2026-11-29",
};
