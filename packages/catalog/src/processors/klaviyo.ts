import type { Processor } from "@policy/core";

const DPA = "https://github.com/tosdr/tosdr-versions/blob/016c92e75043b2bdfd6714122a2ac51ab6e92abd/Klaviyo/Privacy%20Policy.md";
const COOKIES_HELP = "https://help.klaviyo.com/hc/en-us/articles/360034666712";
const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Klaviyo: e-mail and SMS marketing for online shops, with sign-up forms and tracking of what subscribers do on the
 * shop's website, from Klaviyo, Inc. in Boston.
 *
 * Read (2026-12-06):
 * - Klaviyo Data Processing Agreement, "Updated October 11, 2023" (ToS;DR archive, tosdr/tosdr-versions, file
 *   "Klaviyo/Privacy Policy.md" at commit 016c92e7, which holds the DPA's text), in full: the customer "has entered
 *   into an agreement with Klaviyo, Inc."; § 3.1: "Klaviyo acts as 'processor' or 'sub-processor'"; § 4.4: Klaviyo may
 *   store and process the data wherever it or its sub-processors keep facilities; § 6.2: Klaviyo forwards data subject
 *   requests to the customer; § 9: deletion within 90 days after the agreement ends; § 11.1: SCCs (modules 2 and 3)
 *   "to the extent and for as long as Klaviyo cannot rely on the DPF"; § 11.2: "Klaviyo is self-certified under the DPF",
 *   defined as the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF, and data from the EEA, the UK or Switzerland is
 *   transferred on that basis; Schedule 1: data importer "Klaviyo, Inc., 125 Summer Street, Floor 6, Boston, MA, 02110,
 *   United States"; Schedule 4: encryption in transit and at rest as supplementary measures.
 * - Klaviyo-Dienstbedingungen, "Aktualisiert: 14. Oktober 2024" (stored copy of klaviyo.com/de/legal/terms-of-service,
 *   pages corpus, opening part): the agreement is between the customer and "Klaviyo, Inc." (a separate version exists
 *   only for customers in Australia).
 * - Klaviyo Privacy Notice, "Updated April 24, 2024" (stored copy of klaviyo.com/legal/privacy/privacy-notice, opening
 *   part): for data its customers collect about their end users ("Customer Data") Klaviyo "acts as a 'data processor'".
 * - Klaviyo Privacy FAQs, "April 15, 2024" (stored copy of klaviyo.com/legal/privacy-faqs): all customer data is stored
 *   in the United States (AWS us-east-1, Northern Virginia); retained until the agreement ends and deleted within 90
 *   days after; Klaviyo's employees in Australia and the United Kingdom "may need to access (but not store)" the data.
 * - Help centre, "About cookies in Klaviyo" (stored copies of help.klaviyo.com/hc/en-us/articles/360034666712, undated;
 *   the sentence on the tracking host is in the copy stored under a search link to the same article): with Klaviyo's
 *   JavaScript on, the __kla_id cookie identifies visitors by a generated ID, may hold identifying data for 24 hours by
 *   default, and lasts up to two years once a visitor is identified (seven days in Safari); the scripts come from
 *   static-tracking.klaviyo.com. An internal-guide version of the article says the onsite script uses first-party
 *   cookies.
 * - Help centre articles 115006054267 ("Klaviyo requires an unsubscribe link to be present in all emails") and
 *   115005078267 (an unsubscribed contact is set to Unsubscribed and can no longer be reached), stored copies.
 * - The Open Cookie Database (commit 0ee5a17f): __kla_id, 2 years, the same as Klaviyo's article.
 *
 * Left out, and why:
 * - Parent: none; Klaviyo, Inc. itself is the contracting entity and the US recipient.
 * - Representative (Art. 27): none named in the documents read.
 * - The UK and Australian group companies are not named in any document read, so the transfers name them in words. The
 *   mechanism for the access from Australia is stated nowhere; it is marked unconfirmed (the sub-processor list,
 *   klaviyo.com/legal/subprocessors, was not stored).
 * - Klaviyo's own cookie notice (ToS;DR archive, "Klaviyo/Trackers Policy.md") covers Klaviyo's own website, not the
 *   customer's, and is not used for the cookie.
 */
export const klaviyo: Processor = {
  id: "klaviyo",
  name: "Klaviyo",
  aliases: [],
  categories: ["newsletter"],
  entity: {
    name: "Klaviyo, Inc.",
    address: { street: "125 Summer Street, Floor 6", postalCode: "02110", city: "Boston", region: "MA", country: "US" },
    url: "https://www.klaviyo.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.klaviyo.com/",
    privacyPolicy: "https://www.klaviyo.com/legal/privacy/privacy-notice",
    dpa: "https://www.klaviyo.com/legal/data-processing-agreement",
  },
  description: {
    en: "Klaviyo is a US marketing platform for online shops: it keeps subscriber profiles, sends newsletters and automated e-mails, and records what subscribers do in those e-mails and on the shop's website.",
    de: "Klaviyo ist eine US-amerikanische Marketingplattform für Onlineshops: Sie führt Profile der Abonnenten, verschickt Newsletter und automatische E-Mails und erfasst, was Abonnenten in diesen E-Mails und auf der Website des Shops tun.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.communications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "To send you our newsletter and the e-mails you agreed to receive.",
          de: "Um Ihnen unseren Newsletter und die E-Mails zu schicken, denen Sie zugestimmt haben.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To learn which of our e-mails are opened, which links in them are clicked and what you then look at on our website.",
          de: "Um zu erfahren, welche unserer E-Mails geöffnet und welche Links darin angeklickt werden und was Sie sich danach auf unserer Website ansehen.",
        },
      },
    ],
    data: [
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.name",
        details: { en: "if the sign-up form asks for it", de: "wenn das Anmeldeformular danach fragt" },
        collected: "provided",
      },
      "user.device.ip_address",
      {
        category: "user.behavior",
        details: {
          en: "opens and clicks in our e-mails, and the pages and products you view on our website once Klaviyo can recognise you",
          de: "Öffnungen und Klicks in unseren E-Mails sowie die Seiten und Produkte, die Sie auf unserer Website ansehen, sobald Klaviyo Sie wiedererkennen kann",
        },
        collected: "usage",
      },
      {
        category: "user.device.cookie_id",
        details: { en: "the ID in the __kla_id cookie", de: "die Kennung im Cookie __kla_id" },
        collected: "usage",
      },
    ],
    subjects: ["newsletter_subscriber", "website_visitor"],
  },
  domains: ["static-tracking.klaviyo.com"],
  transfers: [
    {
      country: "US",
      recipient: "Klaviyo, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: DPA,
        checked: "2026-12-06",
      },
      note: {
        en: "Klaviyo stores all its customers' data in the United States. Its data processing agreement adds the EU standard contractual clauses for as long as it cannot rely on the Data Privacy Framework, and encryption in transit and at rest.",
        de: "Klaviyo speichert die Daten aller Kunden in den USA. Sein Auftragsverarbeitungsvertrag sieht zusätzlich die Standardvertragsklauseln der EU vor, solange es sich nicht auf den EU-US-Datenschutzrahmen stützen kann, sowie Verschlüsselung bei der Übertragung und bei der Speicherung.",
      },
      checked: "2026-12-06",
    },
    {
      country: "GB",
      recipient: {
        en: "Klaviyo's group company in the United Kingdom",
        de: "die Konzerngesellschaft von Klaviyo im Vereinigten Königreich",
      },
      mechanism: "A45-3",
      note: {
        en: "Klaviyo's staff in the United Kingdom may access the data to provide and support the service; it is not stored there.",
        de: "Mitarbeitende von Klaviyo im Vereinigten Königreich können für Betrieb und Support auf die Daten zugreifen; gespeichert werden sie dort nicht.",
      },
      checked: "2026-12-06",
    },
    {
      country: "AU",
      recipient: {
        en: "Klaviyo's group company in Australia",
        de: "die Konzerngesellschaft von Klaviyo in Australien",
      },
      mechanism: "A46-2-c",
      note: {
        en: "Klaviyo's staff in Australia may access the data to provide and support the service; it is not stored there.",
        de: "Mitarbeitende von Klaviyo in Australien können für Betrieb und Support auf die Daten zugreifen; gespeichert werden sie dort nicht.",
      },
    },
  ],
  retention: {
    criteria: {
      en: "Klaviyo keeps the data for as long as we use Klaviyo, unless we delete it sooner, and deletes it within 90 days after our contract with Klaviyo ends.",
      de: "Klaviyo speichert die Daten, solange wir Klaviyo nutzen, sofern wir sie nicht früher löschen, und löscht sie innerhalb von 90 Tagen nach dem Ende unseres Vertrags mit Klaviyo.",
    },
  },
  deletion: {
    en: "Every e-mail we send with Klaviyo contains an unsubscribe link; after you use it, you receive no more of our marketing e-mails. To have your data deleted, ask us; if you write to Klaviyo instead, Klaviyo passes your request on to us.",
    de: "Jede E-Mail, die wir mit Klaviyo versenden, enthält einen Abmeldelink; danach erhalten Sie keine Werbe-E-Mails mehr von uns. Für die Löschung Ihrer Daten wenden Sie sich an uns; schreiben Sie stattdessen an Klaviyo, leitet Klaviyo Ihre Anfrage an uns weiter.",
  },
  deviceAccess: [
    {
      name: "__kla_id",
      technology: "cookie",
      purpose: {
        en: "Recognises you with a generated ID, so that what you do on our website can be linked to your subscriber profile once you have signed up or followed a link in one of our e-mails.",
        de: "Erkennt Sie an einer erzeugten Kennung, damit Ihr Verhalten auf unserer Website Ihrem Abonnentenprofil zugeordnet werden kann, sobald Sie sich angemeldet haben oder einem Link in einer unserer E-Mails gefolgt sind.",
      },
      duration: "P2Y",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    // Data Processing Agreement, updated 11 October 2023, read in full in the ToS;DR archive (the file named "Privacy Policy" holds the DPA).
    { url: DPA, facts: ["entity", "role", "transfers", "retention", "deletion", "urls"], checked: "2026-12-06", updated: "2023-10-11" },
    // Terms of service in German, updated 14 October 2024: stored copy, opening part (contracting party).
    { url: "https://www.klaviyo.com/de/legal/terms-of-service", facts: ["entity"], checked: "2026-12-06", updated: "2024-10-14" },
    // Privacy notice, updated 24 April 2024: stored copy, opening part (processor for Customer Data).
    { url: "https://www.klaviyo.com/legal/privacy/privacy-notice", facts: ["role", "urls"], checked: "2026-12-06", updated: "2024-04-24" },
    // Privacy FAQs of 15 April 2024: stored copy (storage in the US, access from the UK and Australia, retention).
    { url: "https://www.klaviyo.com/legal/privacy-faqs", facts: ["transfers", "retention"], checked: "2026-12-06", updated: "2024-04-15" },
    // Help centre, "About cookies in Klaviyo": stored copies, undated (the cookie, its lifetime, the tracking host).
    { url: COOKIES_HELP, facts: ["device-access", "domains", "activities"], checked: "2026-12-06" },
    // Help centre: "Klaviyo requires an unsubscribe link to be present in all emails", stored copy, undated.
    { url: "https://help.klaviyo.com/hc/en-us/articles/115006054267", facts: ["deletion"], checked: "2026-12-06" },
    // Help centre: unsubscribed contacts can no longer be reached, stored copy, undated.
    { url: "https://help.klaviyo.com/hc/en-us/articles/115005078267", facts: ["deletion"], checked: "2026-12-06" },
    // Open Cookie Database: __kla_id, 2 years (agrees with Klaviyo).
    { url: OCD, facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers[2].mechanism",
      note: "Klaviyo's Privacy FAQs (15 April 2024) say its employees in Australia may access customer data; no document read says which safeguard covers that access. The DPA's standard contractual clauses cover transfers from the customer to Klaviyo, Inc.; its sub-processor list (klaviyo.com/legal/subprocessors) was not stored.",
    },
  ],
  disagreements: [],
};
