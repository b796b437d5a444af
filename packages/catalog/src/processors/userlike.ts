import type { Processor } from "@policy/core";

/**
 * Userlike: live chat and messaging software from Cologne; a website puts Userlike's chat widget on its pages and its
 * team answers in Userlike's message centre.
 *
 * Read (2026-12-06), stored copies of Userlike's own pages:
 * - "Terms, Privacy Policy and Data Processing" (userlike.com/en/terms, no date shown): the terms cover the services
 *   "of Userlike UG (limited liability), Probsteigasse 44-46, 50670 Cologne, Germany" to customers who are not
 *   consumers. (An older German copy at userlike.com/de/privacy_policy gives Aachener Strasse 55, 50674 Köln; the
 *   current English terms are followed.)
 * - FAQ "How should we proceed if our end customers want to exercise their GDPR rights?" (faq.userlike.com): "As your
 *   processor, Userlike is not authorized to provide information directly to your end users"; Userlike forwards such
 *   requests to the customer, who can find, export, correct or delete the data in the Message Center.
 * - FAQ "Is Userlike GDPR compliant?" (faq.userlike.com): personal chat data "is processed in Germany (locations:
 *   Falkenstein, Nuremberg) by our service provider Hetzner Online GmbH"; the content delivery network provider AWS
 *   processes IP address, browser, operating system, timestamp and encryption details, deleted after 24 hours;
 *   transcripts are deleted at the latest when the account is deleted, and the customer can have them deleted
 *   automatically after a period it sets.
 * - FAQ "How does Userlike handle personal data?" (faq.userlike.com): automatic deletion of transcripts after 1 to 36
 *   months; the widget is delivered through AWS CloudFront, a worldwide network.
 * - FAQ "Does Userlike use cookies and if yes, what for?" (faq.userlike.com, and the same article on Userlike's Help
 *   Scout help centre): the Messenger creates one cookie, uslk_umm_{organization-id}_s, "on your domain", holding the
 *   widget state and, once the chat is used, the contact's ID, token, blocked flag, and name and e-mail if given; a
 *   local-storage entry of the same name holds the same and the number of page views and visits; the customer can set
 *   the cookie's expiry in the widget editor. An older version of the article (Help Scout) named two cookies, uslk_s
 *   (session) and uslk_e, "stored for one year" by default.
 *
 * Our classification: Userlike calls the cookie technically essential; we ask for consent, as for other chat widgets
 * in this catalog, because it is set as soon as the widget loads, before the visitor chooses to chat (Userlike itself
 * suggests loading its script only after consent for those who disagree with its view).
 *
 * Left out, and why:
 * - transfers: none listed. Userlike names no processing outside the EU; the CDN (AWS CloudFront) is a worldwide network
 *   and Userlike names neither the AWS company nor a transfer mechanism.
 * - The local-storage entry: Userlike gives it no lifetime, which the catalog cannot express.
 * - Userlike's data processing agreement and sub-processor list: not found in a stored copy.
 * - domains: Userlike's pages we read do not name the hosts its widget loads from.
 */
export const userlike: Processor = {
  id: "userlike",
  name: "Userlike",
  aliases: ["Userlike Chat", "Userlike Messenger"],
  categories: ["chat", "support"],
  entity: {
    name: "Userlike UG (haftungsbeschränkt)",
    article: "die",
    address: { street: "Probsteigasse 44-46", postalCode: "50670", city: "Köln", country: "DE" },
    url: "https://www.userlike.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.userlike.com/",
    privacyPolicy: "https://www.userlike.com/en/terms",
  },
  description: {
    en: "Userlike adds a chat window to a website; visitors' messages reach the site's team in Userlike's message centre, together with messages from other channels.",
    de: "Userlike fügt einer Website ein Chatfenster hinzu; die Nachrichten der Besucher erreichen das Team der Seite im Message Center von Userlike, zusammen mit Nachrichten aus anderen Kanälen.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.operations.support",
        legalBasis: "A6-1-a",
        description: {
          en: "To let you chat with us and to answer your messages.",
          de: "Damit Sie mit uns chatten können und wir Ihre Nachrichten beantworten können.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      "user.device.ip_address",
      {
        category: "user.device.cookie_id",
        details: {
          en: "a contact ID and access token in a cookie and in the browser's local storage, so the chat continues on later visits",
          de: "eine Kontaktkennung und ein Zugangstoken in einem Cookie und im lokalen Speicher des Browsers, damit der Chat bei späteren Besuchen weitergeht",
        },
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser, operating system, time of access, and the number of page views and visits",
          de: "Browser, Betriebssystem, Zeitpunkt des Zugriffs sowie die Zahl der Seitenaufrufe und Besuche",
        },
      },
      {
        category: "user.content.private",
        details: { en: "your messages and any files you send", de: "Ihre Nachrichten und Dateien, die Sie senden" },
      },
    ],
    subjects: ["website_visitor", "contact_person"],
  },
  domains: [],
  transfers: [],
  retention: {
    criteria: {
      en: "Chat transcripts are kept until we delete them, or automatically after a period we set (between 1 and 36 months), and at the latest when our Userlike account is deleted. Connection data that Userlike's content delivery network receives is deleted after 24 hours.",
      de: "Chatverläufe bleiben gespeichert, bis wir sie löschen oder sie nach einem von uns festgelegten Zeitraum (zwischen 1 und 36 Monaten) automatisch gelöscht werden, spätestens mit der Löschung unseres Userlike-Kontos. Verbindungsdaten, die das Content Delivery Network von Userlike erhält, werden nach 24 Stunden gelöscht.",
    },
  },
  deletion: {
    en: "Ask us: we can look up, export, correct or delete your conversations and contact details in Userlike. Userlike does not answer such requests itself but passes them on to us.",
    de: "Wenden Sie sich an uns: Wir können Ihre Unterhaltungen und Kontaktdaten in Userlike heraussuchen, exportieren, berichtigen oder löschen. Userlike beantwortet solche Anfragen nicht selbst, sondern leitet sie an uns weiter.",
  },
  deviceAccess: [
    {
      name: "uslk_umm_*_s",
      technology: "cookie",
      purpose: {
        en: "Keeps the state of the chat window and, once you have chatted, your contact ID so the conversation continues on later visits.",
        de: "Speichert den Zustand des Chatfensters und, sobald Sie gechattet haben, Ihre Kontaktkennung, damit das Gespräch bei späteren Besuchen weitergeht.",
      },
      duration: "P1Y",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    // Userlike's terms (stored copy of userlike.com/en/terms): the company and its address.
    { url: "https://www.userlike.com/en/terms", facts: ["entity", "urls"], checked: "2026-12-06" },
    // Userlike FAQ on GDPR rights (stored copy): Userlike as processor; requests forwarded to the customer.
    {
      url: "https://faq.userlike.com/all-documents/how-should-we-proceed-if-our-end-customers-want-to-exercise-their-gdpr-rights",
      facts: ["role", "deletion"],
      checked: "2026-12-06",
    },
    // Userlike FAQ "Is Userlike GDPR compliant?" (stored copy): Hetzner in Germany, the CDN's data, deletion of transcripts.
    {
      url: "https://faq.userlike.com/all-documents/is-userlike-gdpr-compliant",
      facts: ["transfers", "activities", "retention"],
      checked: "2026-12-06",
    },
    // Userlike FAQ on personal data and storage (stored copy): automatic deletion after 1 to 36 months.
    {
      url: "https://faq.userlike.com/all-documents/how-does-userlike-handle-personal-data-where-are-these-stored-and-how-are-they-secured",
      facts: ["retention", "deletion"],
      checked: "2026-12-06",
    },
    // Userlike FAQ on cookies (stored copy): the Messenger's cookie and local-storage entry.
    {
      url: "https://faq.userlike.com/all-documents/does-userlike-use-cookies-and-if-yes-what-for",
      facts: ["activities", "device-access"],
      checked: "2026-12-06",
    },
    // The older version of the cookie article on Userlike's Help Scout help centre (stored copy): one year by default.
    { url: "https://userlike-en.helpscoutdocs.com/article/307-userlike-use-of-cookies", facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "Userlike's FAQ on personal data says the widget is delivered through AWS CloudFront, a worldwide network of servers, and that AWS Route 53 processes IP addresses; it names no AWS company, location or ground.",
    },
    {
      fact: "deviceAccess[0].duration",
      note: "Userlike's current cookie article says only that the customer sets the cookie's expiry in the widget editor; one year is the default an older version of the article gave for its then cookies (uslk_e).",
    },
  ],
  disagreements: [],
};
