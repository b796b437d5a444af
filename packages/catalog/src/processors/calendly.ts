import type { Processor } from "@policy/core";

/**
 * Calendly: online appointment booking, often embedded in a website.
 *
 * Entity name from Calendly's privacy notice and data processing addendum ("Calendly LLC").
 * Address: UNSOURCED. Our research notes "115 E Main St, Ste A1B, Buford, GA 30518, USA" from many consistent
 * public pages, but none of the Calendly pages we could read states an address. Confirm against the "Contacting Us"
 * section of Calendly's current privacy notice (https://calendly.com/legal/privacy-notice, an address we saw only in a
 * copy on another site) before relying on it.
 * Transfer: Calendly's help centre says its DPA uses the standard contractual clauses (written in the Privacy Shield
 * era). Calendly's current privacy notice and DPA also refer to the EU-US Data Privacy Framework, but we saw those only
 * as copies on other sites, so the mechanism stays at the clauses until a Calendly page or the DPF list confirms it.
 * Device access: Calendly's embed shows its own cookie banner and sets persistent cookies only after consent; Calendly
 * names no cookies and the Open Cookie Database has none for it, so none are listed.
 */
export const calendly: Processor = {
  id: "calendly",
  name: "Calendly",
  aliases: ["Calendly scheduling"],
  categories: ["scheduling"],
  entity: {
    name: "Calendly LLC",
    address: { street: "115 E Main St, Ste A1B", postalCode: "30518", city: "Buford", region: "GA", country: "US" },
    url: "https://calendly.com",
  },
  role: "processor",
  urls: {
    website: "https://calendly.com",
    privacyPolicy: "https://calendly.com/pages/privacy",
  },
  description: {
    en: "Calendly shows a person's free time slots on a booking page or inside a website, so that others can pick a slot and book a meeting themselves.",
    de: "Calendly zeigt freie Termine einer Person auf einer Buchungsseite oder eingebettet in eine Website an, damit andere selbst einen Termin auswählen und buchen können.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To book the appointment you choose and send you its confirmation.",
          de: "Um den von Ihnen gewählten Termin zu buchen und Ihnen die Bestätigung zu senden.",
        },
      },
    ],
    data: [
      // What you provide
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "system.operations",
        details: { en: "the date and time of the appointment you book", de: "Datum und Uhrzeit des Termins, den Sie buchen" },
        collected: "provided",
      },
    ],
    subjects: ["website_visitor", "meeting_participant"],
  },
  transfers: [
    {
      country: "US",
      mechanism: "A46-2-c",
      note: {
        en: "Calendly stores its data in data centres in the United States; its data processing addendum contains the EU standard contractual clauses.",
        de: "Calendly speichert seine Daten in Rechenzentren in den USA; sein Vertrag zur Auftragsverarbeitung enthält die Standardvertragsklauseln der EU.",
      },
      checked: "2026-11-29",
    },
  ],
  deletion: {
    en: "Ask us to delete your booking: we can delete it in our Calendly account or pass your request on to Calendly.",
    de: "Bitten Sie uns, Ihre Buchung zu löschen: Wir können sie in unserem Calendly-Konto löschen oder Ihre Anfrage an Calendly weitergeben.",
  },
  deviceAccess: [],
  sources: [
    { url: "https://calendly.com/pages/privacy", facts: ["entity", "urls", "activities"] },
    { url: "https://calendly.com/pt/pages/dpa", facts: ["entity", "transfers"] },
    { url: "https://help.calendly.com/hc/en-us/articles/360007295834-Data-storage-and-Privacy-Shield", facts: ["transfers"] },
    { url: "https://help.calendly.com/hc/en-us/articles/360007295174-How-does-Calendly-honor-my-data-rights", facts: ["deletion"] },
    { url: "https://developer.calendly.com/release-notes/2023/2/8.md", facts: ["deletion"] },
  ],
  checked: "2026-11-29",
};
