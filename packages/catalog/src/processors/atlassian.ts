import type { Processor } from "@policy/core";

const PRIVACY_POLICY =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/ab153bd16dc295557414df7c44d70e15eb59ca3d/Atlassian/Privacy%20Policy.md";
const CUSTOMER_AGREEMENT = "https://github.com/tosdr/tosdr-versions/blob/063174c2fdf8a80db5f4cf3cbaa7a7541c12e7f4/Atlassian/Terms%20of%20Service.md";
const PRODUCT_TERMS = "https://wac-cdn.atlassian.com/zh/legal/product-terms";

/**
 * Atlassian's cloud products Jira, Jira Service Management and Confluence, used by a business to plan work, track
 * issues and support requests, and keep shared documentation.
 *
 * Read (2026-12-06):
 * - Atlassian Privacy Policy, "Effective starting: August 17, 2026" (Open Terms Archive, contrib-versions,
 *   "Atlassian/Privacy Policy.md", commit ab153bd1 of 21 April 2026), in full: it covers Atlassian Pty Ltd, Atlassian
 *   US, Inc. and their affiliates as controllers and "does not apply to the extent that we process personal
 *   information in the role of a processor or service provider on behalf of our customers, as further specified in the
 *   Data Processing Addendum"; content posted in the products is processed "in the role of a processor or service
 *   provider on behalf of our customers"; account, profile, usage, device and connection information (IP address,
 *   browser, referring URLs) is collected by Atlassian itself; account information is kept while the account is active
 *   and a reasonable period after, and for managed accounts as long as the administrator requires; the "EU
 *   Representative" is "Atlassian B.V., c/o Atlassian US, Inc., 350 Bush Street, Floor 13, San Francisco, CA 94104",
 *   eudatarep@atlassian.com; transfers among Atlassian companies use the Data Privacy Framework (to the US) and the
 *   standard contractual clauses; "Atlassian, Inc. and its U.S. subsidiaries ... adhere to the Data Privacy Framework
 *   Principles" and Atlassian has certified under the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF; "Your
 *   information is controlled by Atlassian Pty Ltd and Atlassian, Inc.", inquiries to "Atlassian Pty Ltd, c/o
 *   Atlassian US, Inc., 350 Bush Street, Floor 13, San Francisco, CA 94104", privacy@atlassian.com.
 * - Atlassian Customer Agreement, "Effective starting: June 5, 2024" (ToS;DR, tosdr/tosdr-versions, commit 063174c2):
 *   "Atlassian" means the Atlassian entity that owns or operates the products the customer uses, as listed in the
 *   Product-Specific Terms.
 * - Atlassian Product-Specific Terms, "Effective starting: October 7, 2025" (wac-cdn.atlassian.com/zh/legal/product-
 *   terms, English text, stored copy): the Atlassian contracting entity for "All Products not named elsewhere in this
 *   table, including Confluence and Jira" is Atlassian Pty Ltd; Trello (Trello, Inc.), Loom (Loom, Inc.), Jira Align,
 *   Opsgenie and Statuspage have their own companies and are not covered by this entry.
 *
 * Entity: Atlassian Pty Ltd (Australia), with the contact address Atlassian itself gives in San Francisco (no
 * Australian address is given in the documents read). EU representative (Art. 27 GDPR): Atlassian B.V., as the privacy
 * policy names it, at the address it gives.
 *
 * Role: processor for the content a customer keeps in Jira and Confluence; controller for the account and usage data
 * Atlassian collects itself (privacy policy).
 *
 * Transfers: to Atlassian Pty Ltd in Australia, which has no adequacy decision; the privacy policy names the standard
 * contractual clauses for transfers among Atlassian companies, but the Data Processing Addendum, which governs the
 * customer's content, could not be read, so this mechanism is marked unconfirmed. To Atlassian, Inc. in the US under its
 * Data Privacy Framework certification as the privacy policy states it (no stored copy of the DPF List entry found).
 *
 * Left out, and why: a parent (the documents read name Atlassian US, Inc. and Atlassian, Inc. as affiliates, not as
 * the parent of Atlassian Pty Ltd), where the content is hosted and Atlassian's other recipient countries (its data transfer impact
 * assessment page, which lists them, and the DPA could not be read), cookies (the products are used by the business's
 * staff, not loaded on its website), request hosts.
 */
export const atlassian: Processor = {
  id: "atlassian",
  name: "Jira and Confluence",
  aliases: ["Atlassian", "Jira", "Confluence", "Jira Service Management", "Atlassian Cloud"],
  categories: ["collaboration", "support"],
  entity: {
    name: "Atlassian Pty Ltd",
    address: {
      street: "c/o Atlassian US, Inc., 350 Bush Street, Floor 13",
      postalCode: "94104",
      city: "San Francisco",
      region: "CA",
      country: "US",
    },
    email: "privacy@atlassian.com",
    url: "https://www.atlassian.com/",
  },
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "the issues, requests, pages and other content we keep in Jira and Confluence",
        de: "die Vorgänge, Anfragen, Seiten und sonstigen Inhalte, die wir in Jira und Confluence führen",
      },
    },
    {
      role: "controller",
      scope: {
        en: "the account, usage and device data Atlassian collects itself when people use its products",
        de: "die Konto-, Nutzungs- und Gerätedaten, die Atlassian selbst erhebt, wenn Personen seine Produkte nutzen",
      },
    },
  ],
  euRepresentative: {
    name: "Atlassian B.V.",
    address: {
      street: "c/o Atlassian US, Inc., 350 Bush Street, Floor 13",
      postalCode: "94104",
      city: "San Francisco",
      region: "CA",
      country: "US",
    },
    email: "eudatarep@atlassian.com",
  },
  urls: {
    website: "https://www.atlassian.com/",
    privacyPolicy: "https://www.atlassian.com/legal/privacy-policy",
    dpa: "https://www.atlassian.com/legal/data-processing-addendum",
  },
  description: {
    en: "Jira and Confluence are Atlassian's cloud tools for teams: Jira tracks tasks, issues and support requests, Confluence holds shared pages and documentation.",
    de: "Jira und Confluence sind Cloud-Werkzeuge von Atlassian für Teams: Jira verwaltet Aufgaben, Vorgänge und Supportanfragen, Confluence enthält gemeinsame Seiten und Dokumentation.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Planning and tracking our work, handling requests and keeping our documentation in one shared place.",
          de: "Unsere Arbeit zu planen und nachzuverfolgen, Anfragen zu bearbeiten und unsere Dokumentation an einem gemeinsamen Ort zu führen.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.content.private",
        details: {
          en: "issues, requests, comments, pages and attachments in which you appear or that you send us",
          de: "Vorgänge, Anfragen, Kommentare, Seiten und Anhänge, in denen Sie vorkommen oder die Sie uns senden",
        },
        collected: "content",
      },
      {
        category: "user.telemetry",
        details: {
          en: "use of the products, IP address, browser and device, as Atlassian records them",
          de: "Nutzung der Produkte, IP-Adresse, Browser und Gerät, wie Atlassian sie aufzeichnet",
        },
      },
    ],
    subjects: ["employee", "customer", "contact_person"],
  },
  domains: [],
  transfers: [
    {
      country: "AU",
      recipient: "Atlassian Pty Ltd",
      mechanism: "A46-2-c",
      note: {
        en: "Atlassian Pty Ltd is the Atlassian company we contract with. Atlassian's privacy policy names the EU standard contractual clauses for transfers among Atlassian companies.",
        de: "Die Atlassian Pty Ltd ist das Atlassian-Unternehmen, mit dem wir den Vertrag geschlossen haben. Die Datenschutzerklärung von Atlassian nennt für Übermittlungen zwischen Atlassian-Unternehmen die Standardvertragsklauseln der EU.",
      },
    },
    {
      country: "US",
      recipient: "Atlassian, Inc.",
      mechanism: "EU-US-DPF",
      certification: { frameworks: ["EU-US", "UK-Extension", "Swiss-US"], source: PRIVACY_POLICY, checked: "2026-12-06" },
      note: {
        en: "Atlassian's privacy policy also names the EU standard contractual clauses for transfers among Atlassian companies.",
        de: "Die Datenschutzerklärung von Atlassian nennt für Übermittlungen zwischen Atlassian-Unternehmen außerdem die Standardvertragsklauseln der EU.",
      },
    },
  ],
  retention: {
    criteria: {
      en: "Content in Jira and Confluence is kept as long as we keep it there; Atlassian keeps the account data it collects itself while the account is active and for a reasonable period after, and for accounts we manage as long as we require.",
      de: "Inhalte in Jira und Confluence bleiben gespeichert, solange wir sie dort aufbewahren; die Kontodaten, die Atlassian selbst erhebt, bewahrt Atlassian auf, solange das Konto aktiv ist, und eine angemessene Zeit danach, bei von uns verwalteten Konten so lange, wie wir es verlangen.",
    },
  },
  deletion: {
    en: "To have content removed from our Jira or Confluence, ask us. For the account data Atlassian processes as a controller, you can also contact Atlassian at privacy@atlassian.com or delete your Atlassian account.",
    de: "Wenn Inhalte aus unserem Jira oder Confluence entfernt werden sollen, wenden Sie sich an uns. Wegen der Kontodaten, die Atlassian als Verantwortlicher verarbeitet, können Sie sich auch an Atlassian unter privacy@atlassian.com wenden oder Ihr Atlassian-Konto löschen.",
  },
  deviceAccess: [],
  sources: [
    // Atlassian Privacy Policy (effective 17 August 2026), as archived by Open Terms Archive: controllers, roles, EU
    // representative, data, retention, deletion, transfers and the DPF certification.
    {
      url: PRIVACY_POLICY,
      facts: ["entity", "role", "representative", "urls", "transfers", "activities", "retention", "deletion"],
      checked: "2026-12-06",
      updated: "2026-08-17",
    },
    // Atlassian Customer Agreement (effective 5 June 2024), as archived by ToS;DR: the contracting entity is the one
    // the Product-Specific Terms list.
    { url: CUSTOMER_AGREEMENT, facts: ["entity", "urls"], checked: "2026-12-06", updated: "2024-06-05" },
    // Product-Specific Terms (effective 7 October 2025), stored copy: Atlassian Pty Ltd for Jira and Confluence.
    { url: PRODUCT_TERMS, facts: ["entity"], checked: "2026-12-06", updated: "2025-10-07" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers[0]",
      note: "No Atlassian document read says that Atlassian Pty Ltd is in Australia (its only address given is c/o Atlassian US, Inc. in San Francisco). Atlassian's privacy policy (effective 17 August 2026) names the standard contractual clauses for transfers among Atlassian companies, but it does not cover the content Atlassian processes for customers; the Data Processing Addendum, which does, could not be read in a stored copy.",
    },
    {
      fact: "transfers[1].mechanism",
      note: "The privacy policy, the only source for the Data Privacy Framework, does not apply where Atlassian acts as a processor, which covers the content of our Jira and Confluence sites; the ground for that content is in the Data Processing Addendum, which could not be read.",
    },
  ],
  disagreements: [],
};
