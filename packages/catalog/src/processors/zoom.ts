import type { Processor } from "@policy/core";

/**
 * Zoom: video meetings, webinars and chat.
 *
 * Entity: Zoom's own candidate privacy statement (effective 14 April 2025) names "Zoom Communications, Inc.", while
 * older Zoom pages and the datenanfragen record (2020) say "Zoom Video Communications, Inc.". We follow the newest Zoom
 * page for the name. The address is the datenanfragen record's; no newer Zoom page in our sources states another.
 */
export const zoom: Processor = {
  id: "zoom",
  name: "Zoom",
  aliases: ["Zoom Meetings", "Zoom Workplace", "Zoom Video Communications"],
  categories: ["video-conferencing"],
  entity: {
    name: "Zoom Communications, Inc.",
    address: { street: "55 Almaden Blvd, Suite 600", postalCode: "95113", city: "San Jose", region: "CA", country: "US" },
    email: "privacy@zoom.us",
    url: "https://zoom.us",
  },
  role: "processor",
  urls: {
    website: "https://zoom.us",
    privacyPolicy: "https://zoom.us/privacy",
  },
  description: {
    en: "Zoom runs video and phone meetings and webinars over the internet, with screen sharing, chat and optional recording.",
    de: "Zoom stellt Video- und Telefonkonferenzen sowie Webinare über das Internet bereit, mit Bildschirmfreigabe, Chat und optionaler Aufzeichnung.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To hold the meetings and webinars you take part in.",
          de: "Um die Besprechungen und Webinare abzuhalten, an denen Sie teilnehmen.",
        },
      },
    ],
    data: [
      // What you provide
      { category: "user.name", details: { en: "the name you join with", de: "der Name, mit dem Sie teilnehmen" }, collected: "provided" },
      { category: "user.account.username", details: { en: "your Zoom account, if you sign in", de: "Ihr Zoom-Konto, wenn Sie sich anmelden" }, collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.contact.phone_number",
        details: { en: "if you dial in by phone", de: "wenn Sie sich per Telefon einwählen" },
        collected: "provided",
      },
      // What is collected automatically
      "user.device.ip_address",
      {
        category: "user.device.device_id",
        details: { en: "MAC address, hard disk ID and computer name", de: "MAC-Adresse, Festplattenkennung und Computername" },
      },
      {
        category: "user.telemetry",
        details: {
          en: "operating system and Zoom client version; the camera, microphone and speakers you use",
          de: "Betriebssystem und Version des Zoom-Clients; die Kamera, das Mikrofon und die Lautsprecher, die Sie nutzen",
        },
      },
      {
        category: "user.location.imprecise",
        details: { en: "derived from the IP address", de: "aus der IP-Adresse abgeleitet" },
      },
      // How you use the service
      {
        category: "user.behavior",
        details: {
          en: "how you take part: by phone or online, with camera and microphone on or off, what you click",
          de: "wie Sie teilnehmen: per Telefon oder online, mit Kamera und Mikrofon an oder aus, was Sie anklicken",
        },
      },
      // Meeting metadata
      {
        category: "system.operations",
        details: {
          en: "meeting metadata: topic, time and duration, when each participant joined and left, whether chat was used",
          de: "Metadaten der Besprechung: Thema, Zeitpunkt und Dauer, wann jemand beigetreten ist und sie verlassen hat, ob der Chat genutzt wurde",
        },
      },
      // Content
      {
        category: "user.content.private",
        details: {
          en: "audio, video and shared screens; chat messages, files, whiteboards, poll answers; recordings and transcripts if the host makes them",
          de: "Ton, Bild und geteilte Bildschirme; Chatnachrichten, Dateien, Whiteboards, Antworten auf Umfragen; Aufzeichnungen und Transkripte, wenn der Gastgeber sie anfertigt",
        },
      },
    ],
    subjects: ["meeting_participant", "customer", "employee"],
  },
  transfers: [
    {
      country: "US",
      mechanism: "A46-2-c",
      note: {
        en: "Zoom's data processing addendum contains the EU standard contractual clauses (the 2021 version since February 2022).",
        de: "Zooms Vertrag zur Auftragsverarbeitung enthält die Standardvertragsklauseln der EU (seit Februar 2022 in der Fassung von 2021).",
      },
      checked: "2026-11-29",
    },
  ],
  deviceAccess: [],
  sources: [
    { url: "https://explore.zoom.us/en/candidate-privacy-statement", facts: ["entity"] },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/zoom.json",
      facts: ["entity", "urls"],
    },
    // Zoom's privacy statement (version of 30 June 2023) as archived by Open Terms Archive.
    { url: "https://github.com/OpenTermsArchive/contrib-versions/commit/15f5b5837761cd0a7a0257dd4857c3fafd747834", facts: ["activities"] },
    { url: "https://blog.zoom.us/de/data-europe-updating-zooms-dpa/", facts: ["transfers"] },
  ],
  checked: "2026-11-29",
};
