import type { Processor } from "@policy/core";

/**
 * GoTo Meeting: video meetings from GoTo (formerly LogMeIn).
 *
 * Read (2026-12-06):
 * - GoTo's Data Processing Addendum, "Revised: January 1, 2025" (goto.com/en/company/legal/data-processing-addendum):
 *   "GoTo" means the GoTo contracting entity and its affiliates; accepting the agreement signs the EU standard
 *   contractual clauses and the UK Addendum. Its contracting-entity table (goto.com/company/legal/contracting-entities)
 *   is not among the stored copies, so no GoTo page we read names the entity for EU customers or its address.
 * - GoTo Privacy Policy, "Effective July 31, 2024": "GoTo" means GoTo Technologies USA, LLC and its wholly-owned
 *   affiliates; it does not cover customer content, which GoTo processes for its customers.
 * - GoTo's privacy and security FAQ (logmein.com/trust/faq): customers are the controllers of their content, GoTo the
 *   processor; GoTo's DPA contains the EU model clauses.
 * - GoTo support, "Tips for staying secure using GoTo Meeting": attendees need no account; organisers can record
 *   meetings and share recordings with transcription.
 * - The datenanfragen record (commit 4d9637d, "verified"): GoTo Technologies Ireland Unlimited Company, 77 Sir John
 *   Rogerson's Quay, Block C, Suite 207, Grand Canal Docklands, Dublin 2, D02 VK60, citing GoTo's privacy page and
 *   imprint. A lead, not a source: the entity and its address stay marked unconfirmed.
 *
 * Re-checked 2026-12-06:
 * - Entity: no change, but the address is now marked unconfirmed (only the datenanfragen record gives it; GoTo's
 *   contracting-entity table and imprint could not be read).
 * - Role: processor, no change; now sourced (GoTo's FAQ).
 * - Transfers: no change (EU SCCs in the DPA of 1 January 2025; recipient GoTo Technologies USA, LLC as named in the
 *   privacy policy). GoTo's pages we read name no Data Privacy Framework certification.
 * - Activities, URLs: no change.
 * - Cookies and retention: none listed; the pages we read name none for meeting attendees.
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
    url: "https://www.goto.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.goto.com/",
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
      {
        category: "user.contact.email",
        details: { en: "if you are invited by e-mail or register", de: "wenn Sie per E-Mail eingeladen werden oder sich registrieren" },
        collected: "provided",
      },
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
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "GoTo Technologies USA, LLC",
      mechanism: "A46-2-c",
      note: {
        en: "GoTo's data processing addendum incorporates the EU standard contractual clauses.",
        de: "GoTos Vertrag zur Auftragsverarbeitung bezieht die Standardvertragsklauseln der EU ein.",
      },
      checked: "2026-12-06",
    },
  ],
  deviceAccess: [],
  sources: [
    // A lead for the entity (no GoTo page we read names it): see unconfirmed.
    {
      url: "https://github.com/datenanfragen/data/blob/4d9637d8cd50622406c68b508b1045b6113ef2a9/companies/goto.json",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    {
      url: "https://goto.com/en/company/legal/data-processing-addendum",
      facts: ["urls", "transfers"],
      checked: "2026-12-06",
      updated: "2025-01-01",
    },
    { url: "https://goto.com/ja/company/legal/privacy/us", facts: ["urls", "transfers"], checked: "2026-12-06", updated: "2024-07-31" },
    { url: "https://www.logmein.com/zh/trust/faq", facts: ["role", "activities", "transfers"], checked: "2026-12-06" },
    {
      url: "https://support.goto.com/meeting/help/tips-for-staying-secure-using-gotomeeting",
      facts: ["activities"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "Only the datenanfragen record names GoTo Technologies Ireland Unlimited Company and this Dublin address for GoTo Meeting; GoTo's contracting-entity table and imprint, which it cites, were not among the stored copies (checked 2026-12-06).",
    },
  ],
  disagreements: [],
};
