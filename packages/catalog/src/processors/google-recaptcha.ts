import type { Processor } from "@policy/core";
import { googleDpfTransfer, googleFrameworksSource, googleIreland, googleLlc, googlePartySources } from "../parties/google.js";

/**
 * Google reCAPTCHA (v2 checkbox and v3 score) on a website's forms. reCAPTCHA Enterprise, bought through Google Cloud,
 * runs under other terms and is not this entry.
 *
 * Entity and parent as for Google's other services: Google Ireland Limited (Google's terms, policies.google.com) and
 * Google LLC (datenanfragen record).
 *
 * The only Google page on reCAPTCHA's own data practices in our sources is reCAPTCHA's privacy page on recaptcha.net,
 * dated 15 September 2009 (read over http; cited over https). It lists what Google logs (IP address, page URL, answer
 * and result of the check, date and time, cookies that may identify the browser) and says the data serve only to run
 * and improve reCAPTCHA and Google's other anti-spam services; hence role "controller". Its retention statement
 * (site-identifying data removed from logs after 30 days) is about the implementing site, not the visitor, and is
 * left out; so is anything that page says about digitising books, which describes the 2009 service.
 *
 * Device access: the Open Cookie Database lists _GRECAPTCHA as a necessary cookie for the risk analysis. We treat it as
 * strictly necessary for the form the visitor chose to send; some supervisory authorities ask for consent, so a
 * policy may override this. Not stated for lack of a source: a retention period.
 *
 * Transfers: Google's page on legal frameworks for data transfers says Google LLC is certified under the EU-U.S. Data
 * Privacy Framework; no Google page read names reCAPTCHA itself in this context.
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
  transfers: [googleDpfTransfer],
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
    ...googlePartySources,
    googleFrameworksSource,
    { url: "https://recaptcha.net/privacy.html", facts: ["activities", "urls"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
