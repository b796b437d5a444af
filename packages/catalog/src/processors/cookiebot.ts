import type { Processor } from "@policy/core";
import { cookiebotPrivacyPolicyUrl, cookiebotTermsUrl, usercentricsAs, usercentricsChecked } from "../parties/usercentrics.js";

/**
 * Cookiebot CMP: a consent banner for websites that scans the site for cookies and trackers, asks visitors for
 * consent, blocks what they refuse and logs each consent. Sold by Usercentrics A/S (Copenhagen), the former Cybot A/S;
 * its sister company Usercentrics GmbH sells the Usercentrics CMP (the `usercentrics` entry) under other terms.
 *
 * Read (2026-12-06):
 * - Cookiebot Terms of Service, last update 1 July 2024 (ToS;DR, tosdr-versions, Cookiebot/Terms of Service.md,
 *   commit 5bf53f0a), in full: the agreement is "between you and Usercentrics A/S"; business customers only; "A user
 *   consent is logged and documented by storing the first half of the user's IP address number, browser user agent,
 *   website's domain name, date and time of consent and a unique, encrypted key that is stored in a data center with
 *   Usercentrics's cloud vendor, Microsoft Ireland Operations Ltd in Dublin, Ireland"; "After 12 months, the consent is
 *   automatically deleted from our log" (2.2.8); "Usercentrics acts as a data processor" (2.3); a separate data
 *   processing agreement applies (8.1.3); "A user may withdraw a consent at any time by deleting cookies", or through
 *   the cookie declaration or the Privacy Trigger (2.2.7); cross-domain consent sharing depends on third-party cookies
 *   (2.2.5); Danish law.
 * - Cookiebot Privacy Policy, last modified 12 December 2024 (ToS;DR, tosdr-versions, Cookiebot/Privacy Policy.md,
 *   commit 812c2240), in full: Usercentrics A/S, Havnegade 39, 1058 Copenhagen, Denmark; "End User Data will be erased
 *   on an ongoing basis after 12 months from registration, and immediately when you cancel the Cookiebot CMP account"
 *   (3.1); its table of processors (13.3) lists Akamai Technologies, Inc. (Cambridge, Massachusetts) as "CDN provider
 *   and Internet security service (Bot Detection)" and for "Geolocation to show the right cookie banner", processing
 *   "IP addresses on the end user" with its "Database in the USA"; BunnyWay d.o.o. (Slovenia) as the CDN "used by the
 *   CB customers who choose the EU CDN provider"; Microsoft Ireland Operations Ltd for "Data hosting for CMP" with
 *   "Consent data" on servers in Ireland, fail-over in Amsterdam. For third countries without an adequacy decision it
 *   names, "among others", the EU standard contractual clauses or binding corporate rules (13.2), without saying which
 *   applies to Akamai.
 * - Cookiebot help centre (stored copies of support.cookiebot.com): "Cookie consent expiration in Safari 12.1 and
 *   newer" (the visitor's consent is kept for a period the customer sets, 12 months by default, in the CookieConsent
 *   cookie, which the site's own script reads and rewrites, so it is stored under the site's domain: first party;
 *   Safari cuts it to 7 days); "Cookiebot and Content Security Protocol (CSP)" (hosts consent.cookiebot.com and
 *   consentcdn.cookiebot.com, or consent.cookiebot.eu and consentcdn.cookiebot.eu for the European CDN);
 *   "Manually implementing Cookiebot CMP" (the script https://consent.cookiebot.com/uc.js).
 * - Open Cookie Database (commit 0ee5a17f): CookieConsent, "Stores the user's cookie consent state for the current
 *   domain", 1 year, as Cookiebot says.
 *
 * Left out, and why:
 * - Transfer mechanism for Akamai: no Cookiebot document read names it; the transfer is kept with the standard
 *   contractual clauses, marked unconfirmed. It applies where the site loads Cookiebot from cookiebot.com; with the
 *   European CDN (cookiebot.eu) Cookiebot names BunnyWay in Slovenia instead.
 * - The data processing agreement (cookiebot.com/en/data-processing-agreement/, DPA_06_2024.pdf): no stored copy found.
 * - Cookies for cross-domain consent sharing (a premium feature, set as third-party cookies): Cookiebot's own cookie
 *   declaration, which would name them, was not read; the Open Cookie Database names CookieConsentBulkSetting-* and
 *   CookieConsentBulkTicket, but they exist only where the operator turns the feature on, so they are not listed.
 */
export const cookiebot: Processor = {
  id: "cookiebot",
  name: "Cookiebot",
  aliases: ["Cookiebot CMP", "Cookiebot by Usercentrics", "Cybot"],
  categories: ["consent-management"],
  entity: usercentricsAs,
  role: "processor",
  urls: {
    website: "https://www.cookiebot.com/",
    privacyPolicy: "https://www.cookiebot.com/en/privacy-policy/",
    dpa: "https://www.cookiebot.com/en/data-processing-agreement/",
  },
  description: {
    en: "Cookiebot scans a website for cookies and trackers, asks visitors which kinds they allow, blocks the others and logs each consent as proof.",
    de: "Cookiebot durchsucht eine Website nach Cookies und Trackern, fragt Besucher, welche Arten sie zulassen, blockiert die übrigen und protokolliert jede Einwilligung als Nachweis.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.storage.privacy_preferences",
        legalBasis: "A6-1-c",
        description: {
          en: "Asking for your consent to cookies and similar technologies on our website, remembering your choice and being able to prove it, as data protection law requires of us.",
          de: "Ihre Einwilligung in Cookies und ähnliche Technologien auf unserer Website einzuholen, Ihre Wahl zu speichern und sie nachweisen zu können, wie es das Datenschutzrecht von uns verlangt.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "sent with each request; only its first half is stored in the consent log",
          de: "wird mit jeder Anfrage übertragen; im Einwilligungsprotokoll wird nur ihre erste Hälfte gespeichert",
        },
      },
      {
        category: "user.privacy_preferences",
        details: {
          en: "your consent, with the website's domain and the date and time",
          de: "Ihre Einwilligung mit der Domain der Website sowie Datum und Uhrzeit",
        },
      },
      {
        category: "user.unique_id.pseudonymous",
        details: {
          en: "a unique, encrypted key that identifies the consent",
          de: "ein eindeutiger, verschlüsselter Schlüssel, der die Einwilligung kennzeichnet",
        },
      },
      {
        category: "user.telemetry",
        details: { en: "your browser's user agent", de: "der User-Agent Ihres Browsers" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["consent.cookiebot.com", "consentcdn.cookiebot.com", "consent.cookiebot.eu", "consentcdn.cookiebot.eu"],
  transfers: [
    // Privacy policy 13.3: Akamai, CDN, bot detection and geolocation for the banner, end users' IP addresses, database
    // in the USA. 13.2 names no mechanism for it.
    {
      country: "US",
      recipient: "Akamai Technologies, Inc.",
      mechanism: "A46-2-c",
      note: {
        en: "Cookiebot's content delivery network, which also detects bots and works out the visitor's region to show the right banner, receives IP addresses in the US. Where a website uses Cookiebot's European CDN instead, Cookiebot names a provider in Slovenia.",
        de: "Das Content-Delivery-Netz von Cookiebot, das auch Bots erkennt und die Region des Besuchers ermittelt, um das passende Banner zu zeigen, erhält IP-Adressen in den USA. Nutzt eine Website stattdessen das europäische CDN von Cookiebot, nennt Cookiebot einen Anbieter in Slowenien.",
      },
    },
  ],
  retention: {
    duration: "P12M",
    criteria: {
      en: "Cookiebot deletes each logged consent 12 months after it was given, and all of them at once when we close our Cookiebot account; after that it uses them only as anonymous statistics.",
      de: "Cookiebot löscht jede protokollierte Einwilligung 12 Monate nach ihrer Erteilung und alle sofort, wenn wir unser Cookiebot-Konto kündigen; danach nutzt es sie nur noch als anonyme Statistik.",
    },
  },
  deletion: {
    en: "You can change or withdraw your consent at any time with the link or button for the cookie settings on our website, or by deleting the cookies in your browser.",
    de: "Sie können Ihre Einwilligung jederzeit über den Link oder die Schaltfläche für die Cookie-Einstellungen auf unserer Website ändern oder widerrufen oder indem Sie die Cookies in Ihrem Browser löschen.",
  },
  deviceAccess: [
    {
      name: "CookieConsent",
      technology: "cookie",
      purpose: {
        en: "Stores your consent choice for this website, so the banner does not appear again on every page.",
        de: "Speichert Ihre Einwilligungsentscheidung für diese Website, damit das Banner nicht auf jeder Seite erneut erscheint.",
      },
      duration: "P12M",
      party: "first",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    // Cookiebot Terms of Service, last update 1 July 2024, archived by ToS;DR; read in full.
    { url: cookiebotTermsUrl, facts: ["entity", "role", "activities", "retention", "deletion"], checked: usercentricsChecked, updated: "2024-07-01" },
    // Cookiebot Privacy Policy, last modified 12 December 2024, archived by ToS;DR; read in full.
    {
      url: cookiebotPrivacyPolicyUrl,
      facts: ["entity", "urls", "transfers", "retention"],
      checked: usercentricsChecked,
      updated: "2024-12-12",
    },
    // Help centre: the CookieConsent cookie and its default lifetime; stored copy.
    {
      url: "https://support.cookiebot.com/hc/en-us/articles/360023003294-Cookie-consent-expiration-in-Safari-12-1-and-newer",
      facts: ["device-access"],
      checked: usercentricsChecked,
    },
    // Help centre: the hosts to allow in a Content Security Policy; stored copy.
    { url: "https://support.cookiebot.com/hc/en-us/articles/360018907220", facts: ["domains"], checked: usercentricsChecked },
    // Help centre: the script tag; stored copy.
    {
      url: "https://support.cookiebot.com/hc/en-us/articles/10714664673564-Manually-implementing-Cookiebot-CMP",
      facts: ["domains"],
      checked: usercentricsChecked,
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: usercentricsChecked,
    },
  ],
  checked: usercentricsChecked,
  unconfirmed: [
    {
      fact: "transfers[0].mechanism",
      note: "Cookiebot's privacy policy (13.2) names the EU standard contractual clauses or binding corporate rules, 'among others', for third countries without an adequacy decision, but not which one covers Akamai; Cookiebot's data processing agreement, which may say so, was not found in a stored copy.",
    },
  ],
  disagreements: [],
};
