import type { Processor } from "@policy/core";

/**
 * Webex by Cisco: video meetings, webinars and calls.
 *
 * Entity: the datenanfragen record names Cisco Systems, Inc. with the address Cisco gives for privacy requests in
 * Amsterdam; we keep both exactly as recorded. Cisco Systems, Inc. is a US company, so the US transfer is listed even
 * though the address is in the Netherlands. No page we could cite gives a separate EU contracting entity for Webex or
 * the US head office address, so there is no parent.
 * Transfers: Cisco's GDPR page on cisco.com states that Cisco is certified under the EU-U.S. Data Privacy Framework.
 */
export const webex: Processor = {
  id: "webex",
  name: "Webex",
  aliases: ["Cisco Webex", "Webex Meetings"],
  categories: ["video-conferencing"],
  entity: {
    name: "Cisco Systems, Inc.",
    address: { street: "Haarlerbergweg 13-19", postalCode: "1101 CH", city: "Amsterdam-Zuidoost", country: "NL" },
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
      mechanism: "EU-US-DPF",
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
  ],
  checked: "2026-11-29",
};
