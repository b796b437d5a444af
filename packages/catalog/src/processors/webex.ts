import type { Processor } from "@policy/core";

/**
 * Webex by Cisco: video meetings, webinars and calls.
 *
 * Entity: the datenanfragen record names Cisco Systems, Inc. with an address in Amsterdam. Cisco's own privacy
 * statement (effective 26 September 2023, as archived by ToS;DR) gives that address, Haarlerbergweg 13-19, 1101 CH
 * Amsterdam-Zuidoost, for Cisco Systems International BV, its privacy officer for Europe, the Middle East and Africa, and
 * says Cisco's main establishment in the EU is in the Netherlands; it gives Cisco Systems, Inc. the address 170 West
 * Tasman Dr., San Jose, CA 95134. We follow Cisco's statement: Cisco Systems International BV as the EU entity and
 * Cisco Systems, Inc. as the parent. The phone number in the datenanfragen record is the US privacy line that Cisco's
 * statement gives for Cisco Systems, Inc., so it sits with the parent. No page we read names the contracting entity
 * for Webex itself.
 * Transfers: Cisco's GDPR page on cisco.com states that Cisco is certified under the EU-U.S. Data Privacy Framework;
 * its privacy statement says the certification covers Cisco Systems, Inc. and its US subsidiaries, and also names
 * standard contractual clauses and Cisco's Binding Corporate Rules for controllers.
 */
export const webex: Processor = {
  id: "webex",
  name: "Webex",
  aliases: ["Cisco Webex", "Webex Meetings"],
  categories: ["video-conferencing"],
  entity: {
    name: "Cisco Systems International BV",
    address: { street: "Haarlerbergweg 13-19", postalCode: "1101 CH", city: "Amsterdam-Zuidoost", country: "NL" },
    url: "https://www.cisco.com",
  },
  parent: {
    name: "Cisco Systems, Inc.",
    address: { street: "170 West Tasman Dr.", postalCode: "95134", city: "San Jose", region: "CA", country: "US" },
    phone: "+1 408 906 2726",
    url: "https://www.cisco.com",
  },
  role: "processor",
  urls: {
    website: "https://www.webex.com",
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
  transfers: [
    {
      country: "US",
      recipient: "Cisco Systems, Inc.",
      mechanism: "EU-US-DPF",
      note: {
        en: "Cisco Systems, Inc. and its US subsidiaries are certified under the Data Privacy Framework. Cisco also names standard contractual clauses and its Binding Corporate Rules for controllers.",
        de: "Cisco Systems, Inc. und ihre US-Tochtergesellschaften sind nach dem Data Privacy Framework zertifiziert. Cisco nennt außerdem Standardvertragsklauseln und seine verbindlichen internen Datenschutzvorschriften für Verantwortliche (Binding Corporate Rules).",
      },
      checked: "2026-11-29",
    },
  ],
  deletion: {
    en: "Files, notes and recordings you upload to a Webex meeting space can be removed by you in that meeting space.",
    de: "Dateien, Notizen und Aufzeichnungen, die Sie in einen Webex-Besprechungsraum hochladen, können Sie dort selbst wieder entfernen.",
  },
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/cisco.json",
      facts: ["entity", "urls"],
    },
    { url: "https://www.webex.com/webex_mc_supp-text.html", facts: ["urls", "activities", "deletion"] },
    { url: "https://cisco.com/c/en/us/about/trust-center/gdpr.html", facts: ["transfers"] },
    // Cisco's online privacy statement, effective 26 September 2023, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/c7b66f84eac96a7b90268727275a905ddd0d1e1f/Cisco/Privacy%20Policy.md",
      facts: ["entity", "parent", "transfers"],
    },
  ],
  checked: "2026-11-29",
};
