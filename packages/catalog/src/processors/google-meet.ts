import type { Processor } from "@policy/core";
import {
  googleChecked,
  googleCloudEmea,
  googleCloudEmeaMigrationUrl,
  googleFrameworksSource,
  googleLlc,
  googlePrivacyPolicySource,
} from "../parties/google.js";

/**
 * Google Meet as part of Google Workspace, used by an organisation to hold meetings.
 *
 * Read (stored copies, 2026-12-06):
 * - Google Cloud Terms of Service (last modified 1 June 2026), as archived by Open Terms Archive: they now cover the
 *   Google Workspace services; "Google" has the meaning given at cloud.google.com/terms/google-entity (chosen by the
 *   customer's billing address); Google processes Customer Data only under the Cloud Data Processing Addendum
 *   (cloud.google.com/terms/data-processing-addendum). The google-entity page itself could be read only as far as its
 *   Google Cloud Platform table (version of 12 July 2021), not its Workspace rows.
 * - Google's notice on the Google Cloud and Google Workspace account migration in EMEA (notifications.google.com):
 *   Google Cloud and Google Workspace accounts of customers with an address in EMEA move from Google Ireland Limited to
 *   Google Cloud EMEA Limited. Google's help centre has similar notices for countries with their own Google Cloud
 *   company (Italy: Google Cloud Italy S.r.l., Milan; Poland: Google Cloud Poland), so a customer there contracts with
 *   that company instead. No Google document read gives Google Cloud EMEA Limited's address (marked unconfirmed).
 * - Cloud Data Processing Addendum (Customers), stored copy of the archived version of 23 May 2024 (start only; the
 *   current version was not found): formerly the
 *   "Data Processing Amendment" for Google Workspace; Google is a processor and the customer a controller or processor
 *   (4.1).
 * - business.safety.google/intl/el/gdpr (English text): Google Workspace offerings are among the products where Google
 *   acts as processor.
 * - EU standard contractual clauses for Google Cloud Platform, Workspace, Cloud Identity & Implementation Services,
 *   Module 3 (processor to processor, Google exporter), cloud.google.com/terms/sccs/eu-p2p-google-exporter: the
 *   clauses for transfers from Google to its subprocessors in third countries.
 * - Google's page on legal frameworks for data transfers: Google LLC is certified under the Data Privacy Framework (see
 *   parties/google.ts). No Google Workspace or Google Cloud document read says Google relies on that certification for
 *   Workspace customer data; its Workspace terms provide the standard contractual clauses. The transfer therefore rests
 *   on the clauses, and its note mentions the certification; the two statements do not conflict.
 * - Meet Help 10382037: backgrounds, polls and recordings are stored when used. Vault Help 7682297 (stored copies via a
 *   proxy and the Wayback Machine): Meet recordings and their logs (attendance, chat, Q&A, polls, transcripts) are kept
 *   in Drive under Drive's retention rules or Meet-specific rules in Vault.
 *
 * Re-checked 2026-12-06: entity Google Ireland Limited -> Google Cloud EMEA Limited (migration notice; the 2014
 * Workspace agreement for Ireland cited before is superseded by the Google Cloud Terms of Service); its address is
 * unconfirmed. Parent: Google LLC kept but marked unconfirmed, as no Workspace document read names it. URLs: privacy
 * policy -> the Google Cloud Privacy Notice, which covers Google Workspace; DPA added. Transfers: recipient now named
 * (Google LLC, Google's subprocessor), mechanism still the standard contractual clauses, now with a link to them; the
 * note now mentions Google LLC's certification, which the file said no Google page confirmed. Role, activities,
 * retention and deletion: no change (sources re-read or replaced). Not stated for lack of a source: which other data
 * (IP address, meeting logs) Meet keeps and for how long; whether Google acts as controller for its own service data
 * (the Google Cloud Privacy Notice was read only in part).
 */
export const googleMeet: Processor = {
  id: "google-meet",
  name: "Google Meet",
  aliases: ["Hangouts Meet", "Google Hangouts Meet"],
  categories: ["video-conferencing"],
  entity: googleCloudEmea,
  parent: googleLlc,
  role: "processor",
  urls: {
    website: "https://workspace.google.com/products/meet/",
    privacyPolicy: "https://cloud.google.com/terms/cloud-privacy-notice",
    dpa: "https://cloud.google.com/terms/data-processing-addendum",
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
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Google LLC",
      mechanism: "A46-2-c",
      safeguards: "https://cloud.google.com/terms/sccs/eu-p2p-google-exporter",
      note: {
        en: "Google's data processing terms for Google Workspace provide the EU standard contractual clauses (processor to processor) for its transfers to subprocessors outside the EEA. Google LLC is also certified under the EU-US Data Privacy Framework.",
        de: "Googles Bedingungen zur Auftragsverarbeitung für Google Workspace sehen für Übermittlungen an Unterauftragsverarbeiter außerhalb des EWR die Standardvertragsklauseln der EU (zwischen Auftragsverarbeitern) vor. Google LLC ist zudem nach dem EU-US-Datenschutzrahmen zertifiziert.",
      },
      checked: googleChecked,
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
    // Google Cloud Terms of Service: cover Google Workspace; contracting company by billing address; Cloud Data
    // Processing Addendum.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/294df225bba0aed686d4573174cdc1e0adcec817/Google%20Cloud%20Platform/Terms%20of%20Service.md",
      facts: ["entity", "role", "urls"],
      checked: googleChecked,
      updated: "2026-06-01",
    },
    { url: googleCloudEmeaMigrationUrl, facts: ["entity"], checked: googleChecked },
    // Cloud Data Processing Addendum, archived version of 23 May 2024 (stored copy of its start; the current version was
    // not read): Google is a processor of Customer Personal Data.
    { url: "https://cloud.google.com/terms/data-processing-addendum/index-20240523", facts: ["role"], checked: googleChecked, updated: "2024-05-23" },
    // Lists Google Workspace offerings among the products for which Google acts as processor (English text).
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["role"], checked: googleChecked },
    { url: "https://cloud.google.com/terms/cloud-privacy-notice", facts: ["urls"], checked: googleChecked },
    { ...googlePrivacyPolicySource, facts: ["parent"] },
    { url: "https://cloud.google.com/terms/sccs/eu-p2p-google-exporter", facts: ["transfers"], checked: googleChecked },
    googleFrameworksSource,
    { url: "https://support.google.com/meet/answer/10382037", facts: ["activities", "urls", "retention"], checked: googleChecked },
    { url: "https://support.google.com/vault/answer/7682297", facts: ["activities", "retention", "deletion"], checked: googleChecked },
  ],
  checked: googleChecked,
  unconfirmed: [
    {
      fact: "entity.address",
      note: "No Google document read gives Google Cloud EMEA Limited's address (the migration notice names the company only); 70 Sir John Rogerson's Quay, Dublin 2 is the address third-party privacy policies give.",
    },
    {
      fact: "parent",
      note: "Google LLC's address is from Google's privacy policy; no Google Workspace or Google Cloud document read names Google LLC as Google Cloud EMEA Limited's parent or, by name, as a subprocessor for Workspace (the transfer's recipient rests on the same gap; Google's Workspace subprocessor list was not read).",
    },
  ],
  disagreements: [],
};
