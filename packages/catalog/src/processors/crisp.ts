import type { Processor } from "@policy/core";

/**
 * Crisp: live chat widget and shared inbox, by a French company.
 *
 * Read (stored copies): Crisp's Terms of Use (https://crisp.chat/en/terms/, last updated 17 September 2021: the
 * features are offered by Crisp IM, "registered office at 2 boulevard de Launay in Nantes (44100)"); the help article
 * "Crisp EU GDPR compliance status" (current version: "Crisp is operated by Crisp IM SAS, a French company"; messaging
 * data stored in the Netherlands, plugin data in Germany, on DigitalOcean servers; relay servers outside the EU, in the
 * United States, the United Kingdom and Singapore, keep connection logs only: IP address, connection date, user agent
 * and source website); Crisp's privacy statement (last updated 17 September 2021: "We do not transfer user data
 * outside of the EU", written before the relay servers were described); the chatbox cookie and IP policy; the Web SDK
 * cookie-policies guide (the cookie is set on the website's base domain); the help article on deleting conversations.
 * Crisp's DPA, which lists its processors, is available only inside the Crisp app and was not read.
 *
 * Re-checked 2026-12-06:
 * - Entity: no change (Crisp IM SAS, 2 Boulevard de Launay, 44100 Nantes), now sourced from Crisp's terms and help
 *   article instead of the datenanfragen record. The terms of 2021 call the company a "société à responsabilité
 *   limitée"; Crisp's newer pages say SAS. Phone and e-mail came only from the datenanfragen record and were dropped.
 * - Role: processor, no change.
 * - Transfers: added (the entry listed none). The relay servers receive connection logs in the United States, the
 *   United Kingdom and Singapore; the recipient is Crisp IM SAS's own relay infrastructure (the hosting provider of the
 *   relays is not named). United Kingdom: the Commission's adequacy decision. United States and Singapore: no Crisp
 *   page we read names a ground; the mechanism is a placeholder, listed in `unconfirmed`, and the transfers carry no
 *   checked date.
 * - Device access: no change (first party, 6 months by default, renewed on return; consent kept as our ground although
 *   Crisp says the cookie needs none, because it is set as soon as the chatbox loads).
 * - Retention and deletion: no change.
 */
export const crisp: Processor = {
  id: "crisp",
  name: "Crisp",
  aliases: ["Crisp Chat", "Crisp IM"],
  categories: ["chat"],
  entity: {
    name: "Crisp IM SAS",
    address: { street: "2 Boulevard de Launay", postalCode: "44100", city: "Nantes", country: "FR" },
    url: "https://crisp.chat/",
  },
  role: "processor",
  urls: {
    website: "https://crisp.chat/",
    privacyPolicy: "https://crisp.chat/en/privacy/",
  },
  description: {
    en: "Crisp puts a chat box on a website; the messages reach the site's team in a shared inbox, together with e-mail and other channels.",
    de: "Crisp bindet ein Chatfenster in eine Website ein; die Nachrichten gehen zusammen mit E-Mails und anderen Kanälen in einem gemeinsamen Postfach beim Team der Seite ein.",
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
      // What you provide
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      // What is collected automatically
      "user.device.ip_address",
      {
        category: "user.device.cookie_id",
        details: {
          en: "a session ID in a cookie that links you to your chat",
          de: "eine Sitzungskennung in einem Cookie, die Sie mit Ihrem Chat verknüpft",
        },
      },
      {
        category: "user.telemetry",
        details: {
          en: "time of connection, browser (user agent) and the website you chat from",
          de: "Zeitpunkt der Verbindung, Browser (User-Agent) und die Website, von der aus Sie chatten",
        },
      },
      // Content
      {
        category: "user.content.private",
        details: { en: "your messages and any files you send", de: "Ihre Nachrichten und Dateien, die Sie senden" },
      },
    ],
    subjects: ["website_visitor", "contact_person"],
  },
  domains: [
    "client.crisp.chat",
    "client.relay.crisp.chat",
    "image.crisp.chat",
    "storage.crisp.chat",
    "assets.crisp.chat",
    "stream.relay.crisp.chat",
    "client.relay.rescue.crisp.chat",
  ],
  transfers: [
    {
      country: "US",
      recipient: { en: "Crisp IM SAS's relay servers there", de: "die dortigen Relay-Server von Crisp IM SAS" },
      mechanism: "A46-2-c",
      note: {
        en: "Crisp's relay servers outside the EU, which shorten connection times for distant visitors, keep only connection logs (IP address, time of connection, browser and source website); the conversations themselves are stored in the Netherlands and Germany.",
        de: "Die Relay-Server von Crisp außerhalb der EU, die die Verbindung für weit entfernte Besucher beschleunigen, speichern nur Verbindungsprotokolle (IP-Adresse, Zeitpunkt der Verbindung, Browser und Ursprungswebsite); die Unterhaltungen selbst werden in den Niederlanden und in Deutschland gespeichert.",
      },
    },
    {
      country: "GB",
      recipient: { en: "Crisp IM SAS's relay servers there", de: "die dortigen Relay-Server von Crisp IM SAS" },
      mechanism: "A45-3",
      note: {
        en: "Crisp's relay servers outside the EU, which shorten connection times for distant visitors, keep only connection logs (IP address, time of connection, browser and source website); the conversations themselves are stored in the Netherlands and Germany.",
        de: "Die Relay-Server von Crisp außerhalb der EU, die die Verbindung für weit entfernte Besucher beschleunigen, speichern nur Verbindungsprotokolle (IP-Adresse, Zeitpunkt der Verbindung, Browser und Ursprungswebsite); die Unterhaltungen selbst werden in den Niederlanden und in Deutschland gespeichert.",
      },
      checked: "2026-12-06",
    },
    {
      country: "SG",
      recipient: { en: "Crisp IM SAS's relay servers there", de: "die dortigen Relay-Server von Crisp IM SAS" },
      mechanism: "A46-2-c",
      note: {
        en: "Crisp's relay servers outside the EU, which shorten connection times for distant visitors, keep only connection logs (IP address, time of connection, browser and source website); the conversations themselves are stored in the Netherlands and Germany.",
        de: "Die Relay-Server von Crisp außerhalb der EU, die die Verbindung für weit entfernte Besucher beschleunigen, speichern nur Verbindungsprotokolle (IP-Adresse, Zeitpunkt der Verbindung, Browser und Ursprungswebsite); die Unterhaltungen selbst werden in den Niederlanden und in Deutschland gespeichert.",
      },
    },
  ],
  retention: {
    criteria: {
      en: "A chat session without messages is deleted 30 minutes after your last page view; one with messages stays until the website operator deletes it. If you started a chat, Crisp keeps your IP address with no set end date, and in any case for at least a year as French law requires.",
      de: "Eine Chat-Sitzung ohne Nachrichten wird 30 Minuten nach Ihrem letzten Seitenaufruf gelöscht; eine Sitzung mit Nachrichten bleibt, bis der Websitebetreiber sie löscht. Haben Sie einen Chat begonnen, speichert Crisp Ihre IP-Adresse ohne festes Enddatum, nach französischem Recht jedenfalls mindestens ein Jahr.",
    },
  },
  deletion: {
    en: "Ask us: we can delete your conversation and your contact entry in Crisp.",
    de: "Wenden Sie sich an uns: Wir können Ihre Unterhaltung und Ihren Kontakteintrag in Crisp löschen.",
  },
  deviceAccess: [
    {
      name: "crisp-client/*",
      technology: "cookie",
      purpose: {
        en: "Links your browser to its chat session so the conversation continues on other pages and on later visits.",
        de: "Verknüpft Ihren Browser mit seiner Chat-Sitzung, damit das Gespräch auf anderen Seiten und bei späteren Besuchen weitergeht.",
      },
      duration: "P6M",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    {
      url: "https://docs.crisp.chat/guides/others/whitelisting-our-systems/crisp-domain-names/",
      facts: ["domains"],
      checked: "2026-12-06",
      updated: "2024-12-23",
    },
    { url: "https://crisp.chat/en/terms/", facts: ["entity", "role", "urls"], checked: "2026-12-06", updated: "2021-09-17" },
    {
      url: "https://help.crisp.chat/en/article/crisp-eu-gdpr-compliance-status-nhv54c/",
      facts: ["entity", "role", "transfers", "activities"],
      checked: "2026-12-06",
    },
    { url: "https://crisp.chat/fr/privacy", facts: ["activities", "urls"], checked: "2026-12-06", updated: "2021-09-17" },
    {
      url: "https://help.crisp.chat/en/article/how-to-be-legally-compliant-to-your-customers-with-crisp-1ih9v85/",
      facts: ["activities", "device-access"],
      checked: "2026-12-06",
    },
    {
      url: "https://help.crisp.chat/en/article/crisp-chatbox-cookie-ip-policy-1147xor/",
      facts: ["retention", "device-access"],
      checked: "2026-12-06",
    },
    { url: "https://help.crisp.chat/en/article/how-can-i-delete-a-conversation-1g04h7j/", facts: ["deletion"], checked: "2026-12-06" },
    {
      url: "https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/cookie-policies/",
      facts: ["device-access"],
      checked: "2026-12-06",
      updated: "2021-09-21",
    },
    // The cookie's name pattern is from the Open Cookie Database; Crisp's own pages describe the cookie without naming it.
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers[0].mechanism",
      note: "Crisp's GDPR help article names relay servers in the United States but no ground for the transfer; Crisp's DPA (in-app only) was not read. Crisp IM SAS is a French company and cannot itself be certified under the Data Privacy Framework; the ground depends on the relay's hosting provider, which Crisp does not name.",
    },
    {
      fact: "transfers[2].mechanism",
      note: "Crisp's GDPR help article names relay servers in Singapore but no ground for the transfer; Crisp's DPA (in-app only) was not read. Singapore has no adequacy decision.",
    },
  ],
  disagreements: [],
};
