import type { Processor } from "@policy/core";

/**
 * Brevo (until 2023 Sendinblue): e-mail and SMS marketing from Paris.
 *
 * Read: Brevo's Terms of Service, version of 1 October 2025, French (https://www.brevo.com/fr/legal/termsofuse, stored
 * copy) and English (https://www.brevo.com/legal/termsofuse/, stored through a mirror), opening part: "Sendinblue,
 * société par actions simplifiée ... RCS Paris 498 019 298 ... siège social 9-17, rue Salneuve 75017 Paris"; the
 * terms include the DPA as Appendix 3, which was not stored in full. The DPA itself was read in the Open Terms
 * Archive copy of Brevo's terms recorded on 28 May 2024 (DPA "updated on 08/21/23"): Brevo is the processor (§ 3.1)
 * and may process Customer Data as a controller to manage the customer's account, bill, produce statistics and defend
 * its rights; § 9: "The Services may at times require the Processing of Customer Data outside the EEA where Brevo, its
 * Affiliates or its Sub-processors maintain operations", with standard contractual clauses and supplementary measures,
 * and a reserved right to rely on the EU-US Data Privacy Framework for the US; the annex lists the sub-processors,
 * among them Sendinblue Inc. (USA), Silver Line (India) and Sendinblue Canada Inc. (Canada) with access to customer
 * accounts (data stored in Belgium and France; the access can be switched off in the platform), and Zendesk (USA & EU).
 * Brevo's privacy policy (last update 1 October 2025; German version December 2025) was read in its opening part only.
 *
 * Re-checked 2026-12-06:
 * - Entity and address: no change (Sendinblue SAS, 9-17 rue Salneuve, 75017 Paris, per the terms of 1 October 2025).
 *   The datenanfragen record and older terms (7 rue de Madrid, 55 rue d'Amsterdam, 106 boulevard Haussmann) are
 *   outdated leads and no longer listed as sources.
 * - Role: processor kept; roles added, because the DPA lets Brevo use customer data as a controller for its own
 *   statistics and to defend its rights.
 * - Transfers: added (the entry listed none). US: Sendinblue Inc. and US sub-processors, under the standard contractual
 *   clauses of the DPA (Brevo may also rely on the Data Privacy Framework; no certification of Sendinblue Inc. was
 *   found, so none is claimed). India: Silver Line, standard contractual clauses. Canada: Sendinblue Canada Inc., for
 *   which the Commission's adequacy decision for commercial organisations applies. The recipients are those of the
 *   DPA annex of 21 August 2023; the annex of the current terms could not be read, so a renamed or added recipient
 *   there would not show here.
 * - Device access: no change (Brevo's tracker sets an unnamed cookie; nothing listed). Retention: none stated.
 */
export const brevo: Processor = {
  id: "brevo",
  name: "Brevo",
  aliases: ["Sendinblue"],
  categories: ["newsletter"],
  entity: {
    name: "Sendinblue SAS",
    address: { street: "9-17, rue Salneuve", postalCode: "75017", city: "Paris", country: "FR" },
    url: "https://www.brevo.com/",
  },
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "sending our e-mails and measuring how they are received",
        de: "den Versand unserer E-Mails und die Auswertung ihrer Zustellung",
      },
    },
    {
      role: "controller",
      scope: {
        en: "its own statistics and the defence of its rights in court",
        de: "eigene Statistiken und die Verteidigung eigener Rechte vor Gericht",
      },
    },
  ],
  urls: {
    website: "https://www.brevo.com/",
    privacyPolicy: "https://www.brevo.com/de/legal/privacypolicy/",
    dpa: "https://www.brevo.com/legal/termsofuse/",
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
      {
        category: "user.name",
        details: { en: "if you give it when subscribing", de: "wenn Sie ihn bei der Anmeldung angeben" },
        collected: "provided",
      },
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
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: {
        en: "Sendinblue Inc., Brevo's US group company, and US sub-processors such as Zendesk",
        de: "Sendinblue Inc., die US-Konzerngesellschaft von Brevo, und US-Unterauftragsverarbeiter wie Zendesk",
      },
      mechanism: "A46-2-c",
      note: {
        en: "The data is stored in Belgium and France. The US group company can access our account for support and maintenance, and we can switch this access off. Brevo's data processing agreement rests such transfers on the EU standard contractual clauses with supplementary measures, and keeps open the use of the EU-US Data Privacy Framework.",
        de: "Die Daten werden in Belgien und Frankreich gespeichert. Die US-Konzerngesellschaft kann für Support und Wartung auf unser Konto zugreifen; diesen Zugriff können wir abschalten. Brevos Auftragsverarbeitungsvertrag stützt solche Übermittlungen auf die EU-Standardvertragsklauseln mit ergänzenden Maßnahmen und lässt die Nutzung des EU-US-Datenschutzrahmens offen.",
      },
      checked: "2026-12-06",
    },
    {
      country: "IN",
      recipient: "Silver Line",
      mechanism: "A46-2-c",
      note: {
        en: "Silver Line can access our account for support and maintenance; the data stays stored in Belgium and France, and we can switch this access off.",
        de: "Silver Line kann für Support und Wartung auf unser Konto zugreifen; die Daten bleiben in Belgien und Frankreich gespeichert, und diesen Zugriff können wir abschalten.",
      },
      checked: "2026-12-06",
    },
    {
      country: "CA",
      recipient: {
        en: "Sendinblue Canada Inc., Brevo's group company in Canada",
        de: "Sendinblue Canada Inc., die Konzerngesellschaft von Brevo in Kanada",
      },
      mechanism: "A45-3",
      note: {
        en: "The group company can access our account for support and maintenance; the data stays stored in Belgium and France, and we can switch this access off.",
        de: "Die Konzerngesellschaft kann für Support und Wartung auf unser Konto zugreifen; die Daten bleiben in Belgien und Frankreich gespeichert, und diesen Zugriff können wir abschalten.",
      },
      checked: "2026-12-06",
    },
  ],
  deletion: {
    en: "Brevo puts a one-click unsubscribe header into its campaigns and transactional e-mails, which many mail programs show as an unsubscribe button. If you receive mail you never asked for, you can write to abuse@brevo.com and Brevo removes your address.",
    de: "Brevo versieht Kampagnen und Transaktions-E-Mails mit einem Kopfeintrag zur Abmeldung mit einem Klick, den viele E-Mail-Programme als Abmelde-Schaltfläche anzeigen. Wenn Sie unerwünschte E-Mails erhalten, können Sie an abuse@brevo.com schreiben; Brevo entfernt dann Ihre Adresse.",
  },
  deviceAccess: [],
  sources: [
    // Terms of Service, version of 1 October 2025 (French; the English version was read through a mirror).
    { url: "https://www.brevo.com/fr/legal/termsofuse", facts: ["entity", "urls"], checked: "2026-12-06", updated: "2025-10-01" },
    // Brevo's terms with the DPA (updated 21 August 2023) and its sub-processor annex, as recorded by Open Terms Archive on 28 May 2024.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/b81a6dfc0c9e56af20bfeed6a74f3bcc0398a2d2/Sendinblue/Terms%20of%20Service.md",
      facts: ["role", "transfers", "urls"],
      checked: "2026-12-06",
      updated: "2023-08-21",
    },
    // German privacy policy, "Letzte Aktualisierung: Dezember 2025" (no day given), opening part.
    { url: "https://www.brevo.com/de/legal/privacypolicy/", facts: ["urls"], checked: "2026-12-06" },
    {
      url: "https://help.brevo.com/hc/en-us/articles/360001258744-How-does-Brevo-comply-with-the-GDPR",
      facts: ["activities"],
      checked: "2026-12-06",
    },
    {
      url: "https://help.brevo.com/hc/en-us/articles/19764406559506-Access-analyze-and-export-your-email-campaign-report",
      facts: ["activities"],
      checked: "2026-12-06",
    },
    {
      url: "https://help.brevo.com/hc/en-us/articles/209405205-What-is-the-anti-spam-policy-of-Brevo",
      facts: ["activities", "deletion"],
      checked: "2026-12-06",
    },
    {
      url: "https://help.brevo.com/hc/en-us/articles/19100260472850-FAQs-About-list-unsubscribe-and-list-help-headers-in-emails",
      facts: ["deletion"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
