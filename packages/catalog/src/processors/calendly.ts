import type { Processor } from "@policy/core";

/**
 * Calendly: online appointment booking, often embedded in a website.
 *
 * Entity and address: Calendly's privacy notice (effective 15 April 2024, as archived by ToS;DR) names "Calendly, LLC"
 * in its introduction and in its Data Privacy Framework notice, and gives "Calendly, Inc., 115 E Main St., Ste A1B,
 * Buford, GA 30518" as the postal address for privacy matters. We follow the notice's own name for the company that
 * processes the data (Calendly, LLC) and take the street address from its "Contacting Us" section.
 * Transfer: the same notice says Calendly, LLC is certified under the EU-US Data Privacy Framework and relies on it and
 * on the standard contractual clauses for transfers from the EEA.
 * Device access: Calendly's embed shows its own cookie banner and sets persistent cookies only after consent; Calendly
 * names no cookies and the Open Cookie Database has none for it, so none are listed.
 */
export const calendly: Processor = {
  id: "calendly",
  name: "Calendly",
  aliases: ["Calendly scheduling"],
  categories: ["scheduling"],
  entity: {
    name: "Calendly, LLC",
    address: { street: "115 E Main St., Ste A1B", postalCode: "30518", city: "Buford", region: "GA", country: "US" },
    email: "privacy@calendly.com",
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
      mechanism: "EU-US-DPF",
      note: {
        en: "Calendly stores its data in data centres in the United States; besides the Data Privacy Framework, its data processing addendum contains the EU standard contractual clauses.",
        de: "Calendly speichert seine Daten in Rechenzentren in den USA; neben dem Data Privacy Framework enthält sein Vertrag zur Auftragsverarbeitung die Standardvertragsklauseln der EU.",
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
    // Calendly's privacy notice of 15 April 2024, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/1270c8a89dbdab955821c7ffb39b9c66b46f6e9a/Calendly/Privacy%20Policy.md",
      facts: ["entity", "transfers"],
    },
    { url: "https://calendly.com/pages/privacy", facts: ["entity", "urls", "activities"] },
    { url: "https://calendly.com/pt/pages/dpa", facts: ["entity", "transfers"] },
    { url: "https://help.calendly.com/hc/en-us/articles/360007295834-Data-storage-and-Privacy-Shield", facts: ["transfers"] },
    { url: "https://help.calendly.com/hc/en-us/articles/360007295174-How-does-Calendly-honor-my-data-rights", facts: ["deletion"] },
    { url: "https://developer.calendly.com/release-notes/2023/2/8.md", facts: ["deletion"] },
  ],
  checked: "2026-11-29",
};
