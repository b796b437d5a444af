import type { Processor } from "@policy/core";

const AVV = "https://strato.de/agb/avv";
const DPA_SE = "https://strato.se/aff%C3%A4rsvillkor/dpa/";
const PRIVACY_NL = "https://www.strato.nl/privacybeleid/";
const FAQ_DE = "https://www.strato.de/faq/vertrag/fragen-zur-auftragsverarbeitungsvertrag-avv-und-der-neuen-eu-datenschutzgrundverordnung-dsgvo/";
const FAQ_UK =
  "https://www.strato-hosting.co.uk/faq/product/questions-about-contract-data-processing-cdp-and-the-new-eu-general-data-protection-regulation-gdpr/";
const STRATO_GMBH = "https://github.com/IONOS-Productivity/ncw-tools/blob/dfa163373e2105b0bf2cf609527825cd1f82add6/.github/copilot-instructions.md";
const checked = "2026-12-06";

/**
 * Strato: web hosting, domains, e-mail, servers and cloud storage from Berlin, for a website operator in the EU.
 *
 * Read (2026-12-06):
 * - "Vereinbarung zur Auftragsverarbeitung / Data Processing Agreement", bilingual, "Version 3.5, Stand: 18.03.2024"
 *   (stored copy of strato.de/agb/avv; sections 1 to 3 could be read): it covers processing "durch STRATO AG
 *   (nachfolgend Auftragnehmer) als Auftragsverarbeiter für den Kunden als Verantwortlicher"; the purposes are those
 *   needed for the agreed service, "insbesondere im Bereich Cloud-Dienstleistungen, Hosting, Software as a Service
 *   (SaaS) und IT-Support"; the customer decides which data and which data subjects through the products it chooses
 *   and how it uses them.
 * - The English "Data Processing Agreement", "version 3.3, status: 18.07.2022" (stored copy of strato.se; sections 1
 *   to 4 opening): the same, "STRATO AG (hereinafter referred to as the processor)".
 * - FAQ "Fragen zum Auftragsverarbeitungsvertrag (AVV) und der neuen EU-DSGVO" (stored copy of strato.de; undated): the
 *   AVV is part of every contract made from 18 July 2022; older contracts can add it in the customer login.
 * - FAQ #2833 on contract data processing (stored copy of strato-hosting.co.uk; undated): "The IP addresses of visitors
 *   to your website are collected and stored in log files. We store the IP addresses of visitors to your websites for
 *   a maximum of seven days in order to detect and defend against attacks"; the tracking tools in Strato's privacy
 *   policy "apply only to the STRATO website" (so none on customers' sites).
 * - Privacybeleid (Dutch privacy policy), "versie 2.10" (stored copy of strato.nl; undated): controller "STRATO AG,
 *   Otto-Ostrowski-Straße 7, 10249 Berlin", the data protection officer at the same address; log data (IP address,
 *   browser type, the website visited before, system configuration, date and time) are also collected "wanneer
 *   bezoekers uw websites bezoeken". An older stored version ("versie 2.3") still gave Pascalstraße 10, 10587 Berlin.
 *
 * The entity's name: every Strato legal document read (AVV 2024, privacy policy 2.10) names STRATO AG. Strato's own
 * source code published from 2025 on (for example the licence headers required in IONOS-Productivity/ncw-tools:
 * "SPDX-FileCopyrightText: 2026 STRATO GmbH") and several customers' privacy policies name "STRATO GmbH" at the same
 * address, which suggests a change of legal form. No Strato imprint, terms or privacy policy naming STRATO GmbH was
 * stored, so the entry keeps STRATO AG, marks the entity unconfirmed and records the other name as a disagreement.
 *
 * Left out, and why:
 * - Transfers: none listed. No Strato document read names a country outside the EU for hosting; the AVV's clauses on
 *   subprocessors and third countries could not be read. (A third-party page says Strato's servers are in Berlin and
 *   Karlsruhe: a lead, not used.)
 * - Parent: no Strato document read names a company above Strato.
 * - E-mail: the privacy policy read offers a contact form; the e-mail address it names did not survive in the copy.
 * - urls.privacyPolicy points to the Dutch version read; the German one (strato.de/datenschutz) was not stored.
 * - Cookies and domains: Strato names no cookies or hosts for its customers' websites; plain hosting sets none.
 */
export const strato: Processor = {
  id: "strato",
  name: "Strato",
  aliases: ["STRATO AG", "STRATO GmbH"],
  categories: ["hosting"],
  entity: {
    name: "STRATO AG",
    address: { street: "Otto-Ostrowski-Straße 7", postalCode: "10249", city: "Berlin", country: "DE" },
    url: "https://www.strato.de/",
  },
  role: "processor",
  urls: {
    website: "https://www.strato.de/",
    privacyPolicy: PRIVACY_NL,
    dpa: AVV,
  },
  description: {
    en: "Strato, based in Berlin, sells web hosting, domains, e-mail, servers and online storage.",
    de: "Strato mit Sitz in Berlin verkauft Webhosting, Domains, E-Mail, Server und Online-Speicher.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.security",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Delivering our website from a rented web space and detecting and fending off attacks on it.",
          de: "Unsere Website aus gemietetem Webspace auszuliefern sowie Angriffe auf sie zu erkennen und abzuwehren.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: { en: "kept in log files for at most seven days", de: "höchstens sieben Tage in Protokolldateien gespeichert" },
        collected: "automatic",
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser type, the page you came from, system settings, date and time of the visit",
          de: "Browsertyp, die zuvor besuchte Seite, Systemeinstellungen, Datum und Uhrzeit des Besuchs",
        },
        collected: "automatic",
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [],
  retention: {
    criteria: {
      en: "Strato keeps the IP addresses of our visitors for at most seven days; how long it keeps the rest of its log files, its documents do not say.",
      de: "Strato speichert die IP-Adressen unserer Besucher höchstens sieben Tage; wie lange es die übrigen Angaben seiner Protokolldateien aufbewahrt, sagen seine Unterlagen nicht.",
    },
  },
  deletion: {
    en: "Ask us, not Strato, about your data: Strato processes it only on our behalf and deletes our visitors' IP addresses on its own after seven days at the latest.",
    de: "Wenden Sie sich wegen Ihrer Daten an uns, nicht an Strato: Strato verarbeitet sie nur in unserem Auftrag und löscht die IP-Adressen unserer Besucher spätestens nach sieben Tagen von selbst.",
  },
  deviceAccess: [],
  sources: [
    // Strato's AVV, version 3.5 of 18 March 2024; stored copy of this address (sections 1 to 3).
    { url: AVV, facts: ["entity", "role", "urls", "activities"], checked, updated: "2024-03-18" },
    // Strato's English DPA, version 3.3 of 18 July 2022; stored copy of this address (opening).
    { url: DPA_SE, facts: ["entity", "role"], checked, updated: "2022-07-18" },
    // Strato's FAQ on the AVV (German); stored copy of this address, undated.
    { url: FAQ_DE, facts: ["role"], checked },
    // Strato's FAQ #2833 on contract data processing (English); stored copy of this address, undated.
    { url: FAQ_UK, facts: ["activities", "retention", "deletion", "device-access"], checked },
    // Strato's Dutch privacy policy, version 2.10; stored copy of this address, undated.
    { url: PRIVACY_NL, facts: ["entity", "urls", "activities"], checked },
  ],
  checked,
  unconfirmed: [
    {
      fact: "transfers",
      note: "Strato's AVV could be read only in its sections 1 to 3; its clauses on sub-processors and third countries were not read, so no Strato document read says whether the data leaves the EU/EEA.",
    },
    {
      fact: "entity",
      note: "Strato's AVV (version 3.5, 18 March 2024) and its privacy policy (version 2.10) name STRATO AG, Otto-Ostrowski-Straße 7, 10249 Berlin. Strato's own source code from 2025 on and several customers' policies name STRATO GmbH at that address, suggesting a change of legal form; no Strato imprint, terms or privacy policy naming the current form was stored.",
    },
  ],
  disagreements: [{ fact: "entity", value: "STRATO GmbH", source: STRATO_GMBH }],
};
