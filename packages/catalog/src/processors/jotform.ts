import type { Processor } from "@policy/core";

const PRIVACY = "https://github.com/tosdr/tosdr-versions/blob/9c669ab5dad9dae328237c91c85b6cdb5e27fe62/Jotform/Privacy%20Policy.md";
const TERMS = "https://github.com/tosdr/tosdr-versions/blob/6c1e7637ad370a09a13b2b1be8c1e933bdca9255/Jotform/Terms%20of%20Service.md";

/**
 * Jotform: online form builder (contact forms, surveys, registrations, order forms), embedded in a website or linked
 * to; the answers are stored in the website operator's Jotform account.
 *
 * Read (2026-12-06):
 * - Jotform Terms of Use, "Revision June 14, 2024" (ToS;DR archive, commit 6c1e7637), read in full. Section 12.R
 *   "Contracting Entity": customers outside the listed Asia-Pacific, American and US countries contract with "Jotform
 *   Ltd, located at 3 Albert Mews, Albert Road, London, N4 3RD, UK, company number 12668839"; customers in the United
 *   States with "Jotform Inc., located at 4 Embarcadero Center, Suite 780, San Francisco, CA 94111, USA". Section 6:
 *   the customer is responsible for the data collected with its forms, Jotform may use it only to provide the platform,
 *   support and security, and "If you collect personal data in or from the EU or EU residents, you must use the EU Safe
 *   Forms feature".
 * - Jotform Privacy Policy, "Revision May 30, 2024" (ToS;DR archive, commit 9c669ab5; an older capture, 28c700c5, has
 *   the same revision date), read in full: services are provided by Jotform Inc. (US) "unless otherwise noted"; form
 *   responses are stored "on behalf of our Customers", who are responsible for them, "in some cases using third party
 *   server providers like Amazon Web Services or Google Cloud"; "Form data is stored on servers located in the United
 *   States. Our customers have the option to store their data in the EU."; the customer is the data "controller" of
 *   what its forms collect; "Jotform complies with the EU-U.S. Data Privacy Framework (EU-U.S. DPF) and the UK
 *   Extension to the EU-U.S. DPF, and the Swiss-U.S. Data Privacy Framework"; Prighter is named as representative in
 *   the EU, reached through a web form.
 * - Jotform's GDPR page (www.jotform.com/gdpr-compliance/, stored copy, no date): customers act as controller and
 *   Jotform as processor; the Data Processing Addendum incorporates the standard contractual clauses.
 * - Jotform's Data Transfer Impact Assessment (www.jotform.com/tia/, stored copy, opening part, no date): Jotform
 *   processes personal data as processor under its DPA with the SCCs; it "usually stores personal data associated with
 *   a customer account in the US, but where agreed upon with a customer, that data may be stored in the UK or EU".
 *
 * Left out, and why:
 * - EU representative: the privacy policy names "Prighter" without a legal entity or postal address; the address
 *   would have to come from Prighter's own pages, not Jotform's, so no representative is given.
 * - Cookies: Jotform's cookie policy was not among the stored copies and the Open Cookie Database has no Jotform
 *   entry; the only cookie statement found is a support-forum answer of 2017 about the jotform.com site itself. None
 *   are listed.
 * - Domains: no Jotform page we read names the hosts an embedded form loads from.
 * - Retention: the privacy policy's retention rules cover the account holder's own data, not form answers, which
 *   the customer keeps or deletes; so no retention period is given.
 * - DPA URL: the GDPR page links the DPA without the address showing in the stored copy.
 */
export const jotform: Processor = {
  id: "jotform",
  name: "Jotform",
  aliases: [],
  categories: ["forms"],
  entity: {
    name: "Jotform Ltd",
    address: { street: "3 Albert Mews, Albert Road", postalCode: "N4 3RD", city: "London", country: "GB" },
    url: "https://www.jotform.com/",
  },
  parent: {
    name: "Jotform Inc.",
    address: { street: "4 Embarcadero Center, Suite 780", postalCode: "94111", city: "San Francisco", region: "CA", country: "US" },
    url: "https://www.jotform.com/",
  },
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "storing and processing the answers to our forms for us",
        de: "die Speicherung und Verarbeitung der Antworten auf unsere Formulare für uns",
      },
    },
    {
      role: "controller",
      scope: {
        en: "its own analysis of form data to improve and develop its services",
        de: "die eigene Auswertung von Formulardaten zur Verbesserung und Entwicklung seiner Dienste",
      },
    },
  ],
  urls: {
    website: "https://www.jotform.com/",
    privacyPolicy: "https://www.jotform.com/privacy/",
  },
  description: {
    en: "Jotform is an online form builder: a website shows a Jotform form, and what visitors enter is stored in the website operator's Jotform account.",
    de: "Jotform ist ein Baukasten für Online-Formulare: Eine Website zeigt ein Jotform-Formular an, und was Besucher eintragen, wird im Jotform-Konto des Websitebetreibers gespeichert.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Receiving and handling what you send us through our online forms.",
          de: "Das, was Sie uns über unsere Online-Formulare senden, entgegenzunehmen und zu bearbeiten.",
        },
      },
    ],
    data: [
      {
        category: "user.content.private",
        details: { en: "your answers to the questions in the form", de: "Ihre Antworten auf die Fragen im Formular" },
        collected: "provided",
      },
      {
        category: "user.contact",
        details: {
          en: "name, e-mail address or other contact details, if the form asks for them",
          de: "Name, E-Mail-Adresse oder andere Kontaktdaten, wenn das Formular danach fragt",
        },
        collected: "provided",
      },
    ],
    subjects: ["website_visitor", "contact_person"],
  },
  domains: [],
  transfers: [
    // Terms of Use, section 12.R: the contracting entity for customers in Europe is Jotform Ltd in London (the lists of
    // countries served by the Australian, Canadian and US companies name no European country).
    {
      country: "GB",
      recipient: "Jotform Ltd",
      mechanism: "A45-3",
      note: {
        en: "Jotform Ltd in London is the company Jotform's customers in Europe contract with under its terms.",
        de: "Die Jotform Ltd in London ist nach den Bedingungen von Jotform das Unternehmen, mit dem Kunden in Europa ihren Vertrag schließen.",
      },
      checked: "2026-12-06",
    },
    // Privacy policy: form data is stored in the United States unless the customer chooses EU storage; Jotform's DPF
    // statement; the certification can only be Jotform Inc.'s, the group's US company.
    {
      country: "US",
      recipient: "Jotform Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: PRIVACY,
        checked: "2026-12-06",
      },
      note: {
        en: "Jotform stores form data on servers in the United States, also with Amazon Web Services and Google Cloud, unless the account stores its data in the EU (Jotform's EU Safe Forms, which its terms require for data collected in the EU). Jotform's data processing addendum also includes the EU standard contractual clauses.",
        de: "Jotform speichert Formulardaten auf Servern in den USA, auch bei Amazon Web Services und Google Cloud, sofern das Konto seine Daten nicht in der EU speichert (die „EU Safe Forms“ von Jotform, die nach seinen Bedingungen für in der EU erhobene Daten zu nutzen sind). Der Auftragsverarbeitungsvertrag von Jotform enthält zusätzlich die Standardvertragsklauseln der EU.",
      },
      checked: "2026-12-06",
    },
  ],
  deletion: {
    en: "Ask us: we can delete your answers from our Jotform account. Jotform itself sends people with questions about a form's data to the form's owner.",
    de: "Wenden Sie sich an uns: Wir können Ihre Antworten aus unserem Jotform-Konto löschen. Jotform selbst verweist bei Fragen zu den Daten eines Formulars an dessen Inhaber.",
  },
  deviceAccess: [],
  sources: [
    // Jotform Terms of Use, revision of 14 June 2024, as archived by ToS;DR.
    { url: TERMS, facts: ["entity", "parent", "role"], checked: "2026-12-06", updated: "2024-06-14" },
    // Jotform Privacy Policy, revision of 30 May 2024, as archived by ToS;DR.
    { url: PRIVACY, facts: ["parent", "role", "urls", "transfers", "activities", "deletion"], checked: "2026-12-06", updated: "2024-05-30" },
    // Jotform's GDPR page and Data Transfer Impact Assessment, read as stored copies of these addresses.
    { url: "https://www.jotform.com/gdpr-compliance/", facts: ["role", "transfers"], checked: "2026-12-06" },
    { url: "https://www.jotform.com/tia/", facts: ["role", "transfers"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "roles[1]",
      note: "Jotform's privacy policy (30 May 2024) says it analyses question and response data for service improvement, marketing, research and development, and may use form data and metadata for its internal purposes to create new services; its Terms of Use (section 6) limit its use of form data to providing the platform. No document read states the role for that analysis.",
    },
    {
      fact: "transfers",
      note: "Jotform's transfer impact assessment says data may be stored in any other country where its sub-processors allow; the sub-processor list was not read, so the list may not be complete.",
    },
  ],
  disagreements: [],
};
