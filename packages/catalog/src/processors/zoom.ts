import type { Processor } from "@policy/core";

/**
 * Zoom: video meetings, webinars and chat.
 *
 * Read (2026-12-06):
 * - Zoom Privacy Statement, "Last updated: August 2, 2024", the newest version Open Terms Archive holds (recorded
 *   2024-08-05, contrib-versions commit 2a55363). Names the company as Zoom Video Communications, Inc., Attention:
 *   Data Protection Officer, 55 Almaden Blvd, Suite 600, San Jose, CA 95113, privacy@zoom.us; names Lionheart Squared
 *   (Europe) Limited in Dublin as Zoom's representative in the EU; lists the data Zoom receives (profile and participant
 *   information, device information, usage information, content and context); says transfers out of the EEA are
 *   governed by the standard contractual clauses and that Zoom participates in the EU-US Data Privacy Framework, the UK
 *   Extension and the Swiss-US framework ("Zoom Video Communications, Inc., Zoom Voice Communications, Inc., and Solvvy,
 *   Inc., are adhering to the DPF Principles"). Every version since the one of 1 December 2023 says so.
 * - Zoom Terms of Service as Open Terms Archive recorded them on 2026-08-06 (commit 71c8dd9; the page still states
 *   "Effective Date: August 11, 2023"): the agreement is with "Zoom Communications, Inc. and its affiliates"; notices go
 *   to Zoom Communications, Inc., 55 Almaden Blvd, Suite 600, San Jose, CA 95113. This is Zoom's newest own page we could
 *   read. Zoom Video Communications, Inc. is the company's earlier name, so the DPF statement above speaks of the same
 *   company.
 * - Zoom's GDPR page (www.zoom.com/en/trust/gdpr, "Updated: August 8, 2024", read as the stored copy at
 *   preview.zoom.com/en/trust/gdpr): customers are the controllers, Zoom is their processor under its data processing
 *   addendum.
 * - Zoom's own API reference (zoom.github.io/rivet-javascript, the typed Zoom API): the Dashboard keeps, per participant,
 *   the device (Phone, Windows, Mac, iOS, Android), client, operating system, camera, microphone, speaker, MAC address,
 *   hard disk ID, PC name, IP address, location, join and leave time; per meeting, the topic, start, end and duration,
 *   and whether it had phone (PSTN) audio, VoIP audio and video; the meeting record carries the meeting's passcode.
 *   Zoom's support article on telemetry (KB0070527) says the client and operating system are sent with every event.
 *
 * Re-checked 2026-12-06:
 * - Entity: name Zoom Communications, Inc. confirmed by the terms of 2026; address 55 Almaden Blvd, Suite 600, San Jose
 *   now from Zoom's own terms and privacy statement (was the datenanfragen record's). The datenanfragen record and the
 *   candidate privacy statement are dropped as sources.
 * - Representative: added, Lionheart Squared (Europe) Limited, as the privacy statement names it.
 * - Role: processor, now sourced (Zoom's GDPR page).
 * - Transfers: was SCCs only; now the Data Privacy Framework for Zoom Communications, Inc. (EU-US, UK Extension,
 *   Swiss-US, per Zoom's statement; no stored copy of the DPF List entry was found), with the SCCs in the note.
 * - Activities: every point is now its own data item; added device type (desktop or smartphone) and whether the
 *   meeting asked for a passcode, both from Zoom's API reference; MAC address split from the other device IDs.
 * - URLs: privacy statement now the address the statement itself uses (explore.zoom.us/en/privacy).
 * - Not found: a Zoom privacy statement newer than August 2024; the representative and the DPF statement are taken from
 *   that version.
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
    url: "https://zoom.us/",
  },
  role: "processor",
  euRepresentative: {
    name: "Lionheart Squared (Europe) Limited",
    address: { street: "2 Pembroke House, Upper Pembroke Street 28-32", postalCode: "D02 EK84", city: "Dublin", country: "IE" },
    email: "zoom@LionheartSquared.eu",
  },
  urls: {
    website: "https://zoom.us/",
    privacyPolicy: "https://explore.zoom.us/en/privacy/",
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
      {
        category: "user.name",
        details: {
          en: "the name you join with, or a display name you choose",
          de: "der Name, mit dem Sie teilnehmen, oder ein selbst gewählter Anzeigename",
        },
        collected: "provided",
      },
      {
        category: "user.account.username",
        details: {
          en: "your Zoom user ID, if you sign in with a Zoom account",
          de: "Ihre Zoom-Benutzer-ID, wenn Sie sich mit einem Zoom-Konto anmelden",
        },
        collected: "provided",
      },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.contact.phone_number",
        details: { en: "if you dial in by phone", de: "wenn Sie sich per Telefon einwählen" },
        collected: "provided",
      },
      // What is collected automatically
      { category: "user.device.ip_address", collected: "automatic" },
      {
        category: "user.device.device_id",
        details: { en: "the MAC address of your device's network adapter", de: "die MAC-Adresse des Netzwerkadapters Ihres Geräts" },
        collected: "automatic",
      },
      {
        category: "user.device.device_id",
        details: {
          en: "other identifiers of your device: the hard disk ID and the computer name",
          de: "weitere Kennungen Ihres Geräts: die Festplattenkennung und der Computername",
        },
        collected: "automatic",
      },
      {
        category: "user.device",
        details: {
          en: "whether you join from a desktop computer or from a smartphone or tablet",
          de: "ob Sie an einem Desktop-Computer oder mit einem Smartphone oder Tablet teilnehmen",
        },
        collected: "automatic",
      },
      {
        category: "user.device",
        details: { en: "the operating system and its version", de: "das Betriebssystem und seine Version" },
        collected: "automatic",
      },
      {
        category: "user.device",
        details: {
          en: "the Zoom client you use, the app or the web browser, and its version",
          de: "der Zoom-Client, den Sie nutzen, also die App oder der Webbrowser, und seine Version",
        },
        collected: "automatic",
      },
      {
        category: "user.device",
        details: {
          en: "the type of camera, microphone and speakers you use",
          de: "die Art der Kamera, des Mikrofons und der Lautsprecher, die Sie nutzen",
        },
        collected: "automatic",
      },
      {
        category: "user.location.imprecise",
        details: {
          en: "the city or country you are in, derived from the IP address",
          de: "die Stadt oder das Land, in dem Sie sich aufhalten, aus der IP-Adresse abgeleitet",
        },
        collected: "automatic",
      },
      // How you use the service
      {
        category: "user.behavior",
        details: {
          en: "how you take part: from a computer or a phone, by telephone or by internet telephony, with or without video",
          de: "wie Sie teilnehmen: am Computer oder am Telefon, per Telefon oder per Internettelefonie, mit oder ohne Video",
        },
        collected: "usage",
      },
      {
        category: "system.operations",
        details: {
          en: "whether a meeting password was required to join",
          de: "ob für die Teilnahme ein Meeting-Passwort verlangt wurde",
        },
        collected: "usage",
      },
      // Meeting metadata
      {
        category: "system.operations",
        details: {
          en: "meeting metadata: the meeting's topic, its duration, when you joined and left, and whether you used the chat",
          de: "Metadaten der Besprechung: ihr Thema, ihre Dauer, wann Sie beigetreten sind und sie verlassen haben und ob Sie den Chat genutzt haben",
        },
        collected: "usage",
      },
      // Content
      {
        category: "user.content.private",
        details: {
          en: "files you upload and the chat log with your messages",
          de: "Dateien, die Sie hochladen, und das Chatprotokoll mit Ihren Nachrichten",
        },
        collected: "content",
      },
      {
        category: "user.content.private",
        details: {
          en: "audio, video and shared screens; whiteboards and poll answers; recordings and transcripts if the host makes them",
          de: "Ton, Bild und geteilte Bildschirme; Whiteboards und Antworten auf Umfragen; Aufzeichnungen und Transkripte, wenn der Gastgeber sie anfertigt",
        },
        collected: "content",
      },
    ],
    subjects: ["meeting_participant", "customer", "employee"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Zoom Communications, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: "https://github.com/OpenTermsArchive/contrib-versions/blob/2a55363890072a783635c05ff3df6af901fcb1ef/Zoom/Privacy%20Policy.md",
        checked: "2026-12-06",
      },
      note: {
        en: "Zoom states that it participates in the EU-US Data Privacy Framework, its UK Extension and the Swiss-US Data Privacy Framework (its statement still uses the former company name, Zoom Video Communications, Inc.). For transfers to other countries outside the EEA, Zoom relies on the EU standard contractual clauses.",
        de: "Zoom erklärt, am EU-US-Datenschutzrahmen, an dessen Erweiterung für das Vereinigte Königreich und am Schweiz-US-Datenschutzrahmen teilzunehmen; die Erklärung nennt noch den früheren Firmennamen Zoom Video Communications, Inc. Für Übermittlungen in andere Länder außerhalb des EWR stützt sich Zoom auf die Standardvertragsklauseln der EU.",
      },
      checked: "2026-12-06",
    },
  ],
  deviceAccess: [],
  sources: [
    // Zoom's privacy statement of 2 August 2024, as archived by Open Terms Archive.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/2a55363890072a783635c05ff3df6af901fcb1ef/Zoom/Privacy%20Policy.md",
      facts: ["entity", "representative", "urls", "transfers", "activities"],
      checked: "2026-12-06",
      updated: "2024-08-02",
    },
    // Zoom's terms of service as Open Terms Archive recorded them on 6 August 2026 (the page states 11 August 2023).
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/71c8dd950d2156d31bfcbaacdf239ae8b1149f06/Zoom/Terms%20of%20Service.md",
      facts: ["entity"],
      checked: "2026-12-06",
      updated: "2023-08-11",
    },
    // Read as the stored copy at preview.zoom.com/en/trust/gdpr.
    { url: "https://www.zoom.com/en/trust/gdpr/", facts: ["role"], checked: "2026-12-06", updated: "2024-08-08" },
    {
      url: "https://zoom.github.io/rivet-javascript/types/Accounts.DashboardsListMeetingParticipantsResponse.html",
      facts: ["activities"],
      checked: "2026-12-06",
    },
    {
      url: "https://zoom.github.io/rivet-javascript/types/Accounts.DashboardsListMeetingsResponse.html",
      facts: ["activities"],
      checked: "2026-12-06",
    },
    { url: "https://zoom.github.io/rivet-javascript/types/Meetings.MeetingCreatedEvent.html", facts: ["activities"], checked: "2026-12-06" },
    { url: "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0070527", facts: ["activities"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
