import type { Processor } from "@policy/core";

/**
 * GoTo Meeting: video meetings from GoTo (formerly LogMeIn).
 *
 * Entity and address follow the datenanfragen record (last changed 2025), which lists GoTo Meeting among the services
 * of GoTo Technologies Ireland Unlimited Company. GoTo's own privacy policy names GoTo Technologies USA, LLC as the
 * head of the group; no page we could read gives its address, so it is named only as the recipient of the transfer.
 * Role: GoTo's privacy FAQ says customers control the content they put into GoTo and GoTo processes it for them.
 * Transfers: GoTo's data processing addendum (revised 1 January 2025) includes the EU standard contractual clauses.
 */
export const gotoMeeting: Processor = {
  id: "goto-meeting",
  name: "GoTo Meeting",
  aliases: ["GoToMeeting"],
  categories: ["video-conferencing"],
  entity: {
    name: "GoTo Technologies Ireland Unlimited Company",
    address: {
      street: "77 Sir John Rogerson's Quay, Block C, Suite 207, Grand Canal Docklands",
      postalCode: "D02 VK60",
      city: "Dublin 2",
      country: "IE",
    },
    email: "privacy@goto.com",
    url: "https://www.goto.com",
  },
  role: "processor",
  urls: {
    website: "https://www.goto.com",
    privacyPolicy: "https://www.goto.com/company/legal/privacy",
    dpa: "https://goto.com/en/company/legal/data-processing-addendum",
  },
  description: {
    en: "GoTo Meeting lets organisers hold online meetings with video, audio and screen sharing that guests can join without an account.",
    de: "Mit GoTo Meeting halten Veranstalter Online-Besprechungen mit Video, Ton und Bildschirmfreigabe ab, an denen Gäste ohne eigenes Konto teilnehmen können.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To hold online meetings with you, for example to advise you or to discuss an order.",
          de: "Um Online-Besprechungen mit Ihnen abzuhalten, zum Beispiel zur Beratung oder um einen Auftrag zu besprechen.",
        },
      },
    ],
    data: [
      { category: "user.name", details: { en: "the name you join with", de: "der Name, mit dem Sie teilnehmen" }, collected: "provided" },
      { category: "user.contact.email", details: { en: "if you are invited by e-mail or register", de: "wenn Sie per E-Mail eingeladen werden oder sich registrieren" }, collected: "provided" },
      "user.device.ip_address",
      { category: "user.telemetry", details: { en: "device, browser or app version", de: "Gerät, Browser- oder App-Version" } },
      {
        category: "user.content.private",
        details: {
          en: "voice, video, shared screens and chat; recordings and transcripts if the organiser makes them",
          de: "Stimme, Bild, geteilte Bildschirme und Chat; Aufzeichnungen und Transkripte, wenn der Veranstalter sie anfertigt",
        },
      },
    ],
    subjects: ["meeting_participant"],
  },
  transfers: [
    {
      country: "US",
      recipient: "GoTo Technologies USA, LLC",
      mechanism: "A46-2-c",
      note: {
        en: "GoTo's data processing addendum incorporates the EU standard contractual clauses.",
        de: "GoTos Vertrag zur Auftragsverarbeitung bezieht die Standardvertragsklauseln der EU ein.",
      },
      checked: "2026-11-29",
    },
  ],
  deviceAccess: [],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/goto.json",
      facts: ["entity", "urls"],
    },
    { url: "https://goto.com/en/company/legal/data-processing-addendum", facts: ["urls", "activities", "transfers"] },
    { url: "https://goto.com/ja/company/legal/privacy/us", facts: ["transfers"] },
    { url: "https://www.logmein.com/zh/trust/faq", facts: ["activities"] },
    { url: "https://support.goto.com/meeting/help/tips-for-staying-secure-using-gotomeeting", facts: ["activities"] },
  ],
  checked: "2026-11-29",
};
