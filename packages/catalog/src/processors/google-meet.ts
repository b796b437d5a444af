import type { Processor } from "@policy/core";
import { googleIreland, googleLlc, googlePartySources } from "../parties/google.js";

/**
 * Google Meet as part of Google Workspace, used by an organisation to hold meetings.
 *
 * Entity: Google's Workspace agreement for Ireland names Google Ireland Limited, Gordon House, Barrow Street, Dublin 4,
 * Ireland, as the contracting party; Google's general terms give the same address. Parent: Google LLC (datenanfragen
 * record). Role: Google lists Google Workspace among the offerings for which it acts as processor
 * (business.safety.google); Meet's admin help says customers own their data and Google does not use it for ads.
 *
 * Transfers: Google publishes EU standard contractual clauses for Workspace (cloud.google.com). No Google page or Data
 * Privacy Framework list page in our sources confirms Data Privacy Framework participation, so it is not stated.
 * Not stated for lack of a source: which other data (IP address, meeting logs) Meet keeps and for how long.
 */
export const googleMeet: Processor = {
  id: "google-meet",
  name: "Google Meet",
  aliases: ["Hangouts Meet", "Google Hangouts Meet"],
  categories: ["video-conferencing"],
  entity: googleIreland,
  parent: googleLlc,
  role: "processor",
  urls: {
    website: "https://workspace.google.com/products/meet/",
    privacyPolicy: "https://policies.google.com/privacy",
  },
  description: {
    en: "Google Meet, part of Google Workspace, holds video meetings in the browser or app, with chat, polls and optional recording to Google Drive.",
    de: "Google Meet gehört zu Google Workspace und ermöglicht Videobesprechungen im Browser oder in der App, mit Chat, Umfragen und optionaler Aufzeichnung in Google Drive.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To hold the video meetings you join with us.",
          de: "Um die Videobesprechungen durchzuführen, an denen Sie mit uns teilnehmen.",
        },
      },
    ],
    data: [
      {
        category: "user.account",
        details: { en: "the Google Account you join with, if any", de: "das Google-Konto, mit dem Sie teilnehmen, falls vorhanden" },
        collected: "provided",
      },
      {
        category: "user.content.private",
        details: {
          en: "audio, video and chat during the meeting; backgrounds, polls and recordings, which Google stores only when they are used",
          de: "Ton, Bild und Chat während der Besprechung; Hintergründe, Umfragen und Aufzeichnungen, die Google nur speichert, wenn sie genutzt werden",
        },
        collected: "content",
      },
    ],
    subjects: ["meeting_participant"],
  },
  transfers: [
    {
      country: "US",
      mechanism: "A46-2-c",
      note: {
        en: "Google includes the EU standard contractual clauses in its data processing terms for Google Workspace.",
        de: "Google nimmt die Standardvertragsklauseln der EU in seine Bedingungen zur Auftragsverarbeitung für Google Workspace auf.",
      },
      checked: "2026-11-29",
    },
  ],
  retention: {
    criteria: {
      en: "Google stores video, audio and chat only when someone records the meeting; recordings are saved in Google Drive and kept as long as the organising organisation decides, for example through retention rules in Google Vault.",
      de: "Google speichert Bild, Ton und Chat nur, wenn jemand die Besprechung aufzeichnet; Aufzeichnungen landen in Google Drive und bleiben so lange erhalten, wie die veranstaltende Organisation es festlegt, etwa über Aufbewahrungsregeln in Google Vault.",
    },
  },
  deletion: {
    en: "Recordings are in the hands of the organisation that held the meeting: ask us if you want a recording of you removed.",
    de: "Über Aufzeichnungen verfügt die Organisation, die die Besprechung abgehalten hat: Wenden Sie sich an uns, wenn eine Aufzeichnung mit Ihnen entfernt werden soll.",
  },
  deviceAccess: [],
  sources: [
    ...googlePartySources,
    { url: "https://workspace.google.com/intl/uk/terms/2014/1/premier_terms_ie/", facts: ["entity"] },
    // Lists Google Workspace offerings among the products for which Google acts as processor.
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["activities"] },
    { url: "https://support.google.com/a/answer/7582940?hl=en", facts: ["activities", "retention", "deletion"] },
    { url: "https://support.google.com/meet/answer/10382037", facts: ["activities", "urls"] },
    { url: "https://cloud.google.com/terms/sccs/eu-p2p-google-exporter", facts: ["transfers"] },
    { url: "https://cloud.google.com/security/gdpr/resource-center/contracts-and-terms?hl=en", facts: ["transfers"] },
  ],
  checked: "2026-11-29",
};
