import type { Processor } from "@policy/core";

const OTA = "https://github.com/OpenTermsArchive/pga-versions/blob";
const PRIVACY = `${OTA}/1a0de900bc19c3e1d894aa7a12da2fbe54d2e983/Reddit/Privacy%20Policy.md`;
const TERMS = `${OTA}/e1708945c9f3a8fed1582580bc9468863e0907f9/Reddit/Terms%20of%20Service.md`;
const COOKIES = `${OTA}/6549be5066588ce4435dd7b6be657cfc78259cf3/Reddit/Trackers%20Policy.md`;
const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Reddit Pixel: the conversion-tracking tag of Reddit Ads. An advertiser puts it on its website; it tells Reddit which
 * pages were visited and which purchases or sign-ups followed a Reddit ad, for ad measurement and for showing visitors
 * more relevant ads on Reddit.
 *
 * Read (2026-12-06):
 * - Reddit Privacy Policy, "Effective: July 1, 2026. Last Revised: May 26, 2026" (Open Terms Archive, pga-versions,
 *   commit 1a0de900 of 20 August 2026), read in full. "Information Collected From Integrations": "if an advertiser
 *   incorporates Reddit's ad technology, Reddit may receive limited information about your activity on the
 *   advertiser's site or app, such as whether you bought something from the advertiser", used to personalise ads on
 *   and off Reddit and to measure ads. "If you live in the European Economic Area ("EEA") or Switzerland, Reddit
 *   Netherlands B.V. is the controller of information processed in connection with the Reddit platform and this
 *   policy"; its address for EEA and Swiss users is "Euro Business Center, Looiersgracht 43, 1016 VR Amsterdam";
 *   Reddit, Inc. is at "548 Market St. #16093, San Francisco, California 94104". "We process and store information on
 *   servers located in the United States" and may transfer it to affiliates, service providers and others "located in
 *   various countries", relying on adequacy decisions and the standard contractual clauses; "Reddit, Inc., complies
 *   with the EU-U.S. Data Privacy Framework (EU-U.S. DPF) and the UK Extension to the EU-U.S. DPF, and the Swiss-U.S.
 *   Data Privacy Framework". IP addresses are deleted after 100 days, except the one used to create an account.
 *   Logged-in users can turn off the use of data from advertising partners to personalise ads in their privacy
 *   settings.
 * - Reddit User Agreement, same dates (pga-versions, commit e1708945), version for the EEA, the UK and Switzerland:
 *   "If you live in the EEA or Switzerland, you are contracting with Reddit Netherlands B.V., Looiersgracht 43, 1016 VR
 *   Amsterdam, Netherlands" (KVK 83433880); "If you advertise on the Services, you must also agree to the Reddit
 *   Advertising Platform Terms".
 * - Reddit Cookie Notice, "Last updated September 15, 2020" (pga-versions, commit 6549be50): Reddit may serve its
 *   advertising pixel on advertisers' sites and set advertising cookies there "so that we can measure the effectiveness
 *   of ads on Reddit and to show you more relevant advertising on Reddit"; it names no pixel cookie.
 * - Open Cookie Database: _rdt_uuid, 90 days, "used for remarketing on reddit.com", no domain given.
 *
 * Role: controller. Reddit uses what the pixel sends for its own purposes (measuring ads, personalising ads on and off
 * Reddit) under its own privacy policy, and no Reddit document we read offers advertisers an Art. 26 arrangement. (A
 * court may still see the website as jointly responsible for collecting the data under CJEU C-40/17 Fashion ID.)
 *
 * Left out, and why:
 * - The Reddit Advertising Platform Terms (renamed Reddit Advertising Services Agreement in August 2025), which would
 *   say which Reddit company an advertiser contracts with and how pixel data may be used, were not among the stored
 *   copies; a trade-press report says the contracting company depends on the billing country (Reddit Netherlands B.V.,
 *   Reddit UK Limited or Reddit, Inc.). The entity is therefore Reddit Netherlands B.V. as the User Agreement (the
 *   contract for users in the EEA) and the privacy policy (the controller for the EEA) name it.
 * - Further countries: the privacy policy mentions affiliates and service providers "in various countries" without
 *   naming them; this is said in the US transfer's note.
 * - Cookies other than _rdt_uuid: the Open Cookie Database lists edgebucket and initref on reddit.com as Reddit
 *   advertising cookies, but nothing ties them to the pixel on another site, so they are not listed.
 * - Domains: no Reddit document we read names the hosts the pixel loads from.
 */
export const redditPixel: Processor = {
  id: "reddit-pixel",
  name: "Reddit Pixel",
  aliases: ["Reddit Ads Pixel", "Reddit conversion pixel"],
  categories: ["advertising", "social-media"],
  entity: {
    name: "Reddit Netherlands B.V.",
    address: { street: "Euro Business Center, Looiersgracht 43", postalCode: "1016 VR", city: "Amsterdam", country: "NL" },
    email: "dpo@reddit.com",
    url: "https://www.reddit.com/",
  },
  parent: {
    name: "Reddit, Inc.",
    address: { street: "548 Market St. #16093", postalCode: "94104", city: "San Francisco", region: "CA", country: "US" },
    url: "https://www.redditinc.com/",
  },
  role: "controller",
  urls: {
    website: "https://www.reddit.com/",
    privacyPolicy: "https://www.reddit.com/policies/privacy-policy",
    optOut: "https://www.reddit.com/settings/privacy",
  },
  description: {
    en: "The Reddit Pixel tells Reddit which pages of a website were visited and which purchases or sign-ups followed a Reddit ad, so that ads can be measured and shown to the right people on Reddit and elsewhere.",
    de: "Das Reddit-Pixel teilt Reddit mit, welche Seiten einer Website besucht wurden und welche Käufe oder Anmeldungen auf eine Reddit-Anzeige folgten, damit Anzeigen gemessen und auf Reddit und anderswo den passenden Personen gezeigt werden können.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "Counting how many visits, purchases and sign-ups on our website followed our ads on Reddit.",
          de: "Zählen, wie viele Besuche, Käufe und Anmeldungen auf unserer Website auf unsere Anzeigen bei Reddit folgten.",
        },
      },
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "Letting Reddit use visits to our website to show the visitor more relevant ads on Reddit and on other sites.",
          de: "Reddit erlauben, Besuche auf unserer Website zu nutzen, um den Besuchern auf Reddit und auf anderen Websites passendere Anzeigen zu zeigen.",
        },
      },
    ],
    data: [
      {
        category: "user.device.cookie_id",
        details: {
          en: "an ID the pixel stores in a cookie in your browser",
          de: "eine Kennung, die das Pixel in einem Cookie in Ihrem Browser speichert",
        },
      },
      "user.device.ip_address",
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the pages of our website you visit and the actions we report, such as sign-ups",
          de: "die Seiten unserer Website, die Sie besuchen, und die Aktionen, die wir melden, etwa Anmeldungen",
        },
      },
      {
        category: "user.behavior.purchase_history",
        details: {
          en: "whether you bought something after seeing or clicking a Reddit ad",
          de: "ob Sie nach dem Sehen oder Anklicken einer Reddit-Anzeige etwas gekauft haben",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [
    // Privacy policy: servers in the United States; Reddit, Inc.'s DPF statement (EU-US, UK Extension, Swiss-US);
    // adequacy decisions and SCCs for other recipients in unnamed countries.
    {
      country: "US",
      recipient: "Reddit, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: PRIVACY,
        checked: "2026-12-06",
      },
      note: {
        en: "Reddit processes and stores information on servers in the United States. Reddit also names transfers to its affiliates and service providers in other countries, which it does not name, under adequacy decisions or the EU standard contractual clauses.",
        de: "Reddit verarbeitet und speichert Informationen auf Servern in den USA. Reddit nennt außerdem Übermittlungen an verbundene Unternehmen und Dienstleister in weiteren, nicht genannten Ländern auf Grundlage von Angemessenheitsbeschlüssen oder der Standardvertragsklauseln der EU.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "Reddit says it deletes the IP addresses it collects after 100 days, except the one used to create an account, and keeps other information as long as it needs it for the purposes it was collected for, or longer for legitimate business purposes or where the law requires it.",
      de: "Nach eigenen Angaben löscht Reddit die erhobenen IP-Adressen nach 100 Tagen, außer der bei der Kontoerstellung verwendeten, und bewahrt andere Informationen so lange auf, wie es sie für die Zwecke braucht, zu denen sie erhoben wurden, oder länger für berechtigte geschäftliche Zwecke oder soweit das Gesetz es verlangt.",
    },
  },
  deletion: {
    en: "Logged-in Reddit users can stop Reddit from using information from advertisers to personalise their ads in the privacy section of their Reddit settings.",
    de: "Angemeldete Nutzer von Reddit können im Bereich Datenschutz ihrer Reddit-Einstellungen verhindern, dass Reddit Informationen von Werbetreibenden nutzt, um ihre Anzeigen zu personalisieren.",
  },
  deviceAccess: [
    {
      name: "_rdt_uuid",
      technology: "cookie",
      purpose: {
        en: "Gives the browser an ID so Reddit can link visits and purchases on the website to its ads.",
        de: "Gibt dem Browser eine Kennung, damit Reddit Besuche und Käufe auf der Website seinen Anzeigen zuordnen kann.",
      },
      duration: "P90D",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    // Reddit Privacy Policy (effective 1 July 2026), as archived by Open Terms Archive (pga-versions).
    {
      url: PRIVACY,
      facts: ["entity", "parent", "role", "urls", "transfers", "activities", "retention", "deletion"],
      checked: "2026-12-06",
      updated: "2026-07-01",
    },
    // Reddit User Agreement (effective 1 July 2026), EEA version: contracting entity and its address.
    { url: TERMS, facts: ["entity"], checked: "2026-12-06", updated: "2026-07-01" },
    // Reddit Cookie Notice (15 September 2020): the advertising pixel and its cookies on advertisers' sites.
    { url: COOKIES, facts: ["activities", "device-access"], checked: "2026-12-06", updated: "2020-09-15" },
    // Open Cookie Database: _rdt_uuid.
    { url: OCD, facts: ["device-access"], checked: "2026-12-06", updated: "2026-01-21" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "Reddit's privacy policy names transfers to its affiliates and service providers in other countries without naming them, so the list may not be complete.",
    },
    {
      fact: "deviceAccess[0]",
      note: "Reddit's Cookie Notice (2020) says the pixel sets advertising cookies on advertisers' sites but names none; _rdt_uuid and its 90 days come from the Open Cookie Database, which gives no domain. That it is written on the website's own domain (first party) is how third-party implementation guides describe it, not a Reddit document.",
    },
  ],
  disagreements: [],
};
