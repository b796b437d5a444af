import type { Processor } from "@policy/core";

/**
 * Crisp: live chat widget and shared inbox, by a French company.
 *
 * Entity and address from the datenanfragen record; Crisp's GDPR help page confirms Crisp IM SAS as the operator.
 * Data location: Crisp's privacy statement (last updated 17 September 2021) says user data does not leave the EU. Its
 * newer GDPR help article says data is stored in the Netherlands and Germany, but that relay servers in the United
 * States, the United Kingdom and Singapore keep connection logs (IP address, time, user agent, source website). We
 * follow the newer help article; since no Crisp page names a transfer mechanism for those logs, no transfer is stated
 * here (to be checked against Crisp's DPA, which is only available inside the Crisp app).
 * Cookies: Crisp says its chatbox cookies need no consent. The cookie is set as soon as the chatbox loads, before the
 * visitor asks for a chat, so we list it under consent.
 */
export const crisp: Processor = {
  id: "crisp",
  name: "Crisp",
  aliases: ["Crisp Chat", "Crisp IM"],
  categories: ["chat"],
  entity: {
    name: "Crisp IM SAS",
    address: { street: "2 Boulevard de Launay", postalCode: "44100", city: "Nantes", country: "FR" },
    email: "support@crisp.chat",
    phone: "+33 2 40 03 11 87",
    url: "https://crisp.chat",
  },
  role: "processor",
  urls: {
    website: "https://crisp.chat",
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
        details: { en: "a session ID in a cookie that links you to your chat", de: "eine Sitzungskennung in einem Cookie, die Sie mit Ihrem Chat verknüpft" },
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
  transfers: [],
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
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/crisp.json",
      facts: ["entity", "urls"],
    },
    { url: "https://help.crisp.chat/en/article/crisp-eu-gdpr-compliance-status-nhv54c/", facts: ["entity", "activities"] },
    { url: "https://crisp.chat/fr/privacy", facts: ["activities"] },
    { url: "https://help.crisp.chat/en/article/how-to-be-legally-compliant-to-your-customers-with-crisp-1ih9v85/", facts: ["activities", "device-access"] },
    { url: "https://help.crisp.chat/en/article/crisp-chatbox-cookie-ip-policy-1147xor/", facts: ["retention", "device-access"] },
    { url: "https://help.crisp.chat/en/article/how-can-i-delete-a-conversation-1g04h7j/", facts: ["deletion"] },
    { url: "https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/cookie-policies/", facts: ["device-access"] },
    // The cookie database also gives the address of Crisp's privacy policy.
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access", "urls"],
    },
  ],
  checked: "2026-11-29",
};
