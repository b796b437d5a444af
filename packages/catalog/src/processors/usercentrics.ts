import type { Processor } from "@policy/core";
import { usercentricsChecked, usercentricsGmbh, usercentricsTermsUrl } from "../parties/usercentrics.js";

/**
 * The Usercentrics consent management platform (Usercentrics CMP, "Web CMP"): a consent banner for websites and apps
 * that asks visitors which services they allow, stores the decisions and lets the site load a service only with
 * consent. For businesses outside the US and Canada; Cookiebot, Usercentrics' other CMP, is the `cookiebot` entry.
 *
 * Read (2026-12-06), stored copies of Usercentrics' own pages:
 * - "General Terms and Conditions for Using the Usercentrics Software", last update 1 October 2024
 *   (usercentrics.com/it/termini-e-condizioni, English text): "Usercentrics GmbH, Sendlinger Str. 7, 80331 Munich ...
 *   provides all services to its customers on the basis of these general terms and conditions"; services are for
 *   businesses only; US and Canadian customers have separate terms (Usercentrics Inc.), Cookiebot has its own. Only
 *   the opening sections could be read; the data-protection clause was not reached.
 * - Privacy policy, last update 11 July 2024 (usercentrics.com/privacy-policy-cmp): Usercentrics GmbH, Sendlinger
 *   Straße 7, 80331 Munich, datenschutz@usercentrics.com, is the controller for its own website; data protection
 *   officer SECUWING GmbH & Co. KG (Augsburg). Only its opening could be read.
 * - "IT-Compliance FAQ" (usercentrics.com/knowledge-hub/it-compliance-faq/, 12 April 2020): Usercentrics processes
 *   "Consent Data (Consent ID, Consent Number, Time of Consent, Type of Consent ..., Opt-in or Opt-out, Banner
 *   Language, Customer Setting, Customer Setting Version ...) and Device Data (HTTP Agent, HTTP Referrer and Device
 *   ID)"; "The owner of the data is always the customer as the commissioning party (data controller). For processing
 *   according to the customer's specifications, an order processing contract is always drawn up with Usercentrics
 *   (data processor)"; hosting in Google Cloud, "processing entities are located in Frankfurt and the storage entities
 *   in Belgium".
 * - FAQ on the eRecht24 pricing page (usercentrics.com/pricing/erecht24-advanced/): a CDN loads the CMP's code from
 *   the server nearest the visitor, but "all servers which receive and process consents are located in the EU. Our
 *   API server is located in Frankfurt, with a consent database in Belgium."
 * - Usercentrics developer documentation, "Optional Steps" (usercentrics.com/docs/web/implementation/ui/optional-steps):
 *   the CMP script is loaded from https://web.cmp.usercentrics.eu/ui/loader.js.
 * - Usercentrics knowledge base, "Which 'ID' means what?" (usercentrics.atlassian.net): the Controller ID is "a unique
 *   but random ID that we assign to a user's device when they first visit and store in the device itself"; help
 *   centre, "What is Cross-Device Consent Sharing" (support.usercentrics.com): it is kept in the browser's local
 *   storage; help centre, "How can I comply with a visitor's request for information" (support.usercentrics.com):
 *   visitors find their Controller ID in the banner's second layer; the operator can export the consents of the last
 *   12 months for it; visitors who want their consent data deleted contact Usercentrics support (through the operator)
 *   with that ID.
 *
 * Role "processor" from the FAQ above (the customer is controller, Usercentrics processor under an order processing
 * contract). Transfers: none; Usercentrics puts the processing and storage of consents in the EU (Frankfurt and
 * Belgium).
 *
 * Left out, and why:
 * - Device access: the Usercentrics CMP keeps the Controller ID and the decisions in the browser's local storage (the
 *   help centre above; Usercentrics' own Browser SDK names the keys, e.g. uc_settings and uc_user_interaction), not in
 *   cookies. Local storage has no expiry, and no Usercentrics document read says how long the entries stay, so no
 *   lifetime can be given; the entry lists none. A policy that uses it should describe the local storage itself.
 * - Retention: no Usercentrics page read states how long consent records are kept. The help centre's export covers
 *   the last 12 months, and a third-party copy of Usercentrics' FAQ says one year; neither is enough to state it, so
 *   the policy that uses the entry gives the period.
 * - The data processing agreement and a list of sub-processors: not found in a stored copy on usercentrics.com (copies
 *   on customers' and resellers' sites were leads only). The US company Usercentrics Inc. is not named as a recipient:
 *   no document read says it receives data of EU customers' visitors.
 */
export const usercentrics: Processor = {
  id: "usercentrics",
  name: "Usercentrics",
  aliases: ["Usercentrics CMP", "Usercentrics Consent Management Platform"],
  categories: ["consent-management"],
  entity: usercentricsGmbh,
  role: "processor",
  urls: {
    website: "https://usercentrics.com/",
    privacyPolicy: "https://usercentrics.com/privacy-policy-cmp",
  },
  description: {
    en: "Usercentrics shows a consent banner on a website, records which services each visitor allows or refuses, and lets the site load those services only with consent.",
    de: "Usercentrics zeigt auf einer Website ein Einwilligungsbanner, hält fest, welche Dienste ein Besucher zulässt oder ablehnt, und sorgt dafür, dass die Website diese Dienste nur mit Einwilligung lädt.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.storage.privacy_preferences",
        legalBasis: "A6-1-c",
        description: {
          en: "Asking for your consent to the services on our website, remembering your choice and being able to prove it, as data protection law requires of us.",
          de: "Ihre Einwilligung in die Dienste auf unserer Website einzuholen, Ihre Wahl zu speichern und sie nachweisen zu können, wie es das Datenschutzrecht von uns verlangt.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "sent when the banner is loaded from Usercentrics' servers",
          de: "wird übertragen, wenn das Banner von den Servern von Usercentrics geladen wird",
        },
      },
      {
        category: "user.privacy_preferences",
        details: {
          en: "your decision for each service, when and how it was given, the banner language and the version of the banner settings",
          de: "Ihre Entscheidung zu jedem Dienst, wann und wie sie getroffen wurde, die Sprache des Banners und die Version seiner Einstellungen",
        },
      },
      {
        category: "user.unique_id.pseudonymous",
        details: {
          en: "a random ID kept on your device, to which your decisions are linked",
          de: "eine zufällige Kennung, die auf Ihrem Gerät gespeichert wird und mit der Ihre Entscheidungen verknüpft sind",
        },
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser information (user agent) and the address of the referring page",
          de: "Angaben zum Browser (User-Agent) und die Adresse der verweisenden Seite",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["web.cmp.usercentrics.eu"],
  transfers: [],
  deletion: {
    en: "You can change or withdraw your choices at any time in the privacy settings of our website. To have your stored consent record deleted, contact us and give the Controller ID shown in the privacy settings, so that the record can be found.",
    de: "Sie können Ihre Auswahl jederzeit in den Datenschutzeinstellungen unserer Website ändern oder widerrufen. Wenn Ihre gespeicherten Einwilligungsdaten gelöscht werden sollen, wenden Sie sich an uns und nennen Sie die Controller-ID, die in den Datenschutzeinstellungen angezeigt wird, damit sich die Daten zuordnen lassen.",
  },
  deviceAccess: [],
  sources: [
    // General Terms and Conditions (EU), last update 1 October 2024; stored copy read in English.
    { url: usercentricsTermsUrl, facts: ["entity"], checked: usercentricsChecked, updated: "2024-10-01" },
    // Privacy policy, last update 11 July 2024; stored copy, opening part.
    { url: "https://usercentrics.com/privacy-policy-cmp", facts: ["entity", "urls"], checked: usercentricsChecked, updated: "2024-07-11" },
    // IT-Compliance FAQ in Usercentrics' knowledge hub, 12 April 2020; stored copy.
    {
      url: "https://usercentrics.com/knowledge-hub/it-compliance-faq/",
      facts: ["role", "activities", "transfers"],
      checked: usercentricsChecked,
      updated: "2020-04-12",
    },
    // FAQ on Usercentrics' eRecht24 pricing page: CDN, API server in Frankfurt, consent database in Belgium; stored copy.
    { url: "https://usercentrics.com/pricing/erecht24-advanced/", facts: ["transfers"], checked: usercentricsChecked },
    // Developer documentation: the CMP loader script's host; stored copy.
    { url: "https://usercentrics.com/docs/web/implementation/ui/optional-steps", facts: ["domains"], checked: usercentricsChecked },
    // Knowledge base: what the Controller ID is and that it is stored on the device; stored copy.
    {
      url: "https://usercentrics.atlassian.net/wiki/spaces/SKB/pages/1864990938/Which+ID+means+what",
      facts: ["activities"],
      checked: usercentricsChecked,
    },
    // Help centre: visitors' requests, the Controller ID in the banner, the consent history export and deletion; stored copy.
    {
      url: "https://support.usercentrics.com/hc/en-us/articles/15209263427740-How-can-I-comply-with-a-visitor-s-request-for-information",
      facts: ["activities", "deletion"],
      checked: usercentricsChecked,
    },
  ],
  checked: usercentricsChecked,
  unconfirmed: [
    {
      fact: "transfers",
      note: "Usercentrics' FAQ says consents are processed in Frankfurt and Belgium, but also that its CDN serves the script from the nearest server of a global network and that Google LLC is technically involved (hardware maintenance, CDN, monitoring) under standard contractual clauses; no processing agreement or sub-processor list was read, so where else data goes is not confirmed.",
    },
  ],
  disagreements: [],
};
