import type { Processor } from "@policy/core";

const PLUGIN = "https://github.com/hCaptcha/hcaptcha-wordpress-plugin/blob/2ff15bcb9daf510b2285c094772ba8922da26b11";
const PLUGIN_README = `${PLUGIN}/readme.txt`;
const PLUGIN_PRIVACY_TEXT = `${PLUGIN}/src/php/Admin/Privacy.php`;
const PLUGIN_CSP = `${PLUGIN}/src/php/Main.php`;
const TERMS_COPY = "https://hcaptcha.starlink.com/terms.html";
const IMI_PRIVACY = "https://www.imachines.com/privacy";
const checked = "2026-12-06";

/**
 * hCaptcha: a CAPTCHA and bot-detection service for web forms and logins, from Intuition Machines, Inc. (US), for a
 * website operator in the EU who protects its forms with the hCaptcha widget.
 *
 * Read (2026-12-06):
 * - hCaptcha's official WordPress plugin "hCaptcha for WP" (GitHub hCaptcha/hcaptcha-wordpress-plugin, "Contributors:
 *   hcaptcha, kaggdesign", commit 2ff15bcb of 1 June 2026):
 *   - src/php/Admin/Privacy.php, the privacy-policy text the plugin suggests to site owners: "This service is provided
 *     by Intuition Machines, Inc., a Delaware US Corporation ("IMI")"; hCaptcha analyses the visitor's behaviour (e.g.
 *     IP address, time on the site or app, mouse movements), starting as soon as the visitor reaches a part with hCaptcha,
 *     possibly invisibly in the background; "The data collected during the analysis will be forwarded to IMI"; "IMI acts
 *     as a "data processor" acting on behalf of its customers as defined under the GDPR"; links hcaptcha.com/privacy and
 *     hcaptcha.com/terms.
 *   - readme.txt, "Privacy Notices": hCaptcha "is enrolled in the EU-US, UK-US, and Swiss-US Data Privacy Framework";
 *     the visitor's IP address and browser data may be sent to the hCaptcha service, which is designed to "process it
 *     very close to the user, and rapidly discard it after analysis"; the plugin itself (default settings) sets no
 *     cookies.
 *   - src/php/Main.php: the Content Security Policy the plugin adds allows https://hcaptcha.com and https://*.hcaptcha.com
 *     for scripts, frames, styles and connections.
 * - hCaptcha "Master Terms of Service", "Last Updated: September 8, 2025" (stored copy served at
 *   hcaptcha.starlink.com/terms.html, an hCaptcha-branded copy on a customer's subdomain; only the opening could be
 *   read): "IMI", "we" and "us" mean Intuition Machines, Inc.; use of the service is governed by the Data Processing
 *   Agreement (last updated 21 April 2023); "we operate as a "data processor" for purposes of the EU General Data
 *   Protection Regulation".
 * - Intuition Machines' privacy policy for www.imachines.com, "Last updated: October 23rd, 2024" (read through a
 *   proxy's stored copy, opening only): IMI is based in the United States; "Intuition Machines, Inc. ("IM") complies
 *   with the EU-U.S. Data Privacy Framework (EU-U.S. DPF), the UK Extension to the EU-U.S. DPF" and (cut off there) the
 *   Swiss-US framework. It covers the company website, not the hCaptcha service; it backs the company's certification.
 *
 * Left out, and why:
 * - The address of Intuition Machines, Inc.: no provider document read gives one (hcaptcha.com/privacy and the DPA were
 *   not among the stored copies). The address below is the datenanfragen record's, which cites hcaptcha.com/privacy;
 *   it is marked unconfirmed.
 * - An EU representative (Art. 27 GDPR): none named in what was read.
 * - Retention in days, sub-processors and further recipients: in the unread privacy policy and DPA.
 * - Cookies or storage the hCaptcha widget itself sets: not documented in anything read (the Open Cookie Database has no
 *   hCaptcha entry); only the plugin's own "no cookies" is stated.
 * - Whether the processing "very close to the user" happens in the EU: not stated.
 */
export const hcaptcha: Processor = {
  id: "hcaptcha",
  name: "hCaptcha",
  aliases: ["hCaptcha Enterprise", "Intuition Machines"],
  categories: ["bot-protection"],
  entity: {
    name: "Intuition Machines, Inc.",
    address: { street: "350 Alabama St", postalCode: "94110", city: "San Francisco", region: "CA", country: "US" },
    url: "https://www.hcaptcha.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.hcaptcha.com/",
    privacyPolicy: "https://www.hcaptcha.com/privacy",
  },
  description: {
    en: "hCaptcha checks whether a form or login is being used by a person or by a bot, by analysing the visitor's browser and behaviour, often invisibly in the background, and where needed by asking the visitor to solve a short challenge.",
    de: "hCaptcha prüft, ob ein Formular oder eine Anmeldung von einem Menschen oder einem Bot genutzt wird; dazu wertet es Browser und Verhalten der Besucher aus, oft unsichtbar im Hintergrund, und lässt sie bei Bedarf eine kurze Aufgabe lösen.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.security",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Keeping spam, bots and automated abuse away from our forms and logins.",
          de: "Spam, Bots und automatisierten Missbrauch von unseren Formularen und Anmeldungen fernzuhalten.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: { en: "information about your browser and device", de: "Angaben zu Ihrem Browser und Gerät" },
      },
      {
        category: "user.behavior",
        details: {
          en: "how you interact with the page, such as how long you have been on it and your mouse movements, and your answer to a challenge if one is shown",
          de: "wie Sie mit der Seite umgehen, etwa wie lange Sie schon darauf sind und Ihre Mausbewegungen, sowie Ihre Antwort auf eine Aufgabe, falls eine angezeigt wird",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["hcaptcha.com", "*.hcaptcha.com"],
  transfers: [
    {
      country: "US",
      recipient: "Intuition Machines, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: PLUGIN_README,
        checked,
      },
      note: {
        en: "Intuition Machines, Inc., which runs hCaptcha, is based in the United States and receives the data collected for the check. hCaptcha states that it takes part in the EU-US Data Privacy Framework, its UK Extension and the Swiss-US framework.",
        de: "Die Intuition Machines, Inc., die hCaptcha betreibt, hat ihren Sitz in den USA und erhält die für die Prüfung erhobenen Daten. hCaptcha erklärt, am EU-US-Datenschutzrahmen, dessen Erweiterung für das Vereinigte Königreich und dem Schweiz-US-Rahmen teilzunehmen.",
      },
      checked,
    },
  ],
  retention: {
    criteria: {
      en: "hCaptcha says its service is designed to discard the data soon after the analysis; it gives no fixed period.",
      de: "hCaptcha gibt an, sein Dienst sei darauf ausgelegt, die Daten kurz nach der Auswertung zu verwerfen; einen festen Zeitraum nennt es nicht.",
    },
  },
  deletion: {
    en: "hCaptcha processes this data on our behalf, so please ask us to delete it.",
    de: "hCaptcha verarbeitet diese Daten in unserem Auftrag; wenden Sie sich zur Löschung daher bitte an uns.",
  },
  deviceAccess: [],
  sources: [
    // hCaptcha's WordPress plugin, suggested privacy-policy text: the company, its role, what is analysed.
    { url: PLUGIN_PRIVACY_TEXT, facts: ["entity", "role", "activities", "urls", "deletion"], checked },
    // hCaptcha's WordPress plugin, readme "Privacy Notices": DPF enrolment, data sent, quick discarding, no plugin cookies.
    { url: PLUGIN_README, facts: ["transfers", "activities", "retention", "device-access", "urls"], checked },
    // hCaptcha's WordPress plugin, the Content Security Policy it adds: the hosts the widget uses.
    { url: PLUGIN_CSP, facts: ["domains"], checked },
    // hCaptcha Master Terms of Service, last updated 8 September 2025 (stored copy at this address, opening only).
    { url: TERMS_COPY, facts: ["entity", "role"], checked, updated: "2025-09-08" },
    // Intuition Machines' website privacy policy, last updated 23 October 2024 (read through a proxy's stored copy of
    // this address, opening only): based in the US; DPF compliance of Intuition Machines, Inc.
    { url: IMI_PRIVACY, facts: ["transfers"], checked, updated: "2024-10-23" },
  ],
  checked,
  unconfirmed: [
    {
      fact: "entity.address",
      note: "No hCaptcha or Intuition Machines document read gives a postal address (hcaptcha.com/privacy and the DPA were not among the stored copies). 350 Alabama St, San Francisco, CA 94110 is the datenanfragen record's address, which cites hcaptcha.com/privacy; third-party pages also call IMI a Delaware corporation headquartered in Miami. Checked 2026-12-06.",
    },
  ],
  disagreements: [],
};
