import type { Processor } from "@policy/core";
import {
  googleChecked,
  googleControllerTermsTransfer,
  googleControllerTermsUrl,
  googleFrameworksSource,
  googleIreland,
  googleLlc,
  googlePrivacyPolicySource,
  googleTermsSource,
} from "../parties/google.js";

/**
 * Google reCAPTCHA (v2 checkbox and v3 score) on a website's forms, with site keys managed in the reCAPTCHA Admin
 * console ("reCAPTCHA Classic"). Keys managed in a Google Cloud project (reCAPTCHA Essentials, Standard, Enterprise)
 * run under Google Cloud's terms and are not this entry; Google's migration guide (docs.cloud.google.com/recaptcha/
 * docs/migrate-recaptcha) describes moving Classic keys there.
 *
 * Read (stored copies, 2026-12-06):
 * - Google APIs Terms of Service (last modified 9 November 2021), as archived by Open Terms Archive: "Google" means
 *   Google LLC unless additional terms say otherwise; to the extent data protection law requires, the parties agree to
 *   the Google Controller-Controller Data Protection Terms.
 * - Google's reCAPTCHA terms on its SafetyNet reCAPTCHA page (developer.android.com): use of the reCAPTCHA API is
 *   subject to the Google APIs Terms of Service and to reCAPTCHA's own terms; the API collects hardware and software
 *   information and sends it to Google for analysis; the site must give the necessary notices or obtain consent. The
 *   same terms for the web API were seen only in a third-party quotation (adding that the data serve to improve
 *   reCAPTCHA and for general security, not for personalised advertising, and that the EU User Consent Policy applies).
 * - Google Controller-Controller Data Protection Terms, version 11 (as archived by Open Terms Archive): independent
 *   controllers (4.1); Google Ireland Limited the Google end controller for European data, another contracting Google
 *   company only for billing (Appendix 1, Part A, 3); transfers under an adopted transfer solution, else the EU standard
 *   contractual clauses (4.2). Hence entity Google Ireland Limited and role "controller".
 * - reCAPTCHA's privacy page on recaptcha.net, dated 15 September 2009 (stored copy, read over http, cited over https):
 *   Google logs the IP address, the page URL, the answer and its grading, date and time, and cookies that may identify
 *   the browser. Its remarks on digitising books and on the Safe Harbor principles describe the 2009 service and are
 *   left out; so is its 30-day log statement, which concerns the implementing site.
 * - Google Privacy Policy (EEA, effective 2 April 2026): Google collects and analyses IP addresses and cookie data to
 *   protect against automated abuse.
 * - Open Cookie Database: _GRECAPTCHA on google.com, 179 days, set for the risk analysis. Google documents no
 *   reCAPTCHA cookie in the pages read. We treat it as strictly necessary for the form the visitor chose to send; some
 *   supervisory authorities ask for consent, so a policy may override this.
 *
 * Re-checked 2026-12-06: entity and role, no change, but now sourced from the Google APIs Terms and the controller
 * terms. Transfers: the recipient is now Google LLC, with its certification (EU-US, UK Extension, Swiss-US) from
 * Google's frameworks page and a note on the controller terms; before, it defaulted to Google Ireland Limited.
 * Activities, URLs and device access: no change. Not stated for lack of a source: a retention period.
 */
export const googleRecaptcha: Processor = {
  id: "google-recaptcha",
  name: "Google reCAPTCHA",
  aliases: ["reCAPTCHA", "reCAPTCHA v2", "reCAPTCHA v3"],
  categories: ["bot-protection"],
  entity: googleIreland,
  parent: googleLlc,
  role: "controller",
  urls: {
    website: "https://www.google.com/recaptcha/about/",
    privacyPolicy: "https://policies.google.com/privacy",
  },
  description: {
    en: "Google reCAPTCHA judges whether a form is being filled in by a person or by a script, now and then with a small puzzle, to keep out spam and automated abuse.",
    de: "Google reCAPTCHA beurteilt, ob ein Formular von einem Menschen oder von einem Skript ausgefüllt wird – hin und wieder mit einer kleinen Aufgabe –, um Spam und automatisierten Missbrauch fernzuhalten.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.security",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Protecting our forms from spam, bots and automated abuse.",
          de: "Unsere Formulare vor Spam, Bots und automatisiertem Missbrauch zu schützen.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.behavior.browsing_history",
        details: { en: "the address of the page with the check", de: "die Adresse der Seite mit der Prüfung" },
        collected: "automatic",
      },
      {
        category: "user.behavior",
        details: {
          en: "your answer to the check and its result, date and time of the request",
          de: "Ihre Antwort auf die Prüfung und deren Ergebnis, Datum und Uhrzeit der Anfrage",
        },
      },
      {
        category: "user.device.cookie_id",
        details: { en: "cookies that may identify your browser", de: "Cookies, die Ihren Browser erkennbar machen können" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [googleControllerTermsTransfer],
  deviceAccess: [
    {
      name: "_GRECAPTCHA",
      technology: "cookie",
      domain: "google.com",
      purpose: {
        en: "Lets reCAPTCHA carry out its risk analysis of the browser.",
        de: "Ermöglicht reCAPTCHA die Risikoanalyse des Browsers.",
      },
      duration: "P179D",
      party: "third",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    googleTermsSource,
    { ...googlePrivacyPolicySource, facts: ["entity", "parent", "activities", "urls"] },
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/ca6884036c00401c0ffb2bf604197f339717f302/Google%20APIs/Terms%20of%20Service.md",
      facts: ["role"],
      checked: googleChecked,
      updated: "2021-11-09",
    },
    { url: "https://developer.android.com/training/safetynet/recaptcha", facts: ["role", "activities"], checked: googleChecked },
    { url: googleControllerTermsUrl, facts: ["entity", "role", "transfers"], checked: googleChecked },
    googleFrameworksSource,
    { url: "https://recaptcha.net/privacy.html", facts: ["activities", "urls"], checked: googleChecked, updated: "2009-09-15" },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: googleChecked,
    },
  ],
  checked: googleChecked,
  unconfirmed: [],
  disagreements: [],
};
