import type { Processor } from "@policy/core";

const PRIVACY_POLICY = "https://github.com/tosdr/tosdr-versions/blob/0c3f64a9a545ef8f7f808d6dc3500ba28446423e/Wistia/Privacy%20Policy.md";
const TERMS = "https://github.com/tosdr/tosdr-versions/blob/21a2a33fc21a7f75b8edc5964a851ae2bf1820f9/Wistia/Terms%20of%20Service.md";
const PRIVACY_MODE = "https://wistia.com/support/developers/player-privacy-mode";
const SUPPORT_PRIVACY = "https://support.wistia.com/en/articles/8264955-privacy-data-protection-and-security";
const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Wistia: video hosting for businesses, with an embeddable player that measures how each viewer watches.
 *
 * Read (2026-12-06):
 * - Wistia Privacy Policy, effective 10 October 2023 (archived by ToS;DR, tosdr-versions, commit 0c3f64a9), in full:
 *   "Wistia, Inc."; it covers people who view Media hosted by Wistia ("Users"); from the player it records viewing data
 *   (when a video is started and stopped, which and how many of a Customer's videos, how often), IP address, device,
 *   "cookie" information and the page requested; it infers the geographic location from the IP address; it uses the
 *   data for its own business purposes (improving and growing its services, understanding use) and gives Customers
 *   viewer-level data (which videos a particular user watched, from where, how often); all data is stored and
 *   processed in the United States; transfers from the EEA, Switzerland and the UK rest on the EU-U.S. DPF, the UK
 *   Extension and the Swiss-U.S. DPF, with the standard contractual clauses and the UK Addendum "where appropriate"
 *   (IV.F, XIV: Wistia "has certified to the U.S. Department of Commerce"); logs of unknown users of its websites are
 *   kept 30 days, other data by criteria (relationship with the Customer, business needs) (VI); requests at
 *   wistia.com/data-request or privacy@wistia.com, Data Protection Office, 120 Brookline Street, Cambridge,
 *   Massachusetts 02139; it speaks of collecting data "as a controller" in some cases and "as the processor for a
 *   controller" in others (II.E, VII.H), and states that Wistia "does not collect any information about you ... using
 *   Cookies" (II.B).
 * - Wistia Terms of Service (tosdr-versions, commit 21a2a33f), in full as far as data goes: the agreement is between
 *   the Customer and Wistia, Inc., and incorporates the privacy policy; it refers to "any Data Processing Addendum
 *   executed by the parties" (8.1, 8.2).
 * - "Privacy, Data Protection, and Security" (support.wistia.com, stored copy, opening part): the DPA is offered
 *   through the Wistia Trust Center; Wistia lists GDPR, the EU-US DPF, the Swiss-U.S. DPF and the UK Extension.
 * - "Player Privacy Mode" (wistia.com/support/developers, stored copy): by default the player tracks viewers; Privacy
 *   Mode "only collects fully anonymized viewing data by disabling session and cookie tracking and anonymizing IP
 *   addresses"; a viewer's consent choice is kept in localStorage; "Some cookies and localStorage that are used for
 *   non-tracking functionality may remain"; the embed script loads from fast.wistia.com or fast.wistia.net.
 * - Open Cookie Database (lead for cookie names): wistia (session), wistia-video-progress-* (session), and _distillery,
 *   _simplex, muxData and wistia-http2-push-disabled, several with the same copied description. Wistia names no
 *   cookie or storage key in the documents read, so the two listed are marked unconfirmed; the others are left out.
 *
 * Roles: "controller" for the viewing data Wistia uses for its own purposes, as its privacy policy describes; also a
 * processor for the hosting and playing of our videos under its DPA, which exists (terms, support) but was not read,
 * so that role's scope is marked unconfirmed.
 *
 * Left out, and why: the DPA's terms (not read); the viewer's rights as to Wistia's sharing with Customers (a CCPA
 * matter in the policy).
 */
export const wistia: Processor = {
  id: "wistia",
  name: "Wistia",
  aliases: [],
  categories: ["video"],
  entity: {
    name: "Wistia, Inc.",
    address: { street: "120 Brookline Street", postalCode: "02139", city: "Cambridge", region: "MA", country: "US" },
    email: "privacy@wistia.com",
    url: "https://wistia.com/",
  },
  role: "controller",
  roles: [
    {
      role: "controller",
      scope: {
        en: "the viewing data it uses for its own purposes, such as improving and growing its services, as its privacy policy describes",
        de: "die Nutzungsdaten, die es für eigene Zwecke verwendet, etwa um seine Dienste zu verbessern und auszubauen, wie es in seiner Datenschutzerklärung beschreibt",
      },
    },
    {
      role: "processor",
      scope: {
        en: "hosting and playing our videos and reporting to us how they are watched, under its data processing addendum",
        de: "das Hosten und Abspielen unserer Videos und die Auswertung für uns, wie sie angesehen werden, auf Grundlage seines Vertrags zur Auftragsverarbeitung",
      },
    },
  ],
  urls: {
    website: "https://wistia.com/",
    privacyPolicy: "https://wistia.com/privacy",
    optOut: "https://wistia.com/data-request",
  },
  description: {
    en: "Wistia hosts videos for businesses; its embedded player plays them on a website and records how each viewer watches them.",
    de: "Wistia hostet Videos für Unternehmen; sein eingebetteter Player spielt sie auf einer Website ab und erfasst, wie jede Person sie ansieht.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "To show our videos on our pages and to learn which parts of them are watched.",
          de: "Um unsere Videos auf unseren Seiten zu zeigen und zu erfahren, welche Teile davon angesehen werden.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.behavior.media_consumption",
        details: {
          en: "which of our videos you watch, when you start and stop them and how often you watch them",
          de: "welche unserer Videos Sie ansehen, wann Sie sie starten und anhalten und wie oft Sie sie ansehen",
        },
      },
      {
        category: "user.location.imprecise",
        details: { en: "inferred by Wistia from the IP address", de: "von Wistia aus der IP-Adresse abgeleitet" },
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser and device information, the page with the video",
          de: "Angaben zu Browser und Gerät, die Seite mit dem Video",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["fast.wistia.com", "fast.wistia.net"],
  transfers: [
    {
      country: "US",
      recipient: "Wistia, Inc.",
      mechanism: "EU-US-DPF",
      certification: { frameworks: ["EU-US", "UK-Extension", "Swiss-US"], source: PRIVACY_POLICY, checked: "2026-12-06" },
      note: {
        en: "Wistia stores and processes all personal data in the United States; it also uses the EU standard contractual clauses where appropriate.",
        de: "Wistia speichert und verarbeitet alle personenbezogenen Daten in den USA; wo es angebracht ist, nutzt es zusätzlich die Standardvertragsklauseln der EU.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "Wistia keeps logs of visitors to its own websites whom it cannot identify for 30 days; for other data it decides by criteria such as its relationship with the customer whose video was watched and its business needs.",
      de: "Wistia bewahrt Protokolle von Besuchern seiner eigenen Websites, die es nicht identifizieren kann, 30 Tage auf; bei anderen Daten entscheidet es nach Kriterien wie seiner Beziehung zum Kunden, dessen Video angesehen wurde, und seinem geschäftlichen Bedarf.",
    },
  },
  deletion: {
    en: "You can ask Wistia to delete your data, or object to its use, at wistia.com/data-request or privacy@wistia.com; where Wistia acts for us, it passes objections on to us.",
    de: "Sie können Wistia unter wistia.com/data-request oder privacy@wistia.com auffordern, Ihre Daten zu löschen, oder der Verwendung widersprechen; soweit Wistia in unserem Auftrag handelt, leitet es Widersprüche an uns weiter.",
  },
  deviceAccess: [
    {
      name: "wistia",
      technology: "cookie",
      purpose: {
        en: "Needed for the Wistia player to work.",
        de: "Wird benötigt, damit der Wistia-Player funktioniert.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
    {
      name: "wistia-video-progress-*",
      technology: "cookie",
      purpose: {
        en: "Remembers how far you have watched a video, so that playback can continue there after an interruption.",
        de: "Merkt sich, wie weit Sie ein Video angesehen haben, damit die Wiedergabe nach einer Unterbrechung dort fortgesetzt werden kann.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    // Wistia Privacy Policy, effective 10 October 2023, as archived by ToS;DR.
    {
      url: PRIVACY_POLICY,
      facts: ["entity", "role", "urls", "activities", "transfers", "retention", "deletion"],
      checked: "2026-12-06",
      updated: "2023-10-10",
    },
    // Wistia Terms of Service, as archived by ToS;DR: the Customer's contract with Wistia, Inc.; a DPA where executed.
    { url: TERMS, facts: ["entity", "role", "urls"], checked: "2026-12-06" },
    // Wistia Help Center, "Privacy, Data Protection, and Security" (stored copy): the DPA; the frameworks Wistia lists.
    { url: SUPPORT_PRIVACY, facts: ["role", "transfers"], checked: "2026-12-06" },
    // Wistia developer documentation, "Player Privacy Mode" (stored copy): tracking, cookies and localStorage; the script hosts.
    { url: PRIVACY_MODE, facts: ["activities", "device-access", "domains"], checked: "2026-12-06" },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "roles[1]",
      note: "Wistia offers customers a data processing addendum (terms 8.1, 8.2; Help Center) and its privacy policy speaks of data it processes as a processor for a controller, without saying which; the DPA itself (Wistia Trust Center) was not read, so the scope is our reading.",
    },
    {
      fact: "deviceAccess[0]",
      note: "Name, purpose and lifetime from the Open Cookie Database. Wistia's Privacy Mode page confirms that the player uses cookies and localStorage, some for non-tracking functions, but names none; the privacy policy says Wistia collects no information with cookies. Whether it is a cookie or a localStorage key, and on which domain, is not confirmed.",
    },
    {
      fact: "deviceAccess[1]",
      note: "Name, purpose and lifetime from the Open Cookie Database (a wildcard key, one per video). Wistia names no storage key in the documents read; whether it is a cookie or a localStorage key is not confirmed.",
    },
  ],
  disagreements: [],
};
