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

const DATA_RESIDENCY = "https://cloud.google.com/assured-workloads/docs/concept-data-residency";
const DELETION = "https://cloud.google.com/docs/security/deletion";

/**
 * Google Cloud (Google Cloud Platform): servers, storage, databases and other cloud services a business runs its
 * website or app on, for a business customer in the EU.
 *
 * Read (2026-12-06):
 * - Google Cloud Terms of Service, last modified 1 June 2026 (Open Terms Archive, contrib-versions, "Google Cloud
 *   Platform/Terms of Service.md", commit 294df225, recorded 23 June 2026), in full: "Google" has the meaning given at
 *   cloud.google.com/terms/google-entity; "Google will only access, use, and otherwise process Customer Data in
 *   accordance with the Cloud Data Processing Addendum and will not access, use, or process Customer Data for any
 *   other purpose" (5.2); for GCP Services, Customer Data is "data provided to Google by Customer or End Users through
 *   the Services under the Account, and data that Customer or End Users derive from that data"; the customer is
 *   responsible for the notices and consents its use needs (3.2).
 * - Google's notice "Google Cloud and Google Workspace EMEA Account Migration FAQ" (notifications.google.com, stored
 *   copy): Google Cloud accounts "of customers with a legal address in EMEA countries are being migrated to Google Cloud
 *   EMEA Ltd." Google's help centre has similar notices for France (Google Cloud France SARL), Italy and Poland; none was
 *   found for Germany or Austria. The google-entity page could be read only in its version of 12 July 2021, whose EMEA
 *   row was cut off in the stored copy (it lists Austria among countries excepted from one EMEA row, without the
 *   company for them); the later migration notice covers all of EMEA. No Google document read gives Google Cloud EMEA
 *   Limited's address.
 * - Cloud Data Processing Addendum (Customers), archived version of 23 May 2024 (stored copy, opening sections): it was
 *   formerly the "Data Processing and Security Terms" under an agreement for Google Cloud Platform; "Google is a
 *   processor and Customer is a controller or processor, as applicable, of Customer Personal Data" (4.1).
 * - business.safety.google/intl/el/gdpr (English text, stored copy): "Google Cloud Platform services" are among the
 *   products where Google may act as processor.
 * - Google Cloud documentation "Data residency" (Assured Workloads, stored copy on Google's documentation host, last
 *   updated 18 August 2025): data residency commitments apply to Customer Data at rest for services that can be
 *   configured for a data location; "If the selected Region or Multi-Region is located in the European Union, Google
 *   will process Customer Data in use by the configured Service only within the European Union"; resource identifiers,
 *   attributes and labels are not Customer Data for this purpose, and Service Data such as billing data is handled
 *   separately.
 * - Google Cloud documentation "Data deletion on Google Cloud" (cloud.google.com/docs/security/deletion; read in a
 *   stored text copy of Google's security documentation, whose title and image paths match that address; "last updated
 *   in May 2024"): "Google Cloud commits to delete customer data within a maximum period of about six
 *   months (180 days)" after a deletion request: marked for deletion within 24 hours, an internal recovery period of
 *   up to 30 days, about two months to leave active systems, backups expired within six months.
 * - EU standard contractual clauses for "Google Cloud Platform, Workspace, Cloud Identity & Implementation Services"
 *   (Module 3: Processor-to-Processor, Google Exporter), stored copy: the clauses for transfers from Google to its
 *   subprocessors in third countries.
 * - Google's page on legal frameworks for data transfers (Google LLC's certification) and Google's privacy policy
 *   (Google LLC's address): see parties/google.ts.
 *
 * Role "processor" for the data the business's website or app keeps and handles on Google Cloud (Customer Data).
 * Google's controller role for its own Service Data about the business's account (Google Cloud Privacy Notice) concerns
 * the business, not its visitors, and is left out.
 *
 * Left out, and why: Google Cloud EMEA Limited's address (marked unconfirmed); Google LLC as parent and as US recipient
 * (no Google Cloud document read names it; marked unconfirmed); the Google Cloud subprocessor list (not read); which
 * data a given website keeps on Google Cloud (it depends on the website); cookies and hosts (Google Cloud sets none
 * on a site's visitors by itself in any document read; a site's own hosts are its own).
 */
export const googleCloud: Processor = {
  id: "google-cloud",
  name: "Google Cloud",
  aliases: ["Google Cloud Platform", "GCP", "Google Compute Engine", "Google Cloud Storage"],
  categories: ["hosting"],
  entity: googleCloudEmea,
  parent: googleLlc,
  role: "processor",
  urls: {
    website: "https://cloud.google.com/",
    privacyPolicy: "https://cloud.google.com/terms/cloud-privacy-notice",
    dpa: "https://cloud.google.com/terms/data-processing-addendum",
  },
  description: {
    en: "Google Cloud rents out virtual servers, storage, databases and other cloud services, run in data-centre regions its customers choose.",
    de: "Google Cloud vermietet virtuelle Server, Speicher, Datenbanken und weitere Cloud-Dienste, betrieben in Rechenzentrumsregionen nach Wahl der Kunden.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        description: {
          en: "To run our website or app, and keep its data, on servers we rent from Google Cloud.",
          de: "Um unsere Website oder App auf Servern zu betreiben, die wir bei Google Cloud mieten, und ihre Daten dort zu speichern.",
        },
        legitimateInterest: {
          en: "Running our website and services on rented cloud infrastructure that is secure and grows with demand.",
          de: "Unsere Website und Dienste auf gemieteter, sicherer Cloud-Infrastruktur zu betreiben, die mit dem Bedarf wächst.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "the request your browser or app sends: page or file, time, browser and operating system",
          de: "die Anfrage Ihres Browsers oder Ihrer App: Seite oder Datei, Uhrzeit, Browser und Betriebssystem",
        },
      },
      {
        category: "user.content",
        details: {
          en: "whatever our website or app stores about you on these servers",
          de: "was unsere Website oder App auf diesen Servern über Sie speichert",
        },
        collected: "content",
      },
    ],
    subjects: ["website_visitor", "user"],
  },
  domains: [],
  transfers: [
    {
      ...googleCloudSccTransfer,
      note: {
        en: "For the services Google offers with this data-residency commitment, choosing a Google Cloud region in the EU keeps our data at rest in that region and its processing in use within the EU; other services are not covered. For transfers to its subprocessors outside the EEA, Google's data processing terms provide the EU standard contractual clauses (processor to processor). Google LLC is also certified under the EU-US Data Privacy Framework.",
        de: "Bei den Diensten, für die Google diese Zusage zum Speicherort gibt, bleiben unsere Daten bei Wahl einer Google-Cloud-Region in der EU gespeichert in dieser Region und werden im Betrieb innerhalb der EU verarbeitet; andere Dienste sind nicht erfasst. Für Übermittlungen an Unterauftragsverarbeiter außerhalb des EWR sehen Googles Bedingungen zur Auftragsverarbeitung die Standardvertragsklauseln der EU (zwischen Auftragsverarbeitern) vor. Google LLC ist zudem nach dem EU-US-Datenschutzrahmen zertifiziert.",
      },
    },
  ],
  retention: {
    criteria: {
      en: "Data stays on Google Cloud for as long as we keep it there. When we delete it, Google usually removes it from its active systems within about two months and from its backups within about six months (180 days).",
      de: "Die Daten bleiben so lange bei Google Cloud, wie wir sie dort aufbewahren. Löschen wir sie, entfernt Google sie in der Regel binnen etwa zwei Monaten aus seinen aktiven Systemen und binnen etwa sechs Monaten (180 Tagen) aus seinen Sicherungskopien.",
    },
  },
  deletion: {
    en: "Google processes this data only on our instructions: ask us if you want your data deleted, and we delete it on Google Cloud.",
    de: "Google verarbeitet diese Daten nur nach unseren Weisungen: Wenden Sie sich an uns, wenn Ihre Daten gelöscht werden sollen; wir löschen sie dann bei Google Cloud.",
  },
  deviceAccess: [],
  sources: [
    // Google Cloud Terms of Service: contracting company by the google-entity page; Customer Data processed only under
    // the Cloud Data Processing Addendum and for no other purpose; Google Cloud URLs.
    { url: googleCloudTermsUrl, facts: ["entity", "role", "activities", "deletion", "urls"], checked: googleChecked, updated: "2026-06-01" },
    // Google's notice moving Google Cloud accounts in EMEA to Google Cloud EMEA Ltd.
    { url: googleCloudEmeaMigrationUrl, facts: ["entity"], checked: googleChecked },
    // Cloud Data Processing Addendum, archived version of 23 May 2024: Google is a processor of Customer Personal Data.
    { url: googleCloudDpaArchiveUrl, facts: ["role", "urls"], checked: googleChecked, updated: "2024-05-23" },
    // Lists Google Cloud Platform services among the products for which Google acts as processor (English text).
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["role"], checked: googleChecked },
    // Google Cloud Privacy Notice (30 June 2023, stored copy): covers Google Cloud Platform; Service Data only.
    {
      url: "https://cloud.google.com/terms/cloud-privacy-notice/index-20230630",
      facts: ["role", "urls"],
      checked: googleChecked,
      updated: "2023-06-30",
    },
    { ...googlePrivacyPolicySource, facts: ["parent"] },
    // Data residency: data at rest in the chosen region; in use only in the EU for an EU region.
    { url: DATA_RESIDENCY, facts: ["transfers"], checked: googleChecked, updated: "2025-08-18" },
    // Data deletion on Google Cloud: deletion within about six months (180 days).
    { url: DELETION, facts: ["retention", "deletion"], checked: googleChecked },
    // EU SCCs (processor to processor, Google exporter) for Google Cloud and Workspace.
    { url: googleCloudSccUrl, facts: ["transfers"], checked: googleChecked },
    googleFrameworksSource,
  ],
  checked: googleChecked,
  unconfirmed: [
    {
      fact: "entity.address",
      note: "No Google document read gives Google Cloud EMEA Limited's address (the migration notice names the company only); 70 Sir John Rogerson's Quay, Dublin 2 is the address third-party pages give.",
    },
    {
      fact: "parent",
      note: "Google LLC's address is from Google's privacy policy; no Google Cloud document read names Google LLC as Google Cloud EMEA Limited's parent.",
    },
    {
      fact: "transfers[0]",
      note: "Google's Cloud terms provide the processor-to-processor SCCs for transfers to Google's subprocessors outside the EEA, but no Google Cloud document read names Google LLC as a recipient of Customer Data (the Google Cloud subprocessor list was not read). Whether any transfer happens depends on the regions and services the business chooses.",
    },
  ],
  disagreements: [],
};
