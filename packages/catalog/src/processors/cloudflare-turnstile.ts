import type { Processor } from "@policy/core";
import { cloudflareChecked, cloudflareDpfCertification, cloudflareInc, cloudflarePrivacyPolicyUrl } from "../parties/cloudflare.js";

const DOCS = "https://github.com/cloudflare/cloudflare-docs/blob";
const TERMS = "https://github.com/OpenTermsArchive/contrib-versions/blob/079b99ddb0809f768ad3d0a8d28da010f92e137d/Cloudflare/Terms%20of%20Service.md";

/**
 * Cloudflare Turnstile: Cloudflare's CAPTCHA alternative, a widget a website embeds in its forms (login, sign-up,
 * contact) to tell people from bots, usually without any task for the visitor. It works on any website, whether or not
 * its traffic runs through Cloudflare (for a website behind Cloudflare's proxy, see the cloudflare entry).
 *
 * Read (2026-12-06):
 * - Cloudflare Privacy Policy, effective 4 November 2025 (Open Terms Archive, contrib-versions, commit 85cb00ef of
 *   5 November 2025, the newest there), in full: issued by Cloudflare, Inc., 101 Townsend St., San Francisco; "End
 *   Users" are those who use Cloudflare's Customers' websites; End User data made available to Customers in the
 *   dashboard are "Customer Logs"; "Network Data" are the models, analyses and other information Cloudflare derives
 *   from traffic, including what it needs to identify and block malicious activity; § 6: Cloudflare is a controller
 *   for the personal information of all data subjects it lists, except that it is a processor of Customer Logs and of
 *   content provided through the Services; § 7: transfers from the EEA, Switzerland and the UK to the US on its
 *   certifications under the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF, the standard contractual clauses
 *   should they lapse; § 8: rights requests to sar@cloudflare.com, and End Users' requests are sent back to the
 *   Customer's website; § 18 refers to the Turnstile Privacy Addendum for Turnstile.
 * - Cloudflare Self-Serve Subscription Agreement, last updated 12 September 2025 (contrib-versions, commit 079b99dd):
 *   "The Service is offered by Cloudflare, Inc."; "Customer Content" is any data that the customer or its End Users
 *   "transmit to or through the Services" (§ 2.5); for the personal data of European data subjects in Customer Content
 *   "Cloudflare is a data processor or sub-processor" under its Data Processing Addendum (§ 6.1); Cloudflare may use
 *   Network Data "for purposes of providing, maintaining, developing, and improving its Services" (§ 2.5).
 * - Cloudflare Data Processing Addendum, version 6.2, effective 9 November 2023 (stored copy of
 *   cloudflare.com/cloudflare-customer-dpa, opening part): between Cloudflare, Inc. and the customer under the
 *   self-serve or enterprise agreement; applies where Cloudflare processes personal data as a processor on the
 *   customer's behalf.
 * - Turnstile Privacy Addendum, last updated 18 June 2025 (stored copies of cloudflare.com/en-au/turnstile-privacy-policy
 *   and /zh-tw/turnstile-privacy-policy, opening part, up to § 4(i)): "Turnstile, developed by Cloudflare, Inc."; the
 *   addendum supplements the privacy policy, which continues to apply; Turnstile processes signals "such as client IP
 *   address, TLS Fingerprint, User-Agent Header and Sitekey and associated origin", solely to detect and block bots and
 *   "not to identify, profile or target any individuals".
 * - Cloudflare's developer documentation (cloudflare/cloudflare-docs on GitHub, the source of
 *   developers.cloudflare.com/turnstile): the overview (small non-interactive JavaScript challenges gather signals about
 *   the visitor or browser environment: proof-of-work, proof-of-space, probing for web APIs, detecting browser quirks
 *   and human behaviour); "Embed the widget" (a Cloudflare account is needed; the script loads from
 *   https://challenges.cloudflare.com/turnstile/v0/api.js and must not be proxied; the token goes into the form);
 *   "Server-side validation" (the site's server sends the token, optionally with the visitor's IP address, to
 *   challenges.cloudflare.com/turnstile/v0/siteverify; a token is valid for 300 seconds and can be checked once);
 *   "Content Security Policy" (script-src and frame-src https://challenges.cloudflare.com); "Clearance" and
 *   "Pre-clearance support" (by default Turnstile issues a one-time token; a cf_clearance cookie only where the site
 *   owner turns on pre-clearance, which works only on zones proxied through Cloudflare; off by default).
 *
 * Roles: processor for the check Turnstile runs for our website, since what visitors' browsers send to Turnstile is
 * data End Users transmit to the Services (Customer Content, for which the agreement and the DPA make Cloudflare a
 * processor); controller for the Network Data it derives from those signals and uses to develop and improve its
 * services (privacy policy § 2 and § 6, agreement § 2.5). The addendum's own paragraphs on roles (processor for securing
 * the customer's website, controller, on its legitimate interests, for improving Turnstile's bot detection) lie beyond
 * the part of Cloudflare's page that could be read; they were seen only in a website's verbatim copy of the 18 June 2025
 * text, a lead that agrees with the entry.
 *
 * Left out, and why: cookies (none by default; the optional pre-clearance cookie cf_clearance belongs to a website behind
 * Cloudflare's proxy and is listed in the cloudflare entry; Cloudflare's cookie page lists cookies of its Challenge
 * Platform, cf_chl_rc_*, but no document read says the Turnstile widget sets them); a retention period (none stated for
 * Turnstile; the privacy policy gives criteria only); Ephemeral IDs, an Enterprise option not covered here.
 */
export const cloudflareTurnstile: Processor = {
  id: "cloudflare-turnstile",
  name: "Cloudflare Turnstile",
  aliases: ["Turnstile"],
  categories: ["bot-protection"],
  entity: cloudflareInc,
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "checking whether our forms are being used by a person or by a bot",
        de: "die Prüfung, ob unsere Formulare von einem Menschen oder von einem Bot genutzt werden",
      },
    },
    {
      role: "controller",
      scope: {
        en: "the information it derives from the signals of the check to develop and improve its bot detection",
        de: "die Erkenntnisse, die es aus den Signalen der Prüfung gewinnt, um seine Bot-Erkennung weiterzuentwickeln und zu verbessern",
      },
    },
  ],
  urls: {
    website: "https://developers.cloudflare.com/turnstile/",
    privacyPolicy: "https://www.cloudflare.com/turnstile-privacy-policy/",
    dpa: "https://www.cloudflare.com/cloudflare-customer-dpa/",
  },
  description: {
    en: "Cloudflare Turnstile tells people from bots on web forms by running small tests in the browser in the background; it shows no picture puzzles and at most asks the visitor to tick a box.",
    de: "Cloudflare Turnstile unterscheidet bei Webformularen Menschen von Bots, indem es im Hintergrund kleine Tests im Browser ausführt; es zeigt keine Bilderrätsel und bittet höchstens darum, ein Kästchen anzuklicken.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.security",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Keeping bots, spam and automated attacks away from our forms without burdening visitors with puzzles.",
          de: "Bots, Spam und automatisierte Angriffe von unseren Formularen fernzuhalten, ohne Besucher mit Rätseln zu belasten.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "sent by your browser to Cloudflare with the check; our server may pass it on again when it has the result confirmed",
          de: "wird von Ihrem Browser mit der Prüfung an Cloudflare übermittelt; unser Server kann sie erneut mitsenden, wenn er das Ergebnis bestätigen lässt",
        },
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser and connection characteristics (user agent, TLS fingerprint) and the results of small tests run in your browser, such as a computing task, the browser functions available and signs of human use",
          de: "Merkmale von Browser und Verbindung (User-Agent, TLS-Fingerabdruck) und die Ergebnisse kleiner Tests in Ihrem Browser, etwa einer Rechenaufgabe, der verfügbaren Browserfunktionen und von Anzeichen menschlicher Bedienung",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the website on which the check runs (the widget's site key and the website's address)",
          de: "die Website, auf der die Prüfung läuft (der Websiteschlüssel des Widgets und die Adresse der Website)",
        },
        collected: "automatic",
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["challenges.cloudflare.com"],
  transfers: [
    // Privacy policy § 7 (which the Turnstile addendum leaves in force): DPF certifications for data from the EEA,
    // Switzerland and the UK to the US; standard contractual clauses should they lapse, and for other countries.
    {
      country: "US",
      recipient: "Cloudflare, Inc.",
      mechanism: "EU-US-DPF",
      certification: cloudflareDpfCertification,
      note: {
        en: "For transfers to other countries where the Cloudflare group operates, and should its certification lapse, Cloudflare relies on the EU standard contractual clauses.",
        de: "Für Übermittlungen in andere Länder, in denen die Cloudflare-Gruppe tätig ist, und für den Fall, dass die Zertifizierung entfällt, stützt sich Cloudflare auf die Standardvertragsklauseln der EU.",
      },
      checked: cloudflareChecked,
    },
  ],
  deletion: {
    en: "For the check itself Cloudflare acts on our behalf and refers visitors' requests back to us, so please ask us. Cloudflare's own contact for the data it keeps for its bot detection is sar@cloudflare.com.",
    de: "Bei der Prüfung selbst handelt Cloudflare in unserem Auftrag und verweist Anfragen von Besuchern an uns zurück; wenden Sie sich daher bitte an uns. Für die Daten, die Cloudflare für seine eigene Bot-Erkennung speichert, ist Cloudflare selbst unter sar@cloudflare.com erreichbar.",
  },
  deviceAccess: [],
  sources: [
    // Cloudflare Privacy Policy, effective 4 November 2025, as archived by Open Terms Archive.
    {
      url: cloudflarePrivacyPolicyUrl,
      facts: ["entity", "role", "urls", "transfers", "deletion"],
      checked: cloudflareChecked,
      updated: "2025-11-04",
    },
    // Cloudflare Self-Serve Subscription Agreement, last updated 12 September 2025, as archived by Open Terms Archive.
    { url: TERMS, facts: ["entity", "role", "urls"], checked: "2026-12-06", updated: "2025-09-12" },
    // Cloudflare Data Processing Addendum, version 6.2 (stored copy of the page, opening part).
    { url: "https://www.cloudflare.com/cloudflare-customer-dpa/", facts: ["entity", "role", "urls"], checked: "2026-12-06", updated: "2023-11-09" },
    // Turnstile Privacy Addendum, last updated 18 June 2025 (stored copies of the page, opening part up to § 4(i)).
    {
      url: "https://www.cloudflare.com/turnstile-privacy-policy/",
      facts: ["entity", "activities", "urls"],
      checked: "2026-12-06",
      updated: "2025-06-18",
    },
    // Developer documentation, Turnstile overview: how the challenges gather signals; link to the addendum.
    {
      url: `${DOCS}/0cc0c37f2562870765528dc81993cae97e2f8f0d/src/content/docs/turnstile/index.mdx`,
      facts: ["activities", "urls"],
      checked: "2026-12-06",
    },
    // Developer documentation, "Embed the widget": the script's host.
    {
      url: `${DOCS}/0e9181427f26328aca69270c7b2d59b68be71ce2/src/content/docs/turnstile/get-started/client-side-rendering/index.mdx`,
      facts: ["domains", "activities"],
      checked: "2026-12-06",
    },
    // Developer documentation, "Server-side validation": the site's server sends the token and the visitor's IP address.
    {
      url: `${DOCS}/1215e033399494999d646687df3c5c72083adce3/src/content/docs/turnstile/get-started/server-side-validation.mdx`,
      facts: ["activities", "domains"],
      checked: "2026-12-06",
    },
    // Developer documentation, "Content Security Policy": the host scripts and frames come from.
    {
      url: `${DOCS}/186deeb768e94b69de4af55ce69e1fe4bfc42a7f/src/content/docs/turnstile/reference/content-security-policy.mdx`,
      facts: ["domains"],
      checked: "2026-12-06",
    },
    // Developer documentation, "Clearance": a one-time token by default, a cf_clearance cookie only with pre-clearance.
    {
      url: `${DOCS}/0ba5ea9b8af023fb457c9152f209ea88664115a2/src/content/docs/cloudflare-challenges/concepts/clearance.mdx`,
      facts: ["device-access"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "Cloudflare's privacy policy names transfers to other countries where the Cloudflare group operates, under the standard contractual clauses, without naming them; so the list may not be complete.",
    },
  ],
  disagreements: [],
};
