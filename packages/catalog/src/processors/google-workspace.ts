import type { Processor } from "@policy/core";
import {
  googleChecked,
  googleCloudDpaArchiveUrl,
  googleCloudEmea,
  googleCloudEmeaMigrationUrl,
  googleCloudSccTransfer,
  googleCloudSccUrl,
  googleCloudTermsUrl,
  googleFrameworksSource,
  googleLlc,
  googlePrivacyPolicySource,
} from "../parties/google.js";

/**
 * Google Workspace (Gmail, Calendar, Drive, Docs, Sheets, Forms and the other office apps) used by a business for its
 * own correspondence, files and forms, for a business customer in the EU.
 *
 * Read (2026-12-06):
 * - Google Cloud Terms of Service, last modified 1 June 2026 (Open Terms Archive, contrib-versions, "Google Cloud
 *   Platform/Terms of Service.md", commit 294df225, recorded 23 June 2026), in full: they govern the Google Workspace
 *   ("GWS") Services as well as Google Cloud Platform; "Google" has the meaning given at cloud.google.com/terms/
 *   google-entity; "Google will only access, use, and otherwise process Customer Data in accordance with the Cloud
 *   Data Processing Addendum" (5.2); for GWS Services, Customer Data is "data submitted, stored, sent or received via
 *   the Services by Customer or its End Users"; the customer is responsible for the notices and consents its use
 *   needs (3.2).
 * - Google's notice "Google Cloud and Google Workspace EMEA Account Migration FAQ" (notifications.google.com, stored
 *   copy): "Google Cloud and Google Workspace accounts of customers with a legal address in EMEA countries are being
 *   migrated to Google Cloud EMEA Ltd.", among the services "Google Workspace (formerly G Suite)". Google's help
 *   centre has similar notices for France (Google Cloud France SARL, Paris), Italy and Poland, whose customers contract
 *   with those companies instead; none was found for Germany or Austria. The google-entity page itself was read only
 *   in its version of 12 July 2021 (Google Cloud Platform table, EMEA row cut off in the stored copy), not its Workspace
 *   rows. No Google document read gives
 *   Google Cloud EMEA Limited's address.
 * - Cloud Data Processing Addendum (Customers), archived version of 23 May 2024 (stored copy, opening sections): it was
 *   formerly the "Data Processing Amendment" under an agreement for Google Workspace; "Google is a processor and
 *   Customer is a controller or processor, as applicable, of Customer Personal Data" (4.1). The current version was
 *   not found in a stored copy.
 * - business.safety.google/intl/el/gdpr (English text, stored copy): "Google Workspace offerings" are among the
 *   products where Google may act as processor.
 * - Google Cloud Privacy Notice, version of 30 June 2023 (stored copy through a proxy): it covers Google Workspace and
 *   applies only to "Service Data" (account, billing, settings and usage data Google collects to run the services),
 *   not to Customer Data, which falls under the Cloud Data Processing Addendum.
 * - EU standard contractual clauses for "Google Cloud Platform, Workspace, Cloud Identity & Implementation Services"
 *   (Module 3: Processor-to-Processor, Google Exporter), cloud.google.com/terms/sccs/eu-p2p-google-exporter (stored
 *   copy): the clauses for transfers from Google to its subprocessors in third countries.
 * - Google's page on legal frameworks for data transfers: Google LLC is certified under the Data Privacy Framework (see
 *   parties/google.ts); no Workspace document read relies on that certification.
 * - Google Privacy Policy (EEA): Google LLC's name and address.
 *
 * Role "processor" for the content of the business's Workspace account (Customer Data). Google is a controller of its
 * own Service Data about the business's account holders (the Cloud Privacy Notice); that concerns the business's staff,
 * not the people a privacy policy speaks to, and is left out.
 *
 * Left out, and why: Google Cloud EMEA Limited's address (no Google document read gives it; marked unconfirmed); Google
 * LLC as parent and as the US recipient (no Workspace document read names it; marked unconfirmed); a deletion period
 * for data the business deletes (the Cloud Data Processing Addendum's deletion clause was read only in third-party
 * copies); the Workspace subprocessor list (an archived copy of 19 September 2024 lists third-party support companies
 * that see Customer Data only when the customer grants access in a support case, in countries including the US; not
 * stated as a transfer). No cookies or hosts: the entry is about the business's own use, not about its website.
 */
export const googleWorkspace: Processor = {
  id: "google-workspace",
  name: "Google Workspace",
  aliases: ["G Suite", "Gmail", "Google Drive", "Google Forms", "Google Docs", "Google Calendar"],
  categories: ["collaboration"],
  entity: googleCloudEmea,
  parent: googleLlc,
  role: "processor",
  urls: {
    website: "https://workspace.google.com/",
    privacyPolicy: "https://cloud.google.com/terms/cloud-privacy-notice",
    dpa: "https://cloud.google.com/terms/data-processing-addendum",
  },
  description: {
    en: "Google Workspace is Google's cloud office suite for organisations: business e-mail (Gmail), calendars, file storage (Drive), documents, spreadsheets and online forms (Forms).",
    de: "Google Workspace ist Googles Cloud-Bürosoftware für Organisationen: geschäftliche E-Mail (Gmail), Kalender, Dateiablage (Drive), Dokumente, Tabellen und Online-Formulare (Forms).",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.operations.support",
        legalBasis: "A6-1-b",
        description: {
          en: "To receive and answer your e-mails and enquiries and to handle orders and contracts with you, including the documents and appointments that go with them.",
          de: "Um Ihre E-Mails und Anfragen zu empfangen und zu beantworten und Bestellungen und Verträge mit Ihnen abzuwickeln, samt den zugehörigen Unterlagen und Terminen.",
        },
      },
      {
        purpose: "essential.service.operations",
        legalBasis: "A6-1-f",
        description: {
          en: "To keep our e-mail, files, calendars and forms in one cloud service that our team can reach securely from anywhere.",
          de: "Um unsere E-Mails, Dateien, Kalender und Formulare in einem Cloud-Dienst zu führen, auf den unser Team von überall sicher zugreifen kann.",
        },
        legitimateInterest: {
          en: "Organising our correspondence and office work efficiently and securely with an established cloud provider.",
          de: "Unsere Korrespondenz und Büroarbeit effizient und sicher mit einem etablierten Cloud-Anbieter zu organisieren.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.content.private",
        details: {
          en: "what you write to us and send us, such as e-mails, attachments and your answers in our online forms",
          de: "was Sie uns schreiben und schicken, etwa E-Mails, Anhänge und Ihre Antworten in unseren Online-Formularen",
        },
        collected: "provided",
      },
    ],
    subjects: ["customer", "contact_person"],
  },
  domains: [],
  transfers: [googleCloudSccTransfer],
  retention: {
    criteria: {
      en: "E-mails, files and form answers stay in our Google Workspace account for as long as we keep them there; we decide when they are deleted, and Google then removes them from its systems after a period it sets.",
      de: "E-Mails, Dateien und Formularantworten bleiben so lange in unserem Google-Workspace-Konto, wie wir sie dort aufbewahren; wann sie gelöscht werden, entscheiden wir, und Google entfernt sie danach innerhalb einer von ihm festgelegten Frist aus seinen Systemen.",
    },
  },
  deletion: {
    en: "Google processes this data only on our instructions: ask us if you want your e-mails, files or form answers deleted.",
    de: "Google verarbeitet diese Daten nur nach unseren Weisungen: Wenden Sie sich an uns, wenn Ihre E-Mails, Dateien oder Formularantworten gelöscht werden sollen.",
  },
  deviceAccess: [],
  sources: [
    // Google Cloud Terms of Service: cover Google Workspace; contracting company by the google-entity page; Customer
    // Data processed only under the Cloud Data Processing Addendum and for no other purpose (so it stays and goes as
    // the customer decides); Workspace URLs.
    {
      url: googleCloudTermsUrl,
      facts: ["entity", "role", "activities", "retention", "deletion", "urls"],
      checked: googleChecked,
      updated: "2026-06-01",
    },
    // Google's notice moving Google Cloud and Google Workspace accounts in EMEA to Google Cloud EMEA Ltd.
    { url: googleCloudEmeaMigrationUrl, facts: ["entity"], checked: googleChecked },
    // Cloud Data Processing Addendum, archived version of 23 May 2024: Google is a processor of Customer Personal Data.
    { url: googleCloudDpaArchiveUrl, facts: ["role", "urls"], checked: googleChecked, updated: "2024-05-23" },
    // Lists Google Workspace offerings among the products for which Google acts as processor (English text).
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["role"], checked: googleChecked },
    // Google Cloud Privacy Notice (30 June 2023, stored copy): covers Workspace; Service Data only.
    {
      url: "https://cloud.google.com/terms/cloud-privacy-notice/index-20230630",
      facts: ["role", "urls"],
      checked: googleChecked,
      updated: "2023-06-30",
    },
    { ...googlePrivacyPolicySource, facts: ["parent"] },
    // EU SCCs (processor to processor, Google exporter) for Google Cloud and Workspace.
    { url: googleCloudSccUrl, facts: ["transfers"], checked: googleChecked },
    googleFrameworksSource,
  ],
  checked: googleChecked,
  unconfirmed: [
    {
      fact: "transfers",
      note: "The Workspace sub-processor list and Google's data-location terms were not read, so further countries are possible.",
    },
    {
      fact: "entity.address",
      note: "No Google document read gives Google Cloud EMEA Limited's address (the migration notice names the company only); 70 Sir John Rogerson's Quay, Dublin 2 is the address third-party pages give.",
    },
    {
      fact: "parent",
      note: "Google LLC's address is from Google's privacy policy; no Google Workspace or Google Cloud document read names Google LLC as Google Cloud EMEA Limited's parent.",
    },
    {
      fact: "transfers[0]",
      note: "Google's Cloud terms provide the processor-to-processor SCCs for transfers to Google's subprocessors outside the EEA, but no Workspace document read names Google LLC as a recipient of Customer Data (the current Workspace subprocessor list, including Google's affiliates, was not read).",
    },
  ],
  disagreements: [],
};
