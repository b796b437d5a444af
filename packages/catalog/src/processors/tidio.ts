import type { Processor } from "@policy/core";

const TERMS = "https://github.com/tosdr/tosdr-versions/blob/9a5e5f5ac0245ff98dee7f7a1237ba30004d9a99/Tidio/Terms%20of%20Service.md";
const PRIVACY = "https://github.com/tosdr/tosdr-versions/blob/196eacbbad778dcaf98c70d134eff69eed3078e9/Tidio/Privacy%20Policy.md";

/**
 * Tidio: live chat widget with chatbots (Lyro) and a help desk, for businesses that want to talk to their website's
 * visitors.
 *
 * Read (2026-12-06):
 * - Tidio Terms, "Last updated: 10/18/2023" (ToS;DR archive, commit 9a5e5f5a), read up to the special arbitration
 *   provision for users in the United States and Canada, which does not concern EU customers: "Tidio LLC (with its
 *   registered office in 149 New Montgomery St 4th Floor, San Francisco, California 94105, United States of America), a
 *   California corporation" operates the services; the service is offered to businesses only; for users in the EU the
 *   terms include an "Agreement for entrusting the processing of personal data (the 'DPA')"
 *   (www.tidio.com/wp-content/uploads/the-agreement-or-the-dpa.pdf) with "standard contractual clauses in relation to
 *   the possibility of data processing within third country by Tidio LLC (as a company located in US)"; and "Tidio LLC
 *   also act as a processor of personal data processed as part of the Services, entered into Tidio systems by Tidio
 *   users (end users' data – individuals who interact with the Tidio user by way of the Tidio communication platform)".
 *   The terms give Tidio Poland sp. z o.o., al. Wojska Polskiego 81, 70-481 Szczecin, as "Our Business Address" and
 *   disputes with customers outside the US and Canada go to the courts of Poland; the contracting party stays Tidio LLC.
 * - Tidio Privacy Policy, "Last updated: 11/03/2023 9:00 pm" (ToS;DR archive, commit 196eacbb; the newest capture,
 *   0dd524b1, shows the same date), read in full. It covers Tidio's own processing as controller (Tidio LLC and Tidio
 *   Poland Sp. z o.o., Szczecin, as joint controllers for its website and customers), not the chat data it processes
 *   for its customers. Section IX: "We mainly process the data you submit within the EEA and the servers located there.
 *   Note, however, that TIDIO LLC, as the entity entering into the Agreement with you, is a U.S.-based entity, and
 *   therefore some of your data may be transferred from the EEA and/or the United Kingdom and processed in the United
 *   States"; Tidio "may transfer your Personal Information ... to the United States and other countries", relying on
 *   adequacy decisions or the SCCs; "Tidio complies with the EU-US DPF and the Swiss-US DPF" (the UK Extension is not
 *   mentioned). The date's format leaves open 3 November or 11 March 2023; the policy's DPF section (the framework
 *   started in July 2023) suggests November, so no `updated` date is given for it.
 *
 * Left out, and why:
 * - Cookies and storage: no Tidio document we could read names what the widget stores in the browser, and the Open
 *   Cookie Database has no Tidio entry. Consent-tool vendors' pages name tidio_state, tidio_cid and _tidioid, which are
 *   leads only; none are listed.
 * - Domains: Tidio's own pages we read name none (third-party pages name code.tidio.co).
 * - Retention: neither the terms nor the privacy policy say how long chat data is kept; an old Tidio security page
 *   (tidiochat.com, no date) says stored data has no expiry date, which we do not repeat as current.
 * - Further countries: the privacy policy mentions transfers to "other countries" without naming them; this is said in
 *   the US transfer's note. Sub-processors: Tidio's DPA, which would list them, was not among the stored copies.
 */
export const tidio: Processor = {
  id: "tidio",
  name: "Tidio",
  aliases: ["Tidio Chat", "Tidio Live Chat"],
  categories: ["chat"],
  entity: {
    name: "Tidio LLC",
    address: {
      street: "149 New Montgomery St, 4th Floor",
      postalCode: "94105",
      city: "San Francisco",
      region: "CA",
      country: "US",
    },
    url: "https://www.tidio.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.tidio.com/",
    privacyPolicy: "https://www.tidio.com/privacy-policy/",
    dpa: "https://www.tidio.com/wp-content/uploads/the-agreement-or-the-dpa.pdf",
  },
  description: {
    en: "Tidio adds a chat window to a website in which visitors can write to the site's team or to a chatbot; the conversations reach the team in Tidio's inbox.",
    de: "Tidio fügt einer Website ein Chatfenster hinzu, in dem Besucher dem Team der Seite oder einem Chatbot schreiben können; die Unterhaltungen gehen beim Team im Postfach von Tidio ein.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.operations.support",
        legalBasis: "A6-1-a",
        description: {
          en: "To let you chat with us or our chatbot and to answer your messages.",
          de: "Damit Sie mit uns oder unserem Chatbot chatten können und wir Ihre Nachrichten beantworten können.",
        },
      },
    ],
    data: [
      // What you provide
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.content.private",
        details: { en: "your messages in the chat", de: "Ihre Nachrichten im Chat" },
        collected: "provided",
      },
      // What is collected automatically
      {
        category: "user.device.ip_address",
        details: {
          en: "needed to connect your browser to the chat",
          de: "wird benötigt, um Ihren Browser mit dem Chat zu verbinden",
        },
      },
    ],
    subjects: ["website_visitor", "contact_person"],
  },
  domains: [],
  transfers: [
    // Terms: DPA with SCCs for processing by Tidio LLC in the US. Privacy policy, section IX: data mainly processed in
    // the EEA; Tidio LLC is a US company; its DPF statement (EU-US and Swiss-US, no UK Extension).
    {
      country: "US",
      recipient: "Tidio LLC",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "Swiss-US"],
        source: PRIVACY,
        checked: "2026-12-06",
      },
      note: {
        en: "Tidio's privacy policy says it mainly processes data on servers in the EEA, but that Tidio LLC, the US company it contracts through, may process some of it in the United States; Tidio's data processing agreement also includes the EU standard contractual clauses. Tidio's privacy policy also mentions transfers to other countries, which it does not name.",
        de: "Laut der Datenschutzerklärung von Tidio werden Daten überwiegend auf Servern im EWR verarbeitet, doch kann die Tidio LLC, das US-Unternehmen, mit dem der Vertrag geschlossen wird, einen Teil davon in den USA verarbeiten; der Auftragsverarbeitungsvertrag von Tidio enthält zusätzlich die Standardvertragsklauseln der EU. Die Datenschutzerklärung von Tidio erwähnt außerdem Übermittlungen in weitere Länder, die sie nicht nennt.",
      },
      checked: "2026-12-06",
    },
  ],
  deletion: {
    en: "Ask us: Tidio processes the chat data on our behalf, so we can have your conversation and contact details deleted.",
    de: "Wenden Sie sich an uns: Tidio verarbeitet die Chatdaten in unserem Auftrag, daher können wir Ihre Unterhaltung und Ihre Kontaktdaten löschen lassen.",
  },
  deviceAccess: [],
  sources: [
    // Tidio Terms of 18 October 2023, as archived by ToS;DR: operator and address, processor role for the chat data of
    // visitors who talk to the customer through the platform (chat and bots), DPA with SCCs.
    { url: TERMS, facts: ["entity", "role", "urls", "transfers", "activities", "deletion"], checked: "2026-12-06", updated: "2023-10-18" },
    // Tidio Privacy Policy "11/03/2023", as archived by ToS;DR: data mainly in the EEA, US transfer, DPF statement.
    { url: PRIVACY, facts: ["entity", "urls", "transfers"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: 'Tidio\'s privacy policy says it may transfer personal information to the United States "and other countries" without naming them, so the list may not be complete.',
    },
  ],
  disagreements: [],
};
