import type { Processor } from "@policy/core";

/**
 * Mailchimp: newsletters and marketing e-mail, run by The Rocket Science Group LLC in Atlanta, part of Intuit.
 *
 * Entity: the datenanfragen record, Mailchimp's terms (which also name Intuit Inc. as the parent) and Intuit's own
 * terms page agree on The Rocket Science Group LLC at 675 Ponce de Leon Ave NE, Suite 5000, Atlanta. There is no EU
 * entity: EU customers contract with the US company directly.
 * Parent: Intuit Inc. owns Mailchimp, but no Intuit page we could read states its address, so the entry names no
 * parent; the data goes to The Rocket Science Group LLC itself.
 * Transfers: Mailchimp's current European data transfers page (stored under /es/, in English) says Mailchimp is a
 * covered entity under Intuit's Data Privacy Framework certification and that the standard contractual clauses apply if
 * the framework falls. The older English copy of that page still speaks of the Privacy Shield; we follow the newer one.
 */
export const mailchimp: Processor = {
  id: "mailchimp",
  name: "Mailchimp",
  aliases: ["The Rocket Science Group", "Intuit Mailchimp"],
  categories: ["newsletter"],
  entity: {
    name: "The Rocket Science Group LLC",
    address: { street: "675 Ponce de Leon Ave NE, Suite 5000", postalCode: "30308", city: "Atlanta", region: "GA", country: "US" },
    email: "personaldatarequests@mailchimp.com",
    url: "https://mailchimp.com",
  },
  role: "processor",
  urls: {
    website: "https://mailchimp.com",
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
      { category: "user.name", details: { en: "if the sign-up form asks for it", de: "wenn das Anmeldeformular danach fragt" }, collected: "provided" },
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
  transfers: [
    {
      country: "US",
      mechanism: "EU-US-DPF",
      note: {
        en: "Mailchimp is covered by Intuit's certification under the EU-US Data Privacy Framework; its data processing addendum adds the EU standard contractual clauses in case the framework is struck down.",
        de: "Mailchimp ist über die Zertifizierung von Intuit nach dem EU-US-Datenschutzrahmen erfasst; sein Auftragsverarbeitungsvertrag sieht zusätzlich die Standardvertragsklauseln der EU vor, falls der Rahmen für ungültig erklärt wird.",
      },
      checked: "2026-11-29",
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
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/mailchimp.json",
      facts: ["entity", "urls", "deletion"],
    },
    { url: "https://mailchimp.com/legal/terms", facts: ["entity"] },
    { url: "https://intuit.com/legal/terms/en-global/quickbooks/online", facts: ["entity"] },
    { url: "https://mailchimp.com/es/help/mailchimp-european-data-transfers", facts: ["transfers"] },
    { url: "https://mailchimp.com/de/legal/data-processing-addendum/", facts: ["urls"] },
    { url: "https://mailchimp.com/help/about-open-tracking", facts: ["activities"] },
    {
      url: "https://quickbooks.intuit.com/learn-support/en-us/help-article/multi-factor-authentication/general-data-protection-regulation-faqs/L3ka2H3yc_US_en_US",
      facts: ["activities"],
    },
    { url: "https://mailchimp.com/help/why-we-require-an-unsubscribe-link/", facts: ["deletion"] },
    { url: "https://mailchimp.com/legal/additional-terms/", facts: ["device-access"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
