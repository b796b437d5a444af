import type { Processor } from "@policy/core";

const PRIVACY_POLICY = "https://github.com/tosdr/tosdr-versions/blob/0eeac39b4a85091d1bd857789e0568d1aa3de97e/Slack/Privacy%20Policy.md";
const TERMS = "https://github.com/tosdr/tosdr-versions/blob/2c9c6facc574a2130fb16a19fae84a882d5c81b8/Slack/Terms%20of%20Service.md";

/**
 * Slack: team chat, channels, calls (huddles) and file sharing that a business uses for its internal communication and,
 * through Slack Connect, with external partners.
 *
 * Read (2026-12-06):
 * - Slack Privacy Policy, "Effective: 5th July 2023" (slack.com/intl/en-gb/trust/privacy/privacy-policy, as archived by
 *   ToS;DR, tosdr/tosdr-versions, commit 0eeac39b; the page footer reads ©2024), in full: "Slack Technologies Limited,
 *   an Irish company based in Dublin, Ireland, is the controller of Other Information and a processor of Customer Data
 *   relating to Authorised Users who use Workspaces established for Customers outside of the US and Canada"; Slack
 *   Technologies, LLC, San Francisco, has those roles for Customers in the US and Canada and processes data "on behalf
 *   of Slack Technologies Limited in its role as a subprocessor"; "Slack is a processor of Customer Data and the
 *   Customer is the controller"; Customer Data are "messages, files or other content submitted through Services
 *   accounts"; Other Information covers workspace and account information, usage metadata, log data (IP address,
 *   browser, times), device and approximate location information, cookie information and more, used on the basis of
 *   Slack's legitimate interests to provide, maintain and protect the services, to develop features, and against
 *   abuse; Customer Data is kept as the Customer instructs and its retention settings say, Other Information as long as
 *   necessary for those purposes; transfers "including to Australia, Canada, Japan, India, South Korea and the United
 *   States" rest on the European Commission's standard contractual clauses (and the UK equivalent), contained in
 *   Slack's data processing addendum (slack.com/terms-of-service/data-processing); addresses: Slack Technologies
 *   Limited, Salesforce Tower, 60 R801, North Dock, Dublin, Ireland; Slack Technologies, LLC, 50 Fremont Street, San
 *   Francisco, CA 94105; privacy@slack.com; DPO dpo@slack.com.
 * - Slack Terms of Service page, "Last updated: 25th April 2023" (ToS;DR, commit 2c9c6fac): for a Customer, the Slack
 *   Terms are Salesforce's Main Services Agreement together with the Slack Supplemental Terms, "as Slack is a
 *   Salesforce company". Neither of those two documents could be read; so the contracting entity rests on the privacy
 *   policy's statement that Slack Technologies Limited processes Customer Data for workspaces of customers outside the
 *   US and Canada.
 *
 * Role: processor for Customer Data (messages, files); controller for the Other Information Slack collects itself
 * (account, usage and log data), both from the privacy policy.
 *
 * Left out, and why: a Data Privacy Framework certification (the privacy policy read names only the standard
 * contractual clauses and the APEC rules; Slack's Privacy Shield notice of 2020 is out of date), the recipients of the
 * transfers to countries other than the US (the policy names the countries only), cookies (Slack is used by the
 * business's staff, not loaded on its website), request hosts, a postal code for Slack Technologies Limited (none
 * given).
 */
export const slack: Processor = {
  id: "slack",
  name: "Slack",
  aliases: ["Slack Connect", "Slack Huddles"],
  categories: ["collaboration"],
  entity: {
    name: "Slack Technologies Limited",
    address: { street: "Salesforce Tower, 60 R801, North Dock", city: "Dublin", country: "IE" },
    email: "privacy@slack.com",
    url: "https://slack.com/",
  },
  parent: {
    name: "Slack Technologies, LLC",
    address: { street: "50 Fremont Street", postalCode: "94105", city: "San Francisco", region: "CA", country: "US" },
    url: "https://slack.com/",
  },
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "the messages, files and other content we and our contacts share in our Slack workspace",
        de: "die Nachrichten, Dateien und sonstigen Inhalte, die wir und unsere Kontakte in unserem Slack-Arbeitsbereich teilen",
      },
    },
    {
      role: "controller",
      scope: {
        en: "the account, usage and log data Slack collects itself to run, secure and improve its service",
        de: "die Konto-, Nutzungs- und Protokolldaten, die Slack selbst erhebt, um seinen Dienst zu betreiben, abzusichern und zu verbessern",
      },
    },
  ],
  urls: {
    website: "https://slack.com/",
    privacyPolicy: "https://slack.com/trust/privacy/privacy-policy",
    dpa: "https://slack.com/terms-of-service/data-processing",
  },
  description: {
    en: "Slack is a messaging platform for teams: channels, direct messages, audio and video calls, and shared files, also with people from other companies.",
    de: "Slack ist eine Nachrichtenplattform für Teams: Kanäle, Direktnachrichten, Audio- und Videoanrufe und geteilte Dateien, auch mit Personen aus anderen Unternehmen.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Working together quickly within our team and with our partners through chat, calls and shared files.",
          de: "Innerhalb unseres Teams und mit unseren Partnern über Chat, Anrufe und geteilte Dateien schnell zusammenzuarbeiten.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.content.private",
        details: {
          en: "messages, files and other content shared in our workspace",
          de: "Nachrichten, Dateien und sonstige Inhalte, die in unserem Arbeitsbereich geteilt werden",
        },
        collected: "content",
      },
      {
        category: "user.telemetry",
        details: {
          en: "how the service is used, with IP address, browser and device, as Slack records it",
          de: "wie der Dienst genutzt wird, mit IP-Adresse, Browser und Gerät, wie Slack es aufzeichnet",
        },
      },
    ],
    subjects: ["employee", "contact_person"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Slack Technologies, LLC",
      mechanism: "A46-2-c",
      note: {
        en: "Slack Technologies, LLC works for Slack Technologies Limited as a subprocessor. Slack's data processing addendum contains the EU standard contractual clauses.",
        de: "Die Slack Technologies, LLC ist für die Slack Technologies Limited als Unterauftragsverarbeiterin tätig. Slacks Vertrag zur Auftragsverarbeitung enthält die Standardvertragsklauseln der EU.",
      },
      checked: "2026-12-06",
    },
    ...(["AU", "CA", "IN", "JP", "KR"] as const).map((country) => ({
      country,
      recipient: {
        en: "recipients there whom Slack's privacy policy does not name",
        de: "Empfänger dort, die Slacks Datenschutzerklärung nicht benennt",
      },
      mechanism: "A46-2-c" as const,
      note: {
        en: "Slack's privacy policy names this country among those it transfers data to on the basis of the EU standard contractual clauses.",
        de: "Die Datenschutzerklärung von Slack nennt dieses Land unter denen, in die Slack Daten auf Grundlage der Standardvertragsklauseln der EU übermittelt.",
      },
      checked: "2026-12-06",
    })),
  ],
  retention: {
    criteria: {
      en: "Messages and files are kept as long as the retention settings of our workspace provide, or until we delete them; Slack keeps the account and usage data it collects itself as long as it needs them to provide the service, and afterwards as far as needed for audits, legal obligations and disputes.",
      de: "Nachrichten und Dateien werden so lange aufbewahrt, wie es die Aufbewahrungseinstellungen unseres Arbeitsbereichs vorsehen oder bis wir sie löschen; die Konto- und Nutzungsdaten, die Slack selbst erhebt, bewahrt Slack so lange auf, wie es sie für den Dienst benötigt, danach soweit für Prüfungen, rechtliche Pflichten und Streitfälle erforderlich.",
    },
  },
  deletion: {
    en: "To have messages or files removed from our workspace, ask us. For the account and usage data Slack processes as a controller, you can also contact Slack at privacy@slack.com.",
    de: "Wenn Nachrichten oder Dateien aus unserem Arbeitsbereich entfernt werden sollen, wenden Sie sich an uns. Wegen der Konto- und Nutzungsdaten, die Slack als Verantwortlicher verarbeitet, können Sie sich auch an Slack unter privacy@slack.com wenden.",
  },
  deviceAccess: [],
  sources: [
    // Slack Privacy Policy (effective 5 July 2023), as archived by ToS;DR: entities, roles, data, transfers, retention.
    {
      url: PRIVACY_POLICY,
      facts: ["entity", "parent", "role", "urls", "transfers", "activities", "retention", "deletion"],
      checked: "2026-12-06",
      updated: "2023-07-05",
    },
    // Slack Terms of Service page (last updated 25 April 2023), as archived by ToS;DR: the customer terms are
    // Salesforce's Main Services Agreement with the Slack Supplemental Terms.
    { url: TERMS, facts: ["urls"], checked: "2026-12-06", updated: "2023-04-25" },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
