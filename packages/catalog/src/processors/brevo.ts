import type { Processor } from "@policy/core";

/**
 * Brevo (until 2023 Sendinblue): e-mail and SMS marketing from Paris.
 *
 * Entity: sources disagree on the address. The datenanfragen record (2021) gives "Sendinblue SAS, 7 rue de Madrid,
 * 75008 Paris"; an older Portuguese copy of Brevo's terms also says 7 rue de Madrid, older Sendinblue terms say
 * 55 rue d'Amsterdam and 47 rue de la Chaussée d'Antin, and a lead names 106 boulevard Haussmann. We follow Brevo's
 * newest page, its French terms of service (version of 1 October 2025): Sendinblue SAS (RCS Paris 498 019 298), trading
 * as Brevo, 9-17 rue Salneuve, 75017 Paris. The company name is still Sendinblue; Brevo is the brand.
 * Transfers: the company is in France, so no transfer is required here. Brevo's privacy policy has a section on
 * transfers outside the EEA, but we read it only through a mirror, so no transfer is listed.
 * Device access: Brevo's developer documentation says its website tracker sets a cookie for each visitor but does not
 * name it, and the Open Cookie Database has no Brevo entries, so none is listed.
 */
export const brevo: Processor = {
  id: "brevo",
  name: "Brevo",
  aliases: ["Sendinblue"],
  categories: ["newsletter"],
  entity: {
    name: "Sendinblue SAS",
    address: { street: "9-17, rue Salneuve", postalCode: "75017", city: "Paris", country: "FR" },
    url: "https://www.brevo.com",
  },
  role: "processor",
  urls: {
    website: "https://www.brevo.com",
    privacyPolicy: "https://www.brevo.com/de/legal/privacypolicy/",
  },
  description: {
    en: "Brevo, formerly Sendinblue, is a French platform for newsletters, transactional e-mails and SMS campaigns, with contact lists and campaign statistics.",
    de: "Brevo, früher Sendinblue, ist eine französische Plattform für Newsletter, Transaktions-E-Mails und SMS-Kampagnen mit Kontaktlisten und Kampagnenstatistiken.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.communications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "To e-mail you the newsletter you subscribed to.",
          de: "Um Ihnen den abonnierten Newsletter per E-Mail zuzusenden.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To measure who opened our e-mails and which links were clicked.",
          de: "Um zu messen, wer unsere E-Mails geöffnet hat und welche Links angeklickt wurden.",
        },
      },
    ],
    data: [
      { category: "user.contact.email", collected: "provided" },
      { category: "user.name", details: { en: "if you give it when subscribing", de: "wenn Sie ihn bei der Anmeldung angeben" }, collected: "provided" },
      {
        category: "user.behavior",
        details: {
          en: "opens of our e-mails and the links you click in them",
          de: "das Öffnen unserer E-Mails und die Links, die Sie darin anklicken",
        },
        collected: "usage",
      },
      {
        category: "user.location.imprecise",
        details: { en: "roughly where an e-mail was opened", de: "ungefähr, wo eine E-Mail geöffnet wurde" },
      },
    ],
    subjects: ["newsletter_subscriber"],
  },
  transfers: [],
  deletion: {
    en: "Brevo puts a one-click unsubscribe header into its campaigns and transactional e-mails, which many mail programs show as an unsubscribe button. If you receive mail you never asked for, you can write to abuse@brevo.com and Brevo removes your address.",
    de: "Brevo versieht Kampagnen und Transaktions-E-Mails mit einem Kopfeintrag zur Abmeldung mit einem Klick, den viele E-Mail-Programme als Abmelde-Schaltfläche anzeigen. Wenn Sie unerwünschte E-Mails erhalten, können Sie an abuse@brevo.com schreiben; Brevo entfernt dann Ihre Adresse.",
  },
  deviceAccess: [],
  sources: [
    { url: "https://www.brevo.com/fr/legal/termsofuse", facts: ["entity"] },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/sendinblue.json",
      facts: ["entity"],
    },
    { url: "https://www.brevo.com/de/legal/privacypolicy/", facts: ["urls"] },
    { url: "https://help.brevo.com/hc/en-us/articles/360001258744-How-does-Brevo-comply-with-the-GDPR", facts: ["activities"] },
    {
      url: "https://help.brevo.com/hc/en-us/articles/19764406559506-Access-analyze-and-export-your-email-campaign-report",
      facts: ["activities"],
    },
    { url: "https://help.brevo.com/hc/en-us/articles/209405205-What-is-the-anti-spam-policy-of-Brevo", facts: ["activities", "deletion"] },
    {
      url: "https://help.brevo.com/hc/en-us/articles/19100260472850-FAQs-About-list-unsubscribe-and-list-help-headers-in-emails",
      facts: ["deletion"],
    },
  ],
  checked: "2026-11-29",
};
