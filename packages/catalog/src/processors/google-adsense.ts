import type { Processor } from "@policy/core";
import {
  googleChecked,
  googleControllerTermsTransfer,
  googleFrameworksSource,
  googleIreland,
  googleLlc,
  googlePrivacyPolicySource,
  googleTermsSource,
} from "../parties/google.js";

const ADSENSE_TERMS =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/264d2c5037c47736e6d6b28fafed49fefad32046/AdSense/Terms%20of%20Service.md";
const CONTROLLER_TERMS =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/cd5633d2600e9b083230ba270e401b6c520961bf/AdSense/Data%20Controller%20Agreement.md";
const ADS_COOKIES = "https://github.com/OpenTermsArchive/contrib-versions/blob/ac24c8804a768398ee86c9a24dd8d358c3c5fb7c/AdSense/Trackers%20Policy.md";
const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Google AdSense: ads that Google places on a publisher's website, for a website operator in the EU who earns money
 * from them.
 *
 * Read (2026-12-06):
 * - Google AdSense Online Terms of Service (the page for the United Kingdom, www.google.com/adsense/tc/2018/
 *   UnitedKingdom.html), Open Terms Archive, contrib-versions, "AdSense/Terms of Service.md", commit 264d2c50,
 *   recorded 18 August 2020: '"We," "us" or "Google" means Google Ireland Ltd.'; section 10: the publisher and Google
 *   agree to the Google Ads Controller-Controller Data Protection Terms; the publisher keeps a privacy policy on its
 *   properties about cookies and other information stored on or read from visitors' devices, and seeks their consent
 *   where the law requires it. All later captures of that page (to 2026) are a Google sign-in page, so this 2020 copy
 *   is the newest text read; no copy of the page for Germany or Austria was found.
 * - Google Ads Controller-Controller Data Protection Terms, version 8.0 of 30 May 2024, archived under AdSense
 *   (contrib-versions, "AdSense/Data Controller Agreement.md", commit cd5633d2, recorded 23 September 2025): each party
 *   is an independent controller (4.1); Google's information for the people concerned is at business.safety.google/
 *   privacy (4.4); "The Google End Controllers are: (i) for European Controller Personal Data processed by Google,
 *   Google Ireland Limited" (Appendix 1A, 3); transfers follow an Alternative Transfer Solution Google has adopted,
 *   else the controller SCCs (Appendix 1A, 4.2); data the publisher sends to Google Ireland needs no SCCs (5.3).
 * - business.safety.google/intl/el/gdpr (English text, stored copy): Google AdSense is among the products "where Google
 *   and the customer each act as independent controllers of personal data".
 * - AdSense Help, GDPR topic 10924967 (stored copy, en-GB): across its publisher products, AdSense included, the
 *   publisher and Google are independent controllers.
 * - Google's page "How Google uses cookies in advertising" (policies.google.com/technologies/ads), archived under
 *   AdSense (contrib-versions, "AdSense/Trackers Policy.md", commit ac24c880, recorded 2 April 2026; no date on the
 *   page): with partner sites Google uses cookies to avoid showing the same ad again and again, to detect click fraud
 *   and to show more relevant ads, "such as ads based on websites you have visited"; the cookies may be set from
 *   google.com, doubleclick.net, googlesyndication.com or googleadservices.com, or from the partner's own domain; ad
 *   server logs hold the request, IP address, browser type and language, date and time and cookie IDs and are
 *   anonymised by removing part of the IP address after 9 months and the cookie information after 18 months; the IP
 *   address gives the general location; ad settings (myadcenter.google.com) turn personalised ads off.
 * - AdSense Help 7549925 "How AdSense uses cookies" (stored copy, en-GB): AdSense sends a cookie after any impression,
 *   click or other activity that calls Google's servers; it uses cookies to target ads, report on campaigns and avoid
 *   showing ads the visitor has already seen. It names no cookie.
 * - AdSense Help 16283098 "Integrate the AdSense ad code with a Content Security Policy" (stored copy): the ad code
 *   loads pagead2.googlesyndication.com/pagead/js/adsbygoogle.js; Google supports only a nonce-based policy because the
 *   hosts the ad code uses change over time (so the domains list names only the script host).
 * - Ad Manager Help 15304323 "Access publisher first-party IDs" (stored copy): __gpi and __gads are first-party cookies
 *   on the publisher's domain, both with a max-age of 13 months; __gpi_opt_out records that the visitor turned off
 *   personalisation.
 * - Google Privacy Policy (EEA) and Google Terms of Service: the companies and their addresses (parties/google.ts).
 *
 * Role "controller": the AdSense terms make the publisher and Google independent controllers; no Google document read
 * offers a joint controller arrangement (Art. 26 GDPR) for AdSense.
 *
 * Left out, and why: the cookies' names and lifetimes are not in any AdSense document read; __gads and __gpi come from
 * an Ad Manager help page (the same publisher cookies; marked unconfirmed for AdSense) and IDE from the Open Cookie
 * Database (unconfirmed). __eoi (Open Cookie Database, AdSense, 3 months) is left out: no Google document read names
 * it. Google's page on which transfer solutions it has adopted for its ads services (business.safety.google/
 * adsdatatransfers) was not found in a stored copy. No AdSense-specific retention period for the ad data was found
 * beyond the log anonymisation above.
 */
export const googleAdsense: Processor = {
  id: "google-adsense",
  name: "Google AdSense",
  aliases: ["AdSense", "Google AdSense ads"],
  categories: ["advertising"],
  entity: googleIreland,
  parent: googleLlc,
  role: "controller",
  urls: {
    privacyPolicy: "https://policies.google.com/privacy",
    optOut: "https://myadcenter.google.com/",
  },
  description: {
    en: "Google AdSense lets a website owner earn money by giving Google space for ads on its pages; Google picks the ads and shows them to the site's visitors.",
    de: "Mit Google AdSense stellt ein Websitebetreiber Google Werbeflächen auf seinen Seiten zur Verfügung und wird dafür vergütet; Google wählt die Anzeigen aus und blendet sie den Besuchern der Website ein.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.advertising.serving",
        legalBasis: "A6-1-a",
        description: {
          en: "To show ads from Google on our pages, which pays for part of our website, to limit how often you see the same ad and to detect fake clicks.",
          de: "Um auf unseren Seiten Anzeigen von Google einzublenden, die einen Teil unserer Website finanzieren, um zu begrenzen, wie oft Sie dieselbe Anzeige sehen, und um vorgetäuschte Klicks zu erkennen.",
        },
      },
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "To let Google choose ads for you based on the websites you have visited and other information it holds about your browser.",
          de: "Damit Google Anzeigen für Sie anhand der Websites auswählen kann, die Sie besucht haben, und anhand anderer Angaben, die es zu Ihrem Browser gespeichert hat.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.device.cookie_id",
        details: { en: "identifiers kept in Google's advertising cookies", de: "Kennungen in den Werbe-Cookies von Google" },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the page of our website on which the ad appears, and which ads you see and click",
          de: "die Seite unserer Website, auf der die Anzeige erscheint, und welche Anzeigen Sie sehen und anklicken",
        },
        collected: "automatic",
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser type and language, device model, date and time of the request",
          de: "Art und Sprache des Browsers, Gerätemodell, Datum und Uhrzeit der Anfrage",
        },
      },
      {
        category: "user.location.imprecise",
        details: { en: "your general location, derived from the IP address", de: "Ihr ungefährer Standort, aus der IP-Adresse abgeleitet" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["pagead2.googlesyndication.com"],
  transfers: [googleControllerTermsTransfer],
  retention: {
    criteria: {
      en: "Google records the ads it serves in its server logs, together with the IP address and cookie identifiers; it makes these records anonymous by removing part of the IP address after 9 months and the cookie information after 18 months.",
      de: "Google hält die ausgelieferten Anzeigen samt IP-Adresse und Cookie-Kennungen in seinen Serverprotokollen fest; diese Einträge anonymisiert Google, indem es nach 9 Monaten einen Teil der IP-Adresse und nach 18 Monaten die Cookie-Angaben entfernt.",
    },
  },
  deletion: {
    en: "In Google's ad settings (myadcenter.google.com) you can switch off personalised ads from Google; in your browser settings you can delete or block the advertising cookies. For the data Google collects through its ads, Google is itself responsible as controller, so you can also turn to Google directly.",
    de: "In Googles Werbeeinstellungen (myadcenter.google.com) können Sie personalisierte Werbung von Google abschalten; in den Einstellungen Ihres Browsers können Sie die Werbe-Cookies löschen oder blockieren. Für die Daten, die Google über seine Anzeigen erhebt, ist Google selbst verantwortlich; Sie können sich daher auch direkt an Google wenden.",
  },
  deviceAccess: [
    {
      name: "__gads",
      technology: "cookie",
      purpose: {
        en: "Set by Google's ad code on our domain; Google uses it to limit how often the same ad is shown and to measure ads.",
        de: "Wird von Googles Anzeigencode auf unserer Domain gesetzt; Google begrenzt damit, wie oft dieselbe Anzeige erscheint, und misst Anzeigen.",
      },
      duration: "P13M",
      party: "first",
      ground: "consent",
    },
    {
      name: "__gpi",
      technology: "cookie",
      purpose: {
        en: "Holds an identifier that Google's ad code sets on our domain to recognise the browser for ads on our website.",
        de: "Enthält eine Kennung, die Googles Anzeigencode auf unserer Domain setzt, um den Browser für Anzeigen auf unserer Website wiederzuerkennen.",
      },
      duration: "P13M",
      party: "first",
      ground: "consent",
    },
    {
      name: "IDE",
      technology: "cookie",
      domain: "doubleclick.net",
      purpose: {
        en: "Recognises the browser on Google's advertising domain so that Google can choose ads and measure how they perform.",
        de: "Erkennt den Browser auf Googles Werbedomain wieder, damit Google Anzeigen auswählen und ihre Wirkung messen kann.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    googleTermsSource,
    // Google Privacy Policy (EEA): the companies; the privacy policy the AdSense terms point to.
    { ...googlePrivacyPolicySource, facts: ["entity", "parent", "urls"] },
    // AdSense Online Terms of Service (UK page, 2020 copy, the newest readable): Google Ireland Ltd. the contracting
    // party; the controller terms apply; the publisher informs and asks for consent.
    { url: ADSENSE_TERMS, facts: ["entity", "role"], checked: googleChecked },
    // Controller-Controller terms, archived under AdSense: independent controllers; Google Ireland the end controller
    // for European data; transfers.
    { url: CONTROLLER_TERMS, facts: ["entity", "role", "transfers"], checked: googleChecked, updated: "2024-05-30" },
    // Lists AdSense among the independent-controller products (English text).
    { url: "https://business.safety.google/intl/el/gdpr/", facts: ["role"], checked: googleChecked },
    // AdSense Help, GDPR for publishers: publisher and Google independent controllers.
    { url: "https://support.google.com/adsense/topic/10924967?hl=en-GB&ref_topic=10924966", facts: ["role"], checked: googleChecked },
    // How Google uses cookies in advertising: purposes, data in the ad logs, their anonymisation, cookie domains, ad
    // settings.
    { url: ADS_COOKIES, facts: ["activities", "retention", "deletion", "urls", "device-access"], checked: googleChecked },
    // How AdSense uses cookies: when and why AdSense sends cookies.
    {
      url: "https://support.google.com/adsense/answer/7549925?hl=en-GB&ref_topic=1628432",
      facts: ["activities", "device-access"],
      checked: googleChecked,
    },
    // AdSense ad code with a Content Security Policy: the script host.
    { url: "https://support.google.com/adsense/answer/16283098", facts: ["domains"], checked: googleChecked },
    // Ad Manager: publisher first-party IDs __gpi and __gads, 13 months.
    { url: "https://support.google.com/admanager/answer/15304323", facts: ["device-access"], checked: googleChecked },
    googleFrameworksSource,
    { url: OCD, facts: ["device-access"], checked: googleChecked },
  ],
  checked: googleChecked,
  unconfirmed: [
    {
      fact: "deviceAccess[0]",
      note: "Google documents __gads (first party on the publisher's domain, max-age 13 months) on an Ad Manager help page (15304323), not on an AdSense page; AdSense Help 7549925 and Google's page on cookies in advertising name no cookie. The Open Cookie Database says __gads is used for AdSense too, with lifetime 'various'.",
    },
    {
      fact: "deviceAccess[1]",
      note: "As for __gads: __gpi (first party, 13 months) is documented on Ad Manager Help 15304323, not on an AdSense page. The Open Cookie Database lists __gpi under Google AdSense with 13 months.",
    },
    {
      fact: "deviceAccess[2]",
      note: "No Google document read names this cookie or its lifetime; Google's page on cookies in advertising confirms only that its advertising cookies may be set from doubleclick.net. Name, domain and 2 years come from the Open Cookie Database (commit 0ee5a17f, platform DoubleClick/Google Marketing); third-party cookie pages give 13 months instead.",
    },
  ],
  disagreements: [
    // Google's Ad Manager page gives __gads a max-age of 13 months; the Open Cookie Database says "various".
    { fact: "deviceAccess[0].duration", value: "various", source: OCD },
  ],
};
