import type { Processor } from "@policy/core";

const PRIVACY_STATEMENT = "https://github.com/tosdr/tosdr-versions/blob/365cd6b34d5e615c24c5ea0f6faee81643cdaa88/Netlify/Privacy%20Policy.md";
const TERMS = "https://github.com/tosdr/tosdr-versions/blob/1d31314903e11c89c15bcd75de27c3160f8d3150/Netlify/Terms%20of%20Service.md";
const checked = "2026-12-06";

/**
 * Netlify: a platform that builds websites from a Git repository and hosts them on its global network, for a website
 * operator in the EU on a self-serve plan.
 *
 * Read (2026-12-06):
 * - Netlify Privacy Statement, "Last updated: February 13, 2024", in full, as ToS;DR archived it (tosdr-versions,
 *   Netlify/Privacy Policy.md, commit 365cd6b3). It says:
 *   - entity: the statement "applies to Netlify, Inc. and/or its affiliated entities" when they act as controller;
 *     contact "Netlify, Inc., 512 2nd Street, Fl 2, San Francisco, CA 94107", privacy@netlify.com; affiliates listed
 *     are Stackbit, Inc., Gatsby, Inc., Netlify Canada Limited, Netlify EMEA Limited and Netlify UK Limited (section 16).
 *   - role: it does not apply "to data we process as a service provider or data processor on behalf of our enterprise
 *     customers", which the Data Processing Agreement governs; section 8(iii): Personal Data submitted by or for a
 *     customer to the Netlify Services is processed "as a processor on behalf of our customer (and its affiliates) who
 *     is the controller"; requests made to Netlify about such data are referred to the customer, whom Netlify supports.
 *   - transfers: data may be processed outside the country of collection, also where no adequacy decision exists, with
 *     the standard contractual clauses of Decision 2021/914 among other mechanisms; "Netlify, Inc. and Jamstack
 *     Innovation Fund comply with the EU-U.S. Data Privacy Framework (EU-U.S. DPF), the UK Extension to the EU-U.S.
 *     DPF, and the Swiss-U.S. Data Privacy Framework" and have certified so (section 13).
 * - Netlify Self-Serve Subscription Agreement, "Last Updated: March 6, 2024" (tosdr-versions, Netlify/Terms of
 *   Service.md, commit 1d313149): governs the use of Netlify's services "to build, deploy, host, and manage web
 *   projects"; "Customer Content" includes "any data transmitted and processed through Customer's account on the
 *   Netlify Services" (1.4); Netlify processes it "only as described in this Agreement and in the Data Processing
 *   Agreement" (7.2), which is incorporated where applicable (7.4, netlify.com/v3/static/pdf/netlify-dpa.pdf); notices
 *   go to Netlify Legal at a San Francisco PO box; California law applies. The agreement calls the provider "Netlify"
 *   without naming the company.
 *
 * Left out, and why:
 * - The contracting company is not named in the self-serve agreement, and the DPA (a PDF) was not stored: the entity is
 *   Netlify, Inc., as the privacy statement names it, marked unconfirmed. Netlify EMEA Limited is an affiliate; no
 *   document read says it contracts with EU customers or acts as Netlify's EU representative, so no representative is
 *   listed.
 * - Retention and the sub-processor list: in the DPA, not read; the privacy statement's retention rules cover only what
 *   Netlify controls.
 * - Cookies and domains: Netlify documents none for plain hosting of a customer's site; its analytics and other add-ons
 *   were not read. A Netlify site runs on the operator's own domain.
 * - The DPF List entry: not stored; the certification is as the privacy statement states it.
 */
export const netlify: Processor = {
  id: "netlify",
  name: "Netlify",
  aliases: ["Netlify, Inc."],
  categories: ["hosting", "cdn"],
  entity: {
    name: "Netlify, Inc.",
    address: { street: "512 2nd Street, Fl 2", postalCode: "94107", city: "San Francisco", region: "CA", country: "US" },
    email: "privacy@netlify.com",
    url: "https://www.netlify.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.netlify.com/",
    privacyPolicy: "https://www.netlify.com/privacy/",
    dpa: "https://www.netlify.com/v3/static/pdf/netlify-dpa.pdf",
  },
  description: {
    en: "Netlify, a US company, builds websites from their source code and hosts and delivers them through its global network.",
    de: "Netlify, ein US-Unternehmen, erstellt Websites aus ihrem Quellcode und hostet sie und liefert sie über sein weltweites Netz aus.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Delivering our website quickly and reliably from a hosting platform with servers around the world.",
          de: "Unsere Website schnell und zuverlässig von einer Hosting-Plattform mit Servern in aller Welt auszuliefern.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "part of the data that passes through Netlify when your browser loads our pages",
          de: "Teil der Daten, die über Netlify laufen, wenn Ihr Browser unsere Seiten lädt",
        },
        collected: "automatic",
      },
      {
        category: "user.content",
        details: {
          en: "what you send through our website, which passes through Netlify on our behalf",
          de: "was Sie über unsere Website senden und in unserem Auftrag über Netlify läuft",
        },
        collected: "provided",
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Netlify, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: PRIVACY_STATEMENT,
        checked,
      },
      note: {
        en: "Netlify, Inc. is based in the United States and states that it is certified under the EU-US Data Privacy Framework, its UK Extension and the Swiss-US framework. For transfers to other countries without an adequacy decision Netlify relies on the EU standard contractual clauses, among other safeguards.",
        de: "Netlify, Inc. hat seinen Sitz in den USA und erklärt, nach dem EU-US-Datenschutzrahmen, dessen Erweiterung für das Vereinigte Königreich und dem Schweiz-US-Rahmen zertifiziert zu sein. Für Übermittlungen in andere Länder ohne Angemessenheitsbeschluss stützt sich Netlify unter anderem auf die Standardvertragsklauseln der EU.",
      },
      checked,
    },
  ],
  deletion: {
    en: "Ask us, not Netlify, about your data: Netlify processes it on our behalf, refers requests it receives to us and helps us answer them.",
    de: "Wenden Sie sich wegen Ihrer Daten an uns, nicht an Netlify: Netlify verarbeitet sie in unserem Auftrag, leitet Anfragen, die es erhält, an uns weiter und unterstützt uns bei der Antwort.",
  },
  deviceAccess: [],
  sources: [
    // Netlify Privacy Statement, last updated 13 February 2024, as archived by ToS;DR.
    {
      url: PRIVACY_STATEMENT,
      facts: ["entity", "role", "urls", "transfers", "deletion"],
      checked,
      updated: "2024-02-13",
    },
    // Netlify Self-Serve Subscription Agreement, last updated 6 March 2024, as archived by ToS;DR.
    { url: TERMS, facts: ["role", "urls", "activities"], checked, updated: "2024-03-06" },
  ],
  checked,
  unconfirmed: [
    {
      fact: "entity",
      note: 'Netlify\'s self-serve subscription agreement calls the provider only "Netlify"; the privacy statement names Netlify, Inc. (San Francisco) and lists Netlify EMEA Limited among its affiliates. The DPA, which would name the processor, is a PDF that was not stored.',
    },
  ],
  disagreements: [],
};
