import type { Processor } from "@policy/core";

/**
 * Twilio SendGrid: e-mail delivery by API and SMTP (order confirmations, password resets, notifications) and
 * newsletters through its Marketing Campaigns, from Twilio of San Francisco, which bought SendGrid in 2019.
 *
 * Read (2026-12-06), stored copies (pages and docs corpora) of Twilio's own pages:
 * - "Twilio SendGrid Value-Added Tax (VAT) in Europe" (support.sendgrid.com, undated; VAT collected from March 2024):
 *   "Twilio Inc. dba SendGrid & its affiliates ... collect Value-Added Tax ... on sales of its services to customers
 *   located in the EEA"; "Twilio is not a resident of Europe, why are you charging VAT?" ... "non-resident entities like
 *   Twilio SendGrid, and resident entities like Twilio SendGrid Ireland".
 * - "What is the Reverse Charge mechanism?" (support.twilio.com, undated): "If you are contracted with Twilio Inc
 *   (default), and are in the European Union ..."; a separate paragraph for "a customer contracted with Twilio Ireland".
 * - Twilio Professional Services Terms, last updated 12 November 2024 (static0.twilio.com copy): Twilio Inc., "101 Spear
 *   Street, 5th Floor, San Francisco, California, 94105" for customers outside Europe; "Twilio Ireland Limited ... 70
 *   Sir John Rogerson's Quay, Dublin 2, D02 R296, Ireland" for customers in the EEA, the UK and Switzerland. These terms
 *   cover professional services, not the SendGrid service itself.
 * - The opening of Twilio's Terms of Service (effective 15 September 2022, in a copy a customer republished): "The
 *   Twilio entity that is entering into these terms depends on where your business entity is registered. Please see
 *   the table below" (the table was not in the copy). Twilio's current terms were not stored.
 * - Twilio's Binding Corporate Rules: Processor Policy (jp.twilio.com copy, undated): it applies "to all personal data
 *   that we process as a processor on behalf of a third party controller (referred to as the 'Customer')", "such as the
 *   content of voice, video, SMS and other communications that Twilio's Customers or their end-users send and receive".
 * - Twilio's "Measures Twilio Takes to Safeguard the Privacy of Customer Personal Data" (support.twilio.com): BCRs
 *   approved by EU data protection authorities "for use as a safeguard for cross-border transfers in May 2018".
 * - Twilio's "Regional Segment" guide (twilio.com/docs, modified 26 June 2026): "Twilio is certified under the DPF and
 *   relies on it as the primary mechanism for EU–US personal data transfers", and will rely on it for Swiss-US transfers
 *   once a Swiss adequacy decision is in place. No stored copy of Twilio's entry on the DPF List was found.
 * - Twilio SendGrid docs: the IP Address Management API page ("Regional Email sending in the European Union (EU) is
 *   available for Twilio SendGrid Pro plan or above" and needs an EU IP address and EU subuser); the Recipients' Data
 *   Erasure API (deletes "the recipients' names, email addresses, subject lines, categories, and IP addresses"); open
 *   tracking (an invisible image logs an open event); "Manage Unsubscribes" (with subscription tracking on, Twilio
 *   injects unsubscribe links and puts those who click on the unsubscribe suppression list).
 * - "Data Retention and Deletion in Twilio Products" (support.twilio.com): for SendGrid "most data times out after a
 *   maximum of 37 days", some "email event data in pseudonymized form for up to a year for security, fraud detection,
 *   anti-abuse, and network protection purposes"; Marketing Campaigns customers delete their own contacts and lists.
 *   "How to request a Twilio SendGrid account data deletion" (support.sendgrid.com) says the same.
 *   The article's section on Marketing Campaigns contacts was not in the stored copy, so the entry says nothing about
 *   how long contact lists kept there are stored.
 * - Twilio's Privacy Notice, last updated 9 April 2026 (opening only): "Twilio Inc. and its group companies".
 *
 * Left out, and why:
 * - The contracting company is not settled by any document read: the SendGrid tax pages point to Twilio Inc. as the
 *   default seller to customers in the EEA; the Professional Services Terms name Twilio Ireland Limited for the EEA; the
 *   terms of service decide by a table that could not be read. Listed as Twilio Inc., marked unconfirmed. If it is
 *   Twilio Ireland Limited, the transfer to Twilio Inc. in the US below stays the same.
 * - Twilio's current data protection addendum was not readable (only a version of 1 January 2020, not used for facts);
 *   its sub-processor list was not read, so no other recipient is listed. The BCRs are mentioned in the transfer note;
 *   the mechanism listed is the Data Privacy Framework, which Twilio names as its primary one. UK Extension and
 *   Swiss-US are not claimed: the statement read names neither.
 * - SendGrid's pseudonymised event data kept for up to a year for security and anti-abuse may be Twilio's own use as a
 *   controller; no document read says so, so no controller role is listed.
 * - No EU representative: Twilio has a company in the EU (Twilio Ireland Limited).
 * - Device access and domains: SendGrid runs on the sender's servers; no cookie or website host of SendGrid is
 *   documented in what was read, and the Open Cookie Database has no SendGrid entry.
 */
export const sendgrid: Processor = {
  id: "sendgrid",
  name: "SendGrid",
  aliases: ["Twilio SendGrid", "SendGrid Marketing Campaigns"],
  categories: ["newsletter"],
  entity: {
    name: "Twilio Inc.",
    address: { street: "101 Spear Street, 5th Floor", postalCode: "94105", city: "San Francisco", region: "CA", country: "US" },
    url: "https://sendgrid.com/",
  },
  role: "processor",
  urls: {
    website: "https://sendgrid.com/",
    privacyPolicy: "https://www.twilio.com/en-us/legal/privacy",
    dpa: "https://www.twilio.com/legal/data-protection-addendum",
  },
  description: {
    en: "SendGrid, a service of the US company Twilio, delivers e-mails for websites and apps, such as order confirmations, password resets and newsletters, and reports whether they were delivered, opened and clicked.",
    de: "SendGrid, ein Dienst des US-Unternehmens Twilio, stellt E-Mails für Websites und Apps zu, etwa Bestellbestätigungen, Links zum Zurücksetzen von Passwörtern und Newsletter, und meldet, ob sie zugestellt, geöffnet und angeklickt wurden.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.notifications.email",
        legalBasis: "A6-1-b",
        description: {
          en: "To send you the e-mails that belong to your order or your account, such as confirmations and password resets.",
          de: "Um Ihnen die E-Mails zu senden, die zu Ihrer Bestellung oder Ihrem Konto gehören, etwa Bestätigungen und Links zum Zurücksetzen des Passworts.",
        },
      },
      {
        purpose: "marketing.communications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "To send you the newsletter you signed up for.",
          de: "Um Ihnen den Newsletter zu senden, den Sie bestellt haben.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To see whether our e-mails were delivered and opened and which of their links were clicked.",
          de: "Um zu sehen, ob unsere E-Mails zugestellt und geöffnet wurden und welche ihrer Links angeklickt wurden.",
        },
      },
    ],
    data: [
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.name",
        details: { en: "if we address the e-mail to you by name", de: "wenn wir Sie in der E-Mail mit Namen ansprechen" },
        collected: "provided",
      },
      {
        category: "user.behavior",
        details: {
          en: "whether our e-mails reached you, whether you opened them, counted by an invisible image, and which links you clicked",
          de: "ob unsere E-Mails Sie erreicht haben, ob Sie sie geöffnet haben, erfasst über ein unsichtbares Bild, und welche Links Sie angeklickt haben",
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
    subjects: ["customer", "newsletter_subscriber"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Twilio Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US"],
        source: "https://www.twilio.com/docs/segment/guides/regional-segment",
        checked: "2026-12-06",
      },
      note: {
        en: "Twilio states that it is certified under the EU-US Data Privacy Framework and relies on it as its main ground for transfers from the EU; it also has binding corporate rules approved by EU data protection authorities. On its Pro plan and above, SendGrid can send e-mails through servers in the EU.",
        de: "Twilio erklärt, nach dem EU-US-Datenschutzrahmen zertifiziert zu sein, und stützt Übermittlungen aus der EU vorrangig darauf; außerdem hat Twilio verbindliche interne Datenschutzvorschriften, die von EU-Datenschutzbehörden genehmigt sind. Ab dem Pro-Tarif kann SendGrid E-Mails über Server in der EU versenden.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "SendGrid deletes most data about the e-mails it sends for us automatically after at most 37 days; some data on delivery events is kept in pseudonymised form for up to a year for security, fraud detection and abuse prevention. Contacts and lists we keep in SendGrid Marketing Campaigns stay there until we delete them.",
      de: "SendGrid löscht die meisten Daten zu den E-Mails, die es für uns versendet, nach höchstens 37 Tagen automatisch; einige Daten zu Zustellereignissen werden pseudonymisiert bis zu einem Jahr aufbewahrt, für Sicherheit, Betrugserkennung und Missbrauchsabwehr. Kontakte und Listen, die wir in SendGrid Marketing Campaigns führen, bleiben dort, bis wir sie löschen.",
    },
  },
  deletion: {
    en: "SendGrid can add an unsubscribe link to our e-mails; if you click it, SendGrid puts your address on an unsubscribe list and no longer sends you those e-mails. You can also ask us at any time to delete your data; SendGrid gives us a tool to erase a recipient's data from its systems.",
    de: "SendGrid kann unseren E-Mails einen Abmeldelink hinzufügen; wenn Sie ihn anklicken, setzt SendGrid Ihre Adresse auf eine Abmeldeliste und schickt Ihnen diese E-Mails nicht mehr. Sie können uns außerdem jederzeit bitten, Ihre Daten zu löschen; SendGrid stellt uns ein Werkzeug bereit, mit dem sich die Daten eines Empfängers aus seinen Systemen löschen lassen.",
  },
  deviceAccess: [],
  sources: [
    // SendGrid's help article on VAT in Europe (stored copy, undated; VAT from March 2024): Twilio Inc. dba SendGrid sells to customers in the EEA as a non-resident.
    {
      url: "https://support.sendgrid.com/hc/en-us/articles/20615259899419-Twilio-SendGrid-Value-Added-Tax-VAT-in-Europe",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    // Twilio's help article on the reverse charge (stored copy, undated): Twilio Inc. is the default contracting company for customers in Europe.
    {
      url: "https://support.twilio.com/hc/en-us/articles/360037869013-What-is-the-Reverse-Charge-mechanism",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    // Twilio Professional Services Terms, last updated 12 November 2024 (stored copy on static0.twilio.com): addresses of Twilio Inc. and Twilio Ireland Limited.
    {
      url: "https://www.twilio.com/legal/professional-services-terms",
      facts: ["entity"],
      checked: "2026-12-06",
      updated: "2024-11-12",
    },
    // Twilio's Binding Corporate Rules: Processor Policy (stored copy on jp.twilio.com, undated): Twilio as processor for its customers' communications.
    { url: "https://jp.twilio.com/legal/bcr/processor", facts: ["role"], checked: "2026-12-06" },
    // Twilio's support article on safeguarding customer personal data (stored copy): BCRs approved in May 2018.
    {
      url: "https://support.twilio.com/hc/en-us/articles/360051805394-Measures-Twilio-Takes-to-Safeguard-the-Privacy-of-Customer-Personal-Data",
      facts: ["transfers"],
      checked: "2026-12-06",
    },
    // Twilio docs, Regional Segment guide (stored copy, modified 26 June 2026): Twilio's statement on its DPF certification.
    { url: "https://www.twilio.com/docs/segment/guides/regional-segment", facts: ["transfers"], checked: "2026-12-06", updated: "2026-06-26" },
    // Twilio SendGrid docs, IP Address Management API (stored copy): EU regional sending on Pro plans and above.
    { url: "https://www.twilio.com/docs/sendgrid/api-reference/ip-address-management-api", facts: ["transfers"], checked: "2026-12-06" },
    // Twilio's Privacy Notice, last updated 9 April 2026 (stored copy, opening part).
    { url: "https://www.twilio.com/legal/privacy", facts: ["urls"], checked: "2026-12-06", updated: "2026-04-09" },
    // The address of Twilio's data protection addendum, as printed on its version of 1 January 2020; the current text was not read.
    { url: "https://www.twilio.com/legal/data-protection-addendum", facts: ["urls"], checked: "2026-12-06" },
    // Twilio's help article on data retention and deletion (stored copy): 37 days, pseudonymised event data up to a year.
    {
      url: "https://support.twilio.com/hc/en-us/articles/4410585868443-Data-Retention-and-Deletion-in-Twilio-Products",
      facts: ["retention", "deletion"],
      checked: "2026-12-06",
    },
    // SendGrid's help article on account data deletion (stored copy): the same retention rules.
    {
      url: "https://support.sendgrid.com/hc/en-us/articles/18017175645595-How-to-request-a-Twilio-SendGrid-account-data-deletion",
      facts: ["retention"],
      checked: "2026-12-06",
    },
    // SendGrid docs, Recipients' Data Erasure API (stored copy): the data it erases, including IP addresses.
    {
      url: "https://docs.sendgrid.com/api-reference/recipients-data-erasure-api/erase-recipients-email-data",
      facts: ["activities", "deletion"],
      checked: "2026-12-06",
    },
    // SendGrid docs on open tracking (stored copy, read at its http:// address): an invisible image logs opens.
    { url: "https://sendgrid.com/docs/Apps/open_tracking.html", facts: ["activities"], checked: "2026-12-06" },
    // Twilio docs, "Manage Unsubscribes" (stored copy): subscription tracking injects unsubscribe links and suppresses those who click.
    { url: "https://www.twilio.com/docs/email/concepts/deliverability/unsubscribes", facts: ["deletion"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "Twilio's sub-processor list was not read, so further countries are possible.",
    },
    {
      fact: "entity",
      note: "Twilio's terms of service choose the Twilio company by where the customer is registered, in a table we could not read. SendGrid's VAT article says \"Twilio Inc. dba SendGrid & its affiliates\" sell to customers in the EEA as a non-resident, and Twilio's reverse-charge article calls Twilio Inc. the default contracting company for European customers; Twilio's Professional Services Terms (12 November 2024) name Twilio Ireland Limited, 70 Sir John Rogerson's Quay, Dublin 2, for customers in the EEA. Twilio Inc. is listed as the likely party for self-service SendGrid accounts.",
    },
  ],
  disagreements: [],
};
