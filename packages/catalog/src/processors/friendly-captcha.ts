import type { Processor } from "@policy/core";

const DOCS = "https://github.com/FriendlyCaptcha/friendly-docs/blob";

/**
 * Friendly Captcha: a bot and spam protection for web forms from Germany, in which the visitor's browser solves a
 * cryptographic puzzle in the background instead of the visitor picking images.
 *
 * Read (2026-12-06):
 * - "Data Privacy Information for Friendly Captcha (Bot and Spam Protection)", the notice Friendly Captcha publishes
 *   for website operators to use (friendlycaptcha.com/privacy/user-protection/, stored copy, opening part): the
 *   service is "provided by Friendly Captcha GmbH, Am Anger 3-5, 82237 Woerthsee, Germany"; "Friendly Captcha GmbH
 *   acts as our processor"; the visitor's device connects to Friendly Captcha's servers in the protected area, the
 *   browser solves a puzzle whose difficulty depends on risk factors, and sends connection, environment, interaction
 *   and functional data, from which Friendly Captcha judges how likely the visitor is a bot and tells the site. The
 *   notice's later sections (the data in detail, storage periods) were not in the stored copy.
 * - Privacy Policy for End Users (friendlycaptcha.com/legal/privacy-end-users/, stored copy, opening part): "Friendly
 *   Captcha acts as a data processor when providing protection features. The Service User, as the data controller,
 *   is responsible for complying with the privacy obligations for its website."
 * - The German version of that policy (friendlycaptcha.com/de/legal/privacy-end-users, stored copy, opening part, an
 *   earlier text): for each puzzle request the request headers User-Agent, Origin and Referer, the puzzle with the
 *   account and site key, the widget version and a timestamp are logged; the copy breaks off at an anonymised value
 *   that is stored.
 * - Friendly Captcha's developer documentation (FriendlyCaptcha/friendly-docs on GitHub, the source of
 *   developer.friendlycaptcha.com, commit 6a62b2a8 of 9 July 2026): the service does not rely on user tracking or
 *   cookies (introduction, changed 8 January 2026); a CSP needs frame-src https://*.frcapi.com (guides/csp.md, changed
 *   9 July 2026); by default the widget talks to a global service "served from all over the world", so that "this
 *   request may be served from outside the EU", and a dedicated endpoint hosted in Germany (eu.frcapi.com) is a paid
 *   option (guides/eu-endpoint.md, changed 30 September 2024); the widget scripts load from cdn.jsdelivr.net unless
 *   self-hosted (getting-started/install.md; see the jsdelivr entry).
 *
 * Left out, and why: transfers (the documentation says the global endpoint may answer from outside the EU, but no
 * document read names where or the safeguard; the data details below say so in words); retention (in the parts of the
 * notice not read); the DPA's address (not read).
 */
export const friendlyCaptcha: Processor = {
  id: "friendly-captcha",
  name: "Friendly Captcha",
  aliases: ["FriendlyCaptcha", "Friendly Captcha GmbH"],
  categories: ["bot-protection"],
  entity: {
    name: "Friendly Captcha GmbH",
    address: { street: "Am Anger 3-5", postalCode: "82237", city: "Woerthsee", country: "DE" },
    url: "https://friendlycaptcha.com/",
  },
  role: "processor",
  urls: {
    website: "https://friendlycaptcha.com/",
    privacyPolicy: "https://friendlycaptcha.com/legal/privacy-end-users/",
  },
  description: {
    en: "Friendly Captcha protects web forms from bots and spam: the visitor's browser solves a small computing puzzle in the background, without image tasks, and the service assesses the risk that a script is at work.",
    de: "Friendly Captcha schützt Webformulare vor Bots und Spam: Der Browser der Besucher löst im Hintergrund eine kleine Rechenaufgabe, ganz ohne Bilderrätsel, und der Dienst schätzt das Risiko ein, dass ein Skript am Werk ist.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.security",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Keeping spam and automated abuse out of our forms without tracking our visitors.",
          de: "Spam und automatisierten Missbrauch von unseren Formularen fernzuhalten, ohne unsere Besucher zu verfolgen.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "sent with each request to Friendly Captcha's servers; unless we use its endpoint in Germany, the request may be answered by a server outside the EU",
          de: "wird mit jeder Anfrage an die Server von Friendly Captcha übermittelt; sofern wir nicht dessen Endpunkt in Deutschland nutzen, kann die Anfrage von einem Server außerhalb der EU beantwortet werden",
        },
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser and device information (user agent), the widget version, the puzzle and its solution, the time of the request, and the connection, environment, interaction and functional data the browser sends for the risk assessment",
          de: "Angaben zu Browser und Gerät (User-Agent), die Version des Widgets, die Aufgabe und ihre Lösung, der Zeitpunkt der Anfrage sowie die Verbindungs-, Umgebungs-, Interaktions- und Funktionsdaten, die der Browser für die Risikobewertung übermittelt",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: { en: "the page with the form (origin and referer)", de: "die Seite mit dem Formular (Origin und Referer)" },
        collected: "automatic",
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["*.frcapi.com"],
  transfers: [],
  deletion: {
    en: "Friendly Captcha processes this data on our behalf, so please ask us to delete it.",
    de: "Friendly Captcha verarbeitet diese Daten in unserem Auftrag; wenden Sie sich zur Löschung daher bitte an uns.",
  },
  deviceAccess: [],
  sources: [
    // Friendly Captcha's data privacy notice for website operators (stored copy, English, opening part).
    { url: "https://friendlycaptcha.com/privacy/user-protection/", facts: ["entity", "role", "activities"], checked: "2026-12-06" },
    // Privacy Policy for End Users (stored copy, English, opening part).
    { url: "https://friendlycaptcha.com/legal/privacy-end-users/", facts: ["role", "urls", "deletion"], checked: "2026-12-06" },
    // Datenschutzbestimmungen für Endnutzer (stored copy, German, opening part): the data logged per puzzle request.
    { url: "https://friendlycaptcha.com/de/legal/privacy-end-users", facts: ["activities"], checked: "2026-12-06" },
    // Developer documentation, introduction: no tracking, no cookies.
    { url: `${DOCS}/72569931faf0bb3ceea744ab145ba353f1b1d487/docs/introduction/index.md`, facts: ["device-access", "urls"], checked: "2026-12-06" },
    // Developer documentation, Content Security Policy guide: the hosts the widget frames.
    { url: `${DOCS}/8b283e3abc6b2f95a3ba7207e371053fe446557b/docs/guides/csp.md`, facts: ["domains"], checked: "2026-12-06" },
    // Developer documentation, dedicated EU endpoint: the global endpoint may answer from outside the EU.
    { url: `${DOCS}/1a2ca76bdbb3bf18e58e825b0b5e727e878bf26f/docs/guides/eu-endpoint.md`, facts: ["domains", "activities"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "Friendly Captcha's developer docs (guides/eu-endpoint.md) say the default global endpoint (global.frcapi.com) is served from all over the world, so a request may be answered outside the EU; only the paid EU endpoint keeps the requests in the EU. No document read names the countries or the ground.",
    },
  ],
  disagreements: [],
};
