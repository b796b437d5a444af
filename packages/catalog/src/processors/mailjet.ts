import type { Processor } from "@policy/core";

/**
 * Mailjet: newsletters and transactional e-mail for businesses, a French service that belongs to the Sinch group
 * (Stockholm) and is run by its "Sinch Email" unit together with Mailgun and Email on Acid.
 *
 * Read (2026-12-06), all in Open Terms Archive's copies of the legal pages Mailjet publishes on mailjet.com
 * (contrib-versions; the declaration fetches www.mailjet.com/legal/terms/, /legal/dpa/, /privacy-policy/ and
 * /legal/sending-policy/), read in full; the archive records no later version of any of them up to its latest commit
 * (22 August 2026):
 * - Sinch Email's Terms of Service, "Last revised 01/15/2025" (recorded 28 February 2025, commit 7655537): they apply
 *   to services "delivered by the entity shown on the applicable Service Order ... on behalf of Sinch Email, a Sinch
 *   group company"; § 15.1 names the possible parties by their governing law: "Mailgun Technologies, Inc." (Texas),
 *   "Mailjet SAS or Mailjet GmbH" (France, courts of Paris), "Mailjet SaaS Ltd" (England) and "Mailjet Emailing SL"
 *   (Spain). § 4.1: the services are provided under the DPA at mailgun.com/legal/dpa; "Sinch Email will not use or
 *   disclose Customer Data except as materially required to perform the Services or as required by law". § 8.2: Sinch
 *   Email "may view and use the message routing data" (server names, IP addresses, time stamps, queue identifiers,
 *   spam filtering information) "for our general business purposes, including maintaining and improving security,
 *   improving our services, and developing products". § 13: affiliates and subcontractors "may be based outside of the
 *   geographic jurisdiction in which you have chosen to store Customer Data".
 * - Sinch Email's Data Processing Addendum, "Effective January 15, 2025" (recorded 17 January 2025, commit f34265d):
 *   § 4(a) "the Customer is the controller ... and Sinch Email is the processor"; § 3 data: name, e-mail, telephone
 *   numbers, IP address, contact lists and message content of senders and recipients; § 11(b) deletion or return
 *   "Within ninety (90) days following termination of the account", backups kept but "not further actively processed";
 *   § 12 standard contractual clauses (2021/914) and UK Addendum, "Processor may transfer Personal Data within its
 *   company group"; Annex 3 sub-processors: Google Cloud Platform (Dublin; servers in Germany and Belgium for EU
 *   customers), Rackspace (San Antonio, Texas; servers in Germany for EU customers; SCCs and encryption), Proxiad
 *   Bulgaria (support), Sitel India (first response to tickets, "no access to customer personal data"), and the group
 *   companies Mailgun Technologies (San Antonio, USA; "Administrative, billing, support and maintenance services";
 *   SCCs), "Mailjet, 4, rue Jules Lefebvre, 75009 Paris, France" and Sinch AB (Stockholm). MacStadium and Cyxtera serve
 *   Email on Acid only.
 * - Sinch Email's Privacy Policy, "Last revised and updated 01/15/2025" (recorded 17 January 2025, commit 69f3891):
 *   covers Sinch Email as controller for its customers and website visitors; § 8: "Mailgun Technologies, Inc., our
 *   group US company, has certified ... that it adheres to the EU-U.S. Data Privacy Framework Principles" (EU-US and
 *   UK Extension).
 * - The Acceptable Use Policy, "Last revised January 16, 2023" (recorded 3 December 2024): 1e "An unsubscribe link must
 *   be included in every marketing email campaign".
 * Stored copies (pages corpus): Mailjet's German page on data security (www.mailjet.com/de/produkte/daten-sicherheit,
 * undated): data "in sicheren Datenzentren gespeichert, die sich ausschließlich innerhalb der Europäischen Union
 * befinden", Mailjet acts as processor ("Auftragsverarbeiter"); help articles on unsubscribe links (the editor adds one
 * to the footer of marketing templates), on e-mail statuses (opens counted by an invisible tracking pixel) and on
 * invoices (prices "subject to the French VAT").
 *
 * Left out, and why:
 * - Which company a German or Austrian customer contracts with is not stated: the terms leave it to the service order.
 *   Mailjet SAS is the likely one (French VAT on Mailjet's prices, Paris courts, the group company in Paris in the DPA);
 *   Mailjet GmbH is also named. Kept as Mailjet SAS, marked unconfirmed. Older Mailjet terms (German terms of 2018:
 *   "Mailjet SAS, einer französischen Gesellschaft"; 2016: "Mailjet GmbH") and addresses (13-13 bis rue de l'Aubrac)
 *   are outdated. Sinch's "Email Supplemental Terms" of 26 September 2025 (stored opening only) may have moved Mailjet
 *   customers onto Sinch's general terms; they could not be read in full.
 * - Parent: Sinch AB is a group company in Sweden (EU), so no non-EU parent is listed; Mailgun Technologies, Inc. is a
 *   sister company and appears as a transfer recipient.
 * - India: Sitel India answers tickets without access to customer personal data, so no transfer of subscribers' data is
 *   listed. Google Cloud and Proxiad process in the EU.
 * - The DPF certification of Mailgun Technologies, Inc. is stated in the privacy policy for data Sinch Email controls;
 *   the DPA rests transfers of customer data on the standard contractual clauses, so that is the mechanism listed.
 * - Device access: Mailjet's cookie policy covers its own website only; no cookie of its sign-up widgets is documented,
 *   and the Open Cookie Database has no Mailjet entry. Domains: none documented for use on a customer's website.
 */
export const mailjet: Processor = {
  id: "mailjet",
  name: "Mailjet",
  aliases: ["Sinch Mailjet"],
  categories: ["newsletter"],
  entity: {
    name: "Mailjet SAS",
    address: { street: "4, rue Jules Lefebvre", postalCode: "75009", city: "Paris", country: "FR" },
    url: "https://www.mailjet.com/",
  },
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "keeping our contact lists, sending our e-mails and measuring how they are received",
        de: "die Verwaltung unserer Kontaktlisten, den Versand unserer E-Mails und die Auswertung ihrer Zustellung",
      },
    },
    {
      role: "controller",
      scope: {
        en: "its own use of the technical delivery data of our e-mails, such as server names, IP addresses and times, for security and to improve its services",
        de: "die eigene Nutzung der technischen Versanddaten unserer E-Mails, etwa Servernamen, IP-Adressen und Zeitpunkte, für die Sicherheit und die Verbesserung seiner Dienste",
      },
    },
  ],
  urls: {
    website: "https://www.mailjet.com/",
    privacyPolicy: "https://www.mailjet.com/privacy-policy/",
    dpa: "https://www.mailjet.com/legal/dpa/",
  },
  description: {
    en: "Mailjet is a French e-mail service, now part of the Swedish Sinch group, for sending newsletters and transactional e-mails, with contact lists, templates and statistics on delivery, opens and clicks.",
    de: "Mailjet ist ein französischer E-Mail-Dienst, heute Teil der schwedischen Sinch-Gruppe, für den Versand von Newslettern und Transaktions-E-Mails, mit Kontaktlisten, Vorlagen und Statistiken zu Zustellung, Öffnungen und Klicks.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.communications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "To send you the newsletter you signed up for.",
          de: "Um Ihnen den Newsletter zu senden, für den Sie sich angemeldet haben.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To see whether our e-mails arrive, are opened and which of their links are clicked.",
          de: "Um zu sehen, ob unsere E-Mails ankommen, geöffnet werden und welche ihrer Links angeklickt werden.",
        },
      },
    ],
    data: [
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.name",
        details: { en: "if you give it when you sign up", de: "wenn Sie ihn bei der Anmeldung angeben" },
        collected: "provided",
      },
      {
        category: "user.behavior",
        details: {
          en: "whether you opened our e-mails, counted by an invisible image, and which links you clicked",
          de: "ob Sie unsere E-Mails geöffnet haben, erfasst über ein unsichtbares Bild, und welche Links Sie angeklickt haben",
        },
        collected: "usage",
      },
      {
        category: "user.device.ip_address",
        details: {
          en: "sent by your device when it loads the images of our e-mails or follows a link in them",
          de: "die Ihr Gerät übermittelt, wenn es die Bilder unserer E-Mails lädt oder einem Link darin folgt",
        },
      },
    ],
    subjects: ["newsletter_subscriber"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Mailgun Technologies, Inc.",
      mechanism: "A46-2-c",
      note: {
        en: "Mailgun Technologies, Inc. in San Antonio, Texas, is the US company of Sinch Email; Mailjet's data processing addendum names it as a sub-processor for administration, billing, support and maintenance, under the EU standard contractual clauses. Mailjet keeps the data of EU customers in data centres in the EU.",
        de: "Die Mailgun Technologies, Inc. in San Antonio, Texas, ist die US-Gesellschaft von Sinch Email; Mailjets Auftragsverarbeitungsvertrag nennt sie als Unterauftragsverarbeiter für Verwaltung, Abrechnung, Support und Wartung, auf Grundlage der EU-Standardvertragsklauseln. Mailjet speichert die Daten von Kunden aus der EU in Rechenzentren in der EU.",
      },
      checked: "2026-12-06",
    },
    {
      country: "US",
      recipient: "Rackspace",
      mechanism: "A46-2-c",
      note: {
        en: "Mailjet's data processing addendum lists Rackspace, of San Antonio, Texas, as a hosting sub-processor whose servers for EU customers are in Germany, with the EU standard contractual clauses and encryption as safeguards.",
        de: "Mailjets Auftragsverarbeitungsvertrag führt Rackspace aus San Antonio, Texas, als Hosting-Unterauftragsverarbeiter, dessen Server für Kunden aus der EU in Deutschland stehen, mit den EU-Standardvertragsklauseln und Verschlüsselung als Garantien.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "Mailjet keeps the data for as long as we use it in our account. After our account ends, it deletes the data within 90 days; copies in automatic backups that cannot reasonably be deleted are kept but no longer used.",
      de: "Mailjet speichert die Daten, solange wir sie in unserem Konto nutzen. Nach dem Ende unseres Kontos löscht Mailjet sie innerhalb von 90 Tagen; Kopien in automatischen Sicherungen, die sich nicht mit vertretbarem Aufwand löschen lassen, bleiben erhalten, werden aber nicht mehr verwendet.",
    },
  },
  deletion: {
    en: "Mailjet requires an unsubscribe link in every marketing e-mail and adds one to the footer of the marketing templates made with its editor; the link takes you off our list. You can also ask us at any time to delete your data.",
    de: "Mailjet verlangt in jeder Werbe-E-Mail einen Abmeldelink und setzt ihn in die Fußzeile der Werbevorlagen, die mit seinem Editor erstellt werden; über den Link tragen Sie sich aus unserer Liste aus. Sie können uns außerdem jederzeit bitten, Ihre Daten zu löschen.",
  },
  deviceAccess: [],
  sources: [
    // Sinch Email's Terms of Service as published on mailjet.com/legal/terms, last revised 15 January 2025; Open Terms Archive copy.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/765553742add2379413b0dd8bf7890dfdf3b65bd/Mailjet/Terms%20of%20Service.md",
      facts: ["entity", "role", "transfers"],
      checked: "2026-12-06",
      updated: "2025-01-15",
    },
    // Sinch Email's Data Processing Addendum as published on mailjet.com/legal/dpa, effective 15 January 2025, with its sub-processor annex; Open Terms Archive copy.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/f34265d9fb6512f9ed1a4a45f702c2ed3a813167/Mailjet/Data%20Processor%20Agreement.md",
      facts: ["entity", "role", "transfers", "activities", "retention", "urls"],
      checked: "2026-12-06",
      updated: "2025-01-15",
    },
    // Sinch Email's Privacy Policy as published on mailjet.com/privacy-policy, last revised 15 January 2025; Open Terms Archive copy.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/69f3891610e00a9d96a033e56e9f61d0cdcc7203/Mailjet/Privacy%20Policy.md",
      facts: ["transfers", "urls"],
      checked: "2026-12-06",
      updated: "2025-01-15",
    },
    // Sinch Email's Acceptable Use Policy as published on mailjet.com/legal/sending-policy, last revised 16 January 2023; Open Terms Archive copy.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/620eec3b375b0a68e079d4b12d6c6bc52588fb67/Mailjet/Acceptable%20Use%20Policy.md",
      facts: ["deletion"],
      checked: "2026-12-06",
      updated: "2023-01-16",
    },
    // Mailjet's German page on data security (stored copy, undated): storage in EU data centres, Mailjet as processor.
    { url: "https://www.mailjet.com/de/produkte/daten-sicherheit", facts: ["role", "transfers"], checked: "2026-12-06" },
    // Help article on invoices (stored copy): prices are subject to French VAT.
    {
      url: "https://documentation.mailjet.com/hc/en-us/articles/29851961094939-Invoice-Management",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    // Help article on e-mail statuses (stored copy): opens counted by a tracking pixel, clicks tracked.
    {
      url: "https://documentation.mailjet.com/hc/en-us/articles/360048398994-Email-statuses-all-metrics-explained",
      facts: ["activities"],
      checked: "2026-12-06",
    },
    // Help article on unsubscribe links (stored copy): the editor adds one to the footer of marketing templates.
    {
      url: "https://documentation.mailjet.com/hc/en-us/articles/360042707434-How-to-add-an-unsubscribe-link-to-your-newsletter",
      facts: ["deletion"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity",
      note: 'Sinch Email\'s terms (15 January 2025) are with "the entity shown on the applicable Service Order" and name Mailgun Technologies, Inc., Mailjet SAS, Mailjet GmbH, Mailjet SaaS Ltd and Mailjet Emailing SL as possible parties; none is assigned to customers in Germany or Austria. Mailjet SAS is likely (French VAT on Mailjet\'s prices, Paris courts, the Paris group company in the DPA) but not confirmed. The address is the one the DPA annex gives for the group company "Mailjet" in Paris.',
    },
    {
      fact: "roles[1]",
      note: "Sinch Email's terms (§ 8.2) let it use the message routing data of customers' e-mails (server names, IP addresses, time stamps, spam filter data) for its own business purposes, security and product development; no document we read calls Sinch Email a controller for this use.",
    },
  ],
  disagreements: [],
};
