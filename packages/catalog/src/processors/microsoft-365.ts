import type { Processor } from "@policy/core";
import {
  microsoftCorporation,
  microsoftEuDataBoundarySource,
  microsoftGdprFaqSource,
  microsoftIreland,
  microsoftModelClausesSource,
  microsoftOnlineServicesTransfer,
  microsoftPrivacyStatementSource,
} from "../parties/microsoft.js";

/**
 * Microsoft 365 for business, with Exchange Online: the e-mail, calendars, documents and file storage a business runs in
 * Microsoft's cloud, where the messages and files of people who deal with the business are kept.
 *
 * Read (2026-12-06):
 * - Microsoft Privacy Statement, "Last Updated: July 2026" (Open Terms Archive, see parties/microsoft.ts): Microsoft
 *   Corporation and, for the EEA, the UK and Switzerland, Microsoft Ireland Operations Limited are the controllers
 *   "when Microsoft is a controller", with their addresses; its section "Enterprise and developer products" names
 *   Microsoft 365 among the "Enterprise Online Services ... that our enterprise customers contract with us for"; for
 *   these, Microsoft processes data "as described in the Product Terms, Microsoft Products and Services Data Protection
 *   Addendum (Products and Services DPA)"; when a product is provided by an organisation, Microsoft processes personal
 *   data "as described in the contract with your organisation and as needed to provide the product and Microsoft's
 *   related business operations", questions about the organisation's processing go to the organisation, questions
 *   about Microsoft's business operations to Microsoft; the agreements prevail over the statement. Microsoft
 *   Corporation's certification under the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF. Its section
 *   "Productivity and communications products": Microsoft 365 serves to "create, store, and share documents, as well as
 *   communicate with others" and includes Outlook; Outlook applications manage "email, calendar items, files, contacts"
 *   from services "like Exchange Online" (section "Outlook").
 * - Microsoft Trust Center, "GDPR frequently asked questions" (microsoft.com, stored copy): controllers "such as
 *   organizations using Microsoft's enterprise online services" use processors "such as Microsoft"; Microsoft's GDPR
 *   terms carry the processor commitments of Art. 28 GDPR; Microsoft uses the standard contractual clauses.
 * - "European Union Model Clauses" (products.office.com, stored copy): Microsoft offers the EU standard contractual
 *   clauses for its in-scope services as described in its Data Protection Addendum.
 * - "Services permanently excluded from the EU Data Boundary" (learn.microsoft.com, stored copy): most of Microsoft's
 *   commercial online services in the Microsoft 365 family are in scope for the EU Data Boundary, subject to continuing
 *   flows of customer data for the operation of the services.
 *
 * Entity: Microsoft Ireland Operations Limited, which the privacy statement names for the EEA. The Products and
 * Services DPA and the Microsoft Customer Agreement, which say which Microsoft company an EU customer contracts with,
 * could not be read in a stored copy (Microsoft's Online Subscription Agreement for EMEA of October 2013 named Microsoft
 * Ireland Operations Limited; it is superseded and not cited).
 *
 * Role: processor for providing the service (Trust Center GDPR FAQ; the privacy statement's enterprise section). As in
 * microsoft-teams, Microsoft's own business operations connected with providing the service (billing, security, legal
 * obligations) are listed as a second role, controller, marked unconfirmed: the DPA that states it could not be read.
 *
 * Left out, and why: retention (the DPA's deletion period after a subscription ends could not be read; how long mail
 * and files are kept is the customer's choice), cookies (the service is used by the business's staff, not loaded on
 * its website), request hosts.
 */
export const microsoft365: Processor = {
  id: "microsoft-365",
  name: "Microsoft 365",
  aliases: ["Office 365", "Exchange Online", "OneDrive for Business", "SharePoint Online"],
  categories: ["collaboration"],
  entity: microsoftIreland,
  parent: microsoftCorporation,
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "providing the e-mail, calendars, documents and file storage of Microsoft 365 that we use",
        de: "die Bereitstellung der E-Mail, Kalender, Dokumente und Dateiablage von Microsoft 365, die wir nutzen",
      },
    },
    {
      role: "controller",
      scope: {
        en: "Microsoft's own business operations connected with providing Microsoft 365 to us, such as billing, security and meeting its legal obligations",
        de: "die eigenen Geschäftsabläufe von Microsoft im Zusammenhang mit der Bereitstellung von Microsoft 365 für uns, etwa Abrechnung, Sicherheit und die Erfüllung seiner rechtlichen Pflichten",
      },
    },
  ],
  urls: {
    website: "https://www.microsoft.com/",
    privacyPolicy: "https://privacy.microsoft.com/privacystatement",
    dpa: "https://aka.ms/dpa",
  },
  description: {
    en: "Microsoft 365 is Microsoft's cloud office suite for businesses: e-mail and calendars (Exchange Online and Outlook), documents, and shared file storage.",
    de: "Microsoft 365 ist die Cloud-Bürosoftware von Microsoft für Unternehmen: E-Mail und Kalender (Exchange Online und Outlook), Dokumente und gemeinsame Dateiablage.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Handling our e-mail, appointments and documents, including the messages and files you send us, with a reliable cloud office suite.",
          de: "Unsere E-Mails, Termine und Dokumente, einschließlich der Nachrichten und Dateien, die Sie uns senden, mit einer zuverlässigen Cloud-Bürosoftware zu bearbeiten.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.content.private",
        details: {
          en: "the content of e-mails and attachments you exchange with us, appointments, and documents in which you are mentioned",
          de: "der Inhalt von E-Mails und Anhängen, die Sie mit uns austauschen, Termine sowie Dokumente, in denen Sie genannt sind",
        },
        collected: "content",
      },
    ],
    subjects: ["customer", "prospect", "contact_person", "employee"],
  },
  domains: [],
  transfers: [microsoftOnlineServicesTransfer],
  deviceAccess: [],
  sources: [
    // Microsoft Privacy Statement (July 2026): the controllers and addresses; Microsoft 365 an enterprise online service
    // under the Product Terms and the Products and Services DPA; what Microsoft 365 is for; the DPF certification.
    { ...microsoftPrivacyStatementSource, facts: ["entity", "parent", "role", "urls", "transfers", "activities"] },
    microsoftGdprFaqSource,
    microsoftModelClausesSource,
    microsoftEuDataBoundarySource,
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity",
      note: "The Microsoft Privacy Statement (July 2026) names Microsoft Ireland Operations Limited as the controller for the products it covers; for enterprise online services it refers to the Product Terms and the Products and Services Data Protection Addendum, which were not read. So no document read names the Microsoft company an EU business customer contracts with for this service.",
    },
    {
      fact: "roles[1]",
      note: "Microsoft's Products and Services Data Protection Addendum, which sets out Microsoft's role for its business operations, could not be read in any stored copy; the privacy statement (July 2026) says only that Microsoft processes data of enterprise users for its related business operations and answers questions about them itself.",
    },
  ],
  disagreements: [],
};
