import type { Processor } from "@policy/core";
import { microsoftCorporation, microsoftCorporationDpf, microsoftIreland, microsoftPrivacyStatementSource } from "../parties/microsoft.js";

/**
 * Microsoft Teams: meetings, calls and chat in Microsoft 365.
 *
 * Read:
 * - Microsoft Privacy Statement, "Last Updated: July 2026" (Open Terms Archive, see parties/microsoft.ts): the two
 *   controllers and their addresses; Microsoft Corporation's certification under the EU-U.S. DPF, the UK Extension and
 *   the Swiss-U.S. DPF; the standard contractual clauses. Its "Enterprise and developer products" section says that
 *   for products an organisation provides, Microsoft processes personal data as the contract with the organisation
 *   describes and as needed for "Microsoft's related business operations", that the Product Terms and the Microsoft
 *   Products and Services Data Protection Addendum govern enterprise online services, and that those agreements
 *   prevail over the statement.
 * - Microsoft's EU Model Clauses page (products.office.com, stored copy): Microsoft offers the EU standard contractual
 *   clauses to customers of its business cloud services as described in its data protection addendum.
 * - Microsoft's page "Continuing data transfers that apply to all EU Data Boundary Services" (learn.microsoft.com,
 *   stored copy): data stored in the EU Data Boundary is still reached remotely by personnel outside it, and some data
 *   leaves it for operations.
 * - "Data collection summary for Teams" (privacy.microsoft.com, stored copy, published October 2024).
 *
 * Entity: Microsoft Ireland Operations Limited, which the statement names for the EEA; the Products and Services DPA
 * (which says which Microsoft company contracts with an EU customer) could not be read in any stored copy.
 *
 * Re-checked 2026-12-06:
 * - entity, parent: no change; now sourced from the privacy statement alone (the datenanfragen record is no longer
 *   cited).
 * - role: processor for providing Teams, as before. New: roles, with Microsoft as controller for its own business
 *   operations connected with providing Teams. The Products and Services DPA, which states this, could not be read;
 *   the privacy statement only says Microsoft processes data for these operations and answers questions on them
 *   itself. Marked unconfirmed (roles[1]).
 * - transfers: recipient Microsoft Corporation as before; certification added (EU-U.S., UK Extension, Swiss-U.S., from
 *   Microsoft's privacy statement; no stored copy of the DPF List entry was found).
 * - activities: no change. Retention stays out: the only Microsoft text on it we found was on a host name our links
 *   cannot carry.
 */
export const microsoftTeams: Processor = {
  id: "microsoft-teams",
  name: "Microsoft Teams",
  aliases: ["MS Teams", "Teams"],
  categories: ["video-conferencing"],
  entity: microsoftIreland,
  parent: microsoftCorporation,
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "providing the meetings, calls and chats in Microsoft Teams that we use",
        de: "die Bereitstellung der Besprechungen, Anrufe und Chats in Microsoft Teams, die wir nutzen",
      },
    },
    {
      role: "controller",
      scope: {
        en: "Microsoft's own business operations connected with providing Teams to us, such as billing, security and meeting its legal obligations",
        de: "die eigenen Geschäftsabläufe von Microsoft im Zusammenhang mit der Bereitstellung von Teams für uns, etwa Abrechnung, Sicherheit und die Erfüllung seiner rechtlichen Pflichten",
      },
    },
  ],
  urls: {
    website: "https://www.microsoft.com/",
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
      {
        category: "user.name",
        details: { en: "the name shown in the meeting", de: "der in der Besprechung angezeigte Name" },
        collected: "provided",
      },
      {
        category: "user.contact.email",
        details: { en: "if you are invited or sign in", de: "wenn Sie eingeladen werden oder sich anmelden" },
        collected: "provided",
      },
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
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Microsoft Corporation",
      mechanism: "EU-US-DPF",
      certification: microsoftCorporationDpf,
      note: {
        en: "Microsoft also includes the EU standard contractual clauses in its data protection terms for business cloud services.",
        de: "Zusätzlich nimmt Microsoft die Standardvertragsklauseln der EU in seine Datenschutzbedingungen für Cloud-Dienste für Unternehmen auf.",
      },
      checked: "2026-12-06",
    },
  ],
  deviceAccess: [],
  sources: [
    { ...microsoftPrivacyStatementSource, facts: ["entity", "parent", "role", "urls", "transfers"] },
    { url: "https://privacy.microsoft.com/en-us/data-collection-teams", facts: ["activities"], checked: "2026-12-06" },
    { url: "https://products.office.com/sl-si/business/office-365-trust-center-eu-model-clauses-faq", facts: ["transfers"], checked: "2026-12-06" },
    {
      url: "https://learn.microsoft.com/en-us/privacy/eudb/eu-data-boundary-transfers-for-all-services",
      facts: ["transfers"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "roles[1]",
      note: "Microsoft's Products and Services Data Protection Addendum, which sets out Microsoft's role for its business operations, could not be read in any stored copy; the privacy statement (July 2026) says only that Microsoft processes data of enterprise users for its related business operations and answers questions about them itself.",
    },
  ],
  disagreements: [],
};
