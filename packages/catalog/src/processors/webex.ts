import type { Processor } from "@policy/core";

/**
 * Webex by Cisco: video meetings, webinars and calls.
 *
 * Read (2026-12-06):
 * - Cisco Online Privacy Statement, "revised and effective as of September 26, 2023", as archived by ToS;DR (the newest
 *   copy we could read). It gives Cisco Systems, Inc., 170 West Tasman Dr., San Jose, CA 95134 (Chief Privacy Officer;
 *   privacy line 408-906-2726) and, as Privacy Officer for Europe, the Middle East and Africa, Cisco Systems International
 *   BV, Haarlerbergweg 13-19, 1101 CH Amsterdam-Zuidoost; says Cisco's main establishment in the EU is in the
 *   Netherlands; and says transfers out of the EEA may rest on standard contractual clauses or Cisco's Binding Corporate
 *   Rules (controller), and that Cisco Systems, Inc. and its US subsidiaries participate in the EU-US Data Privacy
 *   Framework, the UK Extension and the Swiss-US framework. It links Cisco's entry on the DPF List, of which we found no
 *   stored copy.
 * - Cisco's GDPR page (cisco.com/c/en/us/about/trust-center/gdpr.html): Cisco is certified under the EU-US DPF, the UK
 *   Extension and the Swiss-US DPF.
 * - Webex Meetings supplement to the privacy statement (webex.com/webex_mc_supp-text.html): what the service records
 *   (name, e-mail address, IP address and browser of attendees; meeting start and end times, durations, log-ins and
 *   actions) and that users can remove content they uploaded to a meeting space.
 *
 * Entity: Webex's terms of service are with "Cisco Systems, Inc. or its applicable affiliate"; no page we read names the
 * affiliate for EU customers. We keep Cisco Systems International BV, Cisco's EMEA privacy office in the Netherlands
 * (Cisco's main EU establishment), and list Cisco Systems, Inc. as the parent and US recipient.
 *
 * Re-checked 2026-12-06:
 * - Entity, parent, address, phone: no change; all stated in Cisco's privacy statement. That Cisco Systems International
 *   BV is the company EU customers contract with is not stated anywhere we could read, so `entity` is marked
 *   unconfirmed and a policy says so. The datenanfragen record is dropped as a source (it was only a lead).
 * - Transfers: mechanism unchanged (EU-US-DPF for Cisco Systems, Inc.); certification added (EU-US, UK Extension,
 *   Swiss-US, per Cisco's own statement).
 * - Activities, deletion, URLs: no change; confirmed by the Webex Meetings supplement.
 * - Role: processor, no change, but now marked unconfirmed: no Cisco page we could read states the role for Webex
 *   Meetings in so many words, so a policy does not state it.
 * - Cookies and retention: none listed; the pages we read name no Webex cookie or retention period for business customers.
 */
export const webex: Processor = {
  id: "webex",
  name: "Webex",
  aliases: ["Cisco Webex", "Webex Meetings"],
  categories: ["video-conferencing"],
  entity: {
    name: "Cisco Systems International BV",
    address: { street: "Haarlerbergweg 13-19", postalCode: "1101 CH", city: "Amsterdam-Zuidoost", country: "NL" },
    url: "https://www.cisco.com/",
  },
  parent: {
    name: "Cisco Systems, Inc.",
    address: { street: "170 West Tasman Dr.", postalCode: "95134", city: "San Jose", region: "CA", country: "US" },
    phone: "+1 408 906 2726",
    url: "https://www.cisco.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.webex.com/",
    privacyPolicy: "https://www.cisco.com/c/en/us/about/legal/privacy-full.html",
  },
  description: {
    en: "Webex, from Cisco, hosts video meetings, webinars and online training sessions that people join in a browser, an app or by phone.",
    de: "Webex von Cisco richtet Videokonferenzen, Webinare und Online-Schulungen aus, an denen man im Browser, per App oder per Telefon teilnimmt.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To run the video meetings and webinars we invite you to.",
          de: "Um die Videokonferenzen und Webinare durchzuführen, zu denen wir Sie einladen.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      "user.device.ip_address",
      { category: "user.telemetry", details: { en: "your browser", de: "Ihr Browser" } },
      {
        category: "system.operations",
        details: {
          en: "when a meeting starts and ends, how long it lasts, log-ins and actions taken",
          de: "Beginn, Ende und Dauer einer Besprechung, Anmeldungen und ausgeführte Aktionen",
        },
      },
      {
        category: "user.content.private",
        details: {
          en: "audio, video and shared screens; files, notes and comments shared in the meeting; recordings if the host makes them",
          de: "Ton, Bild und geteilte Bildschirme; in der Besprechung geteilte Dateien, Notizen und Kommentare; Aufzeichnungen, wenn der Gastgeber sie anfertigt",
        },
      },
    ],
    subjects: ["meeting_participant"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Cisco Systems, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: "https://github.com/tosdr/tosdr-versions/blob/c7b66f84eac96a7b90268727275a905ddd0d1e1f/Cisco/Privacy%20Policy.md",
        checked: "2026-12-06",
      },
      note: {
        en: "The certification also covers the US subsidiaries of Cisco Systems, Inc. Cisco also names standard contractual clauses and its Binding Corporate Rules for controllers.",
        de: "Die Zertifizierung erfasst auch die US-Tochtergesellschaften der Cisco Systems, Inc. Cisco nennt außerdem Standardvertragsklauseln und seine verbindlichen internen Datenschutzvorschriften für Verantwortliche.",
      },
      checked: "2026-12-06",
    },
  ],
  deletion: {
    en: "Files, notes and recordings you upload to a Webex meeting space can be removed by you in that meeting space.",
    de: "Dateien, Notizen und Aufzeichnungen, die Sie in einen Webex-Besprechungsraum hochladen, können Sie dort selbst wieder entfernen.",
  },
  deviceAccess: [],
  sources: [
    {
      url: "https://www.webex.com/webex_mc_supp-text.html",
      facts: ["urls", "activities", "deletion"],
      checked: "2026-12-06",
    },
    { url: "https://cisco.com/c/en/us/about/trust-center/gdpr.html", facts: ["transfers"], checked: "2026-12-06" },
    // Cisco's online privacy statement, effective 26 September 2023, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/c7b66f84eac96a7b90268727275a905ddd0d1e1f/Cisco/Privacy%20Policy.md",
      facts: ["entity", "parent", "urls", "transfers"],
      checked: "2026-12-06",
      updated: "2023-09-26",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity",
      note: "Webex's terms are with \"Cisco Systems, Inc. or its applicable affiliate\"; no page we read names the affiliate for customers in the EU. Cisco Systems International BV is Cisco's privacy office for Europe and its main establishment in the EU, which makes it likely but not confirmed.",
    },
    {
      fact: "role",
      note: "No Cisco page we could read states Cisco's role for Webex Meetings; its privacy data sheet on the Cisco Trust Portal (not stored) is where to look.",
    },
  ],
  disagreements: [],
};
