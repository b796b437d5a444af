import type { Processor } from "@policy/core";

/**
 * Mailchimp: newsletters and marketing e-mail, run by The Rocket Science Group LLC in Atlanta, part of Intuit.
 *
 * Read (stored copies, pages corpus): Mailchimp's Standard Terms of Use (https://mailchimp.com/legal/terms, opening
 * part: the contract is with "The Rocket Science Group LLC d/b/a Mailchimp"; "Mailchimp is part of the Intuit group of
 * companies and our parent entity is Intuit Inc."); Mailchimp's European data transfers page
 * (https://mailchimp.com/es/help/mailchimp-european-data-transfers, English text, undated: DPA incorporated into the
 * terms, data transferred to Mailchimp in the United States, The Rocket Science Group LLC d/b/a Mailchimp a covered
 * entity under Intuit's Data Privacy Framework certification for the EU-U.S. DPF, the UK Extension and the Swiss-U.S.
 * DPF, standard contractual clauses if the framework is invalidated); Intuit General Terms, Section A Rev 03252024
 * (https://intuit.com/legal/terms/en-global/quickbooks/online: "The Rocket Science Group LLC ... having offices in 675
 * Ponce deLeon Ave NE, Suite 5000, Atlanta, Georgia, 30308"); Mailchimp's DSAR page (https://mailchimp.com/legal/dsar-requests/:
 * Mailchimp acts as a processor for its Members' audiences); Additional Terms for Connected Sites; help pages on open
 * tracking, GDPR and unsubscribe links; the Open Cookie Database for the mc_* cookies.
 *
 * Re-checked 2026-12-06:
 * - Entity: no change (The Rocket Science Group LLC, the party to Mailchimp's terms; there is no EU contracting entity).
 *   Address settled on 675 Ponce de Leon Ave NE, Suite 5000, Atlanta, GA 30308, as Intuit's own General Terms (rev.
 *   25 March 2024) give it for The Rocket Science Group LLC. "405 N Angier Ave NE" appears only in third-party code
 *   and example payloads, in no Mailchimp or Intuit document we could read, so it is not used. The e-mail address
 *   (personaldatarequests@mailchimp.com) came only from the datenanfragen record and was dropped.
 * - Parent: Intuit Inc. is confirmed as the parent by Mailchimp's terms, but no Intuit document we could read gives its
 *   current address, and no document says Intuit Inc. itself receives the data, so the entry still names no parent
 *   (the transfer recipient is The Rocket Science Group LLC).
 * - Role: no change (processor; DSAR page and DPA as described on the transfers page). A 2026 third-party review
 *   mentions an Art. 27 representative named in Mailchimp's DPA; the DPA's text was not readable here, so no
 *   representative is listed.
 * - Transfers: recipient and certification added: The Rocket Science Group LLC, EU-US-DPF under Intuit's certification
 *   (EU-US, UK Extension, Swiss-US per Mailchimp's own statement; no stored copy of the DPF List entry was found),
 *   SCCs as fallback.
 * - Device access, retention, deletion: no change. The mc_* cookies rest on the Open Cookie Database (14 days); Mailchimp
 *   documents that its snippet sets cookies on the member's own site (first party) but names none in what we could read.
 * - Not read in full: Mailchimp's privacy statement and DPA (only their opening parts are stored).
 */
export const mailchimp: Processor = {
  id: "mailchimp",
  name: "Mailchimp",
  aliases: ["The Rocket Science Group", "Intuit Mailchimp"],
  categories: ["newsletter"],
  entity: {
    name: "The Rocket Science Group LLC",
    address: { street: "675 Ponce de Leon Ave NE, Suite 5000", postalCode: "30308", city: "Atlanta", region: "GA", country: "US" },
    url: "https://mailchimp.com/",
  },
  role: "processor",
  urls: {
    website: "https://mailchimp.com/",
    privacyPolicy: "https://mailchimp.com/legal/privacy/",
    dpa: "https://mailchimp.com/de/legal/data-processing-addendum/",
  },
  description: {
    en: "Mailchimp keeps mailing lists and sends newsletters and other marketing e-mails for its customers, with reports on who opened them and what was clicked.",
    de: "Mailchimp verwaltet Verteilerlisten und verschickt im Auftrag seiner Kunden Newsletter und andere Werbe-E-Mails; Berichte zeigen, wer sie geöffnet und was angeklickt hat.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.communications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "To send you the newsletter you signed up for.",
          de: "Um Ihnen den Newsletter zu schicken, den Sie bestellt haben.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To see which newsletters were opened and which links in them were clicked.",
          de: "Um zu sehen, welche Newsletter geöffnet und welche Links darin angeklickt wurden.",
        },
      },
    ],
    data: [
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.name",
        details: { en: "if the sign-up form asks for it", de: "wenn das Anmeldeformular danach fragt" },
        collected: "provided",
      },
      {
        category: "user.device.ip_address",
        details: {
          en: "recorded with the time when you sign up and when you confirm the sign-up",
          de: "wird mit dem Zeitpunkt gespeichert, wenn Sie sich anmelden und die Anmeldung bestätigen",
        },
      },
      {
        category: "user.behavior",
        details: {
          en: "whether and when you opened a newsletter and which links you clicked",
          de: "ob und wann Sie einen Newsletter geöffnet und welche Links Sie angeklickt haben",
        },
        collected: "usage",
      },
    ],
    subjects: ["newsletter_subscriber"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "The Rocket Science Group LLC",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: "https://mailchimp.com/es/help/mailchimp-european-data-transfers",
        checked: "2026-12-06",
      },
      note: {
        en: "Mailchimp is covered by Intuit's certification under the EU-US Data Privacy Framework; its data processing addendum adds the EU standard contractual clauses in case the framework is struck down.",
        de: "Mailchimp ist über die Zertifizierung von Intuit nach dem EU-US-Datenschutzrahmen erfasst; sein Auftragsverarbeitungsvertrag sieht zusätzlich die Standardvertragsklauseln der EU vor, falls der Rahmen für ungültig erklärt wird.",
      },
      checked: "2026-12-06",
    },
  ],
  deletion: {
    en: "Every Mailchimp newsletter carries an unsubscribe link. To have your data deleted or to use your other rights, you can also use Mailchimp's form at https://mailchimp.com/privacy-rights/.",
    de: "Jeder Mailchimp-Newsletter enthält einen Abmeldelink. Für die Löschung Ihrer Daten oder Ihre anderen Rechte können Sie außerdem das Formular von Mailchimp unter https://mailchimp.com/privacy-rights/ nutzen.",
  },
  deviceAccess: [
    {
      name: "mc_cid",
      technology: "cookie",
      purpose: {
        en: "Remembers which newsletter campaign brought you to the website.",
        de: "Merkt sich, über welche Newsletter-Kampagne Sie auf die Website gekommen sind.",
      },
      duration: "P14D",
      party: "first",
      ground: "consent",
    },
    {
      name: "mc_eid",
      technology: "cookie",
      purpose: {
        en: "Links your visit to the newsletter recipient whose link you followed.",
        de: "Ordnet Ihren Besuch dem Newsletter-Empfänger zu, dessen Link Sie gefolgt sind.",
      },
      duration: "P14D",
      party: "first",
      ground: "consent",
    },
    {
      name: "mc_landing_site",
      technology: "cookie",
      purpose: {
        en: "Notes the page on which you arrived from the newsletter.",
        de: "Hält fest, auf welcher Seite Sie aus dem Newsletter angekommen sind.",
      },
      duration: "P14D",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    // Opening part of the terms as stored; the contract party and the parent.
    { url: "https://mailchimp.com/legal/terms", facts: ["entity", "parent", "role"], checked: "2026-12-06" },
    // Intuit General Terms, Section A Rev 03252024: the address of The Rocket Science Group LLC.
    { url: "https://intuit.com/legal/terms/en-global/quickbooks/online", facts: ["entity"], checked: "2026-12-06", updated: "2024-03-25" },
    { url: "https://mailchimp.com/es/help/mailchimp-european-data-transfers", facts: ["role", "transfers"], checked: "2026-12-06" },
    { url: "https://mailchimp.com/legal/dsar-requests/", facts: ["role"], checked: "2026-12-06" },
    { url: "https://mailchimp.com/de/legal/data-processing-addendum/", facts: ["urls"], checked: "2026-12-06" },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/mailchimp.json",
      facts: ["urls", "deletion"],
      checked: "2026-12-06",
    },
    { url: "https://mailchimp.com/help/about-open-tracking", facts: ["activities"], checked: "2026-12-06" },
    {
      url: "https://quickbooks.intuit.com/learn-support/en-us/help-article/multi-factor-authentication/general-data-protection-regulation-faqs/L3ka2H3yc_US_en_US",
      facts: ["activities"],
      checked: "2026-12-06",
    },
    { url: "https://mailchimp.com/help/why-we-require-an-unsubscribe-link/", facts: ["deletion"], checked: "2026-12-06" },
    { url: "https://mailchimp.com/legal/additional-terms/", facts: ["device-access"], checked: "2026-12-06" },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
