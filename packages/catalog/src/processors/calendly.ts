import type { Processor } from "@policy/core";

/**
 * Calendly: online appointment booking, often embedded in a website.
 *
 * Read (2026-12-06):
 * - Calendly Privacy Notice, "Effective April 15, 2024", as archived by ToS;DR (commit 56d908c; the newest version we
 *   could read; the urlscan record of calendly.com/legal/privacy-notice shows the March 2024 version at that address).
 *   It describes how "Calendly, LLC and its affiliate Interview Schedule, Inc. d/b/a Prelude" handle personal data;
 *   says Calendly processes the data an invitee gives a user "on the User's behalf as a processor"; says its servers
 *   are in the United States and that it relies on the EU-US Data Privacy Framework, standard contractual clauses and
 *   the UK Addendum; states that Calendly, LLC and Prelude comply with the EU-US DPF, the UK Extension and the Swiss-US
 *   DPF; gives "Calendly, Inc., 115 E Main St., Ste A1B, Buford, GA 30518" as postal address; and says Calendly "has
 *   designated representatives in the European Economic Area and in the United Kingdom", the EU one being DPO Centre
 *   Europe, Friedrichstraße 88, Excellent Business Centre, 10117 Berlin, eurep@calendly.com, +49 304 0817 3000 (added in
 *   March 2023 according to the notice's change log).
 * - Calendly help article "How does Calendly help customers with data subject rights?": customers delete an invitee's
 *   data in their account or ask Calendly for help.
 * - Calendly's DPA (calendly.com/pt/pages/dpa, Portuguese version of 25 May 2018): processor is Calendly LLC.
 *
 * Device access: Calendly's booking pages show Calendly's own cookie banner; the notice names no cookies and the Open
 * Cookie Database has none for Calendly, so none are listed.
 *
 * Re-checked 2026-12-06:
 * - Representative: added, DPO Centre Europe in Berlin, as the privacy notice names it (Calendly has no establishment
 *   in the EU that any of its pages mentions).
 * - Entity: no change (Calendly, LLC; address from the notice's "Contacting Us", where it is written "Calendly, Inc.").
 * - Role: processor, now sourced (the notice).
 * - Transfers: no change in mechanism; recipient Calendly, LLC and the certification (EU-US, UK Extension, Swiss-US,
 *   per Calendly's own notice; no stored copy of the DPF List entry was found) added.
 * - URLs: privacy policy now calendly.com/legal/privacy-notice, where the notice is published (was the older
 *   calendly.com/pages/privacy).
 * - Activities, deletion: no change. Sources not re-read this time (the 2020 privacy page, the Privacy Shield help
 *   article, developer release notes) are dropped.
 * - Not found: a privacy notice newer than April 2024, so the representative is as of that version.
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
    url: "https://calendly.com/",
  },
  role: "processor",
  euRepresentative: {
    name: "DPO Centre Europe",
    address: { street: "Friedrichstraße 88, Excellent Business Centre", postalCode: "10117", city: "Berlin", country: "DE" },
    email: "eurep@calendly.com",
    phone: "+49 304 0817 3000",
    url: "https://www.dpocentre.com/",
  },
  urls: {
    website: "https://calendly.com/",
    privacyPolicy: "https://calendly.com/legal/privacy-notice",
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
  domains: ["assets.calendly.com", "calendly.com"],
  transfers: [
    {
      country: "US",
      recipient: "Calendly, LLC",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: "https://github.com/tosdr/tosdr-versions/blob/56d908c48556c52051232e0361e8ebb74e23abcd/Calendly/Privacy%20Policy.md",
        checked: "2026-12-06",
      },
      note: {
        en: "Calendly's application and database servers are in the United States; besides the Data Privacy Framework, Calendly names the EU standard contractual clauses and the UK Addendum.",
        de: "Die Anwendungs- und Datenbankserver von Calendly stehen in den USA; neben dem EU-US-Datenschutzrahmen nennt Calendly die Standardvertragsklauseln der EU und den UK-Nachtrag.",
      },
      checked: "2026-12-06",
    },
  ],
  deletion: {
    en: "Ask us to delete your booking: we can delete it in our Calendly account or pass your request on to Calendly.",
    de: "Bitten Sie uns, Ihre Buchung zu löschen: Wir können sie in unserem Calendly-Konto löschen oder Ihre Anfrage an Calendly weitergeben.",
  },
  deviceAccess: [],
  sources: [
    { url: "https://developer.calendly.com/api-docs/overview/embedding/getting-started", facts: ["domains"], checked: "2026-12-06" },
    { url: "https://developer.calendly.com/api-docs/overview/embedding/recipes", facts: ["domains"], checked: "2026-12-06" },
    // Calendly's privacy notice of 15 April 2024, as archived by ToS;DR.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/56d908c48556c52051232e0361e8ebb74e23abcd/Calendly/Privacy%20Policy.md",
      facts: ["entity", "role", "representative", "transfers", "activities"],
      checked: "2026-12-06",
      updated: "2024-04-15",
    },
    // Read as the urlscan.io record of this address (version of 8 March 2024).
    { url: "https://calendly.com/legal/privacy-notice", facts: ["urls"], checked: "2026-12-06", updated: "2024-03-08" },
    { url: "https://calendly.com/pt/pages/dpa", facts: ["entity", "role"], checked: "2026-12-06", updated: "2018-05-25" },
    {
      url: "https://help.calendly.com/hc/en-us/articles/360007295174-How-does-Calendly-help-customers-with-data-subject-rights",
      facts: ["deletion"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
