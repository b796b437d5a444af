import type { Processor } from "@policy/core";

/**
 * etracker Analytics: web analytics from a Hamburg company, for website operators who want visitor statistics,
 * by default without cookies (session tracking), optionally with a cookie that recognises returning visitors.
 *
 * Read (2026-12-06), all stored copies of etracker's own pages:
 * - General Terms and Conditions of etracker GmbH (etracker.com/en/gtc, "Date 01.04.2018"): the terms apply to all
 *   contracts of "etracker GmbH, Erste Brunnenstrasse 1, 20459 Hamburg, Germany" with its customers.
 * - etracker's Data Processing Agreement ("as of: 01.11.2019", read in the copy on signalize.com, etracker's own
 *   product site: "With your registration to etracker.com or signalize.com you consent to the following data
 *   processing agreement ... presented to you here by etracker"): etracker GmbH, Erste Brunnenstraße 1, 20459 Hamburg
 *   is the "Contractor (order processor)" and processes personal data for the client under Art. 28 GDPR. Only the
 *   opening of the agreement could be read; its list of subcontractors was not.
 * - etracker's help article "Data protection" (help.etracker.com/en/article/data-protection, no date shown): the DPA is
 *   concluded automatically with the account; the operator must mention etracker in its privacy policy and offer an
 *   opt-out, for which etracker provides a text with an opt-out button.
 * - etracker's FAQ "What personal data is collected by etracker?" (etracker.com/en/docs, no date shown): IP addresses,
 *   "anonymised as soon as possible by default"; randomly generated user identifiers, "which may be stored in cookies
 *   after the user has given his consent"; device identifiers and e-mail addresses only with app tracking or the
 *   Optimiser.
 * - etracker's page on cookie-less session tracking (etracker.com/en/etracker-analytics-with-pure-session-tracking-
 *   consent-free, no date shown): the standard code sets no cookies and uses no local storage; it processes the
 *   shortened IP address, device, operating system and browser, location up to city level, the page and its title, the
 *   referring page, the pages that follow, time spent and interactions such as searches, downloads, videos and orders;
 *   page views are linked to sessions for no longer than 24 hours.
 * - etracker's help article "Cookies used" (help.etracker.com/en/article/cookies-used, no date shown, read with the
 *   same table in etracker's docs at etracker.com/en/docs/.../cookies-used): strictly necessary: et_allow_cookies ("1" -
 *   480 days, first party), et_oi_v2 (the visitor's objection or consent: "no" 50 years, "yes" 480 days, first party),
 *   et_scroll_depth (session storage), isSdEnabled (24 hours, first party), et_cssSelectors and et_cssSelectorsLoaded
 *   (session storage); blocked by default, set only when the operator activates cookies with consent: _et_coid
 *   ("Cookie recognition", 720 days or as configured, first party). The other cookies in the table (BT_*, GS*) belong to
 *   the etracker Optimiser and are not in this entry.
 *   etracker's table gives the kind of et_allow_cookies, et_oi_v2 and _et_coid as "First-party, local storage" while
 *   calling them cookies; the entry lists them as cookies on our own domain.
 *
 * Our classification: etracker counts the scroll-depth and CSS-selector caches among the strictly necessary storage
 * and relies on a review by ePrivacy GmbH. We ask for consent for them, as for _et_coid, because § 25(2) no. 2 TDDDG
 * exempts only what is strictly necessary for a service the visitor asked for, and statistics are not that service;
 * only the stored objection or consent (et_oi_v2, et_allow_cookies) is treated as strictly necessary. For the same
 * reason the statistics default to consent (A6-1-a); a policy that uses etracker's cookie-less mode without that
 * storage can state its legitimate interest instead.
 *
 * Left out, and why:
 * - transfers: none listed. No etracker page we read names a recipient or a processing location outside the EU; the
 *   DPA's list of subcontractors could not be read. (Third-party pages say etracker processes the data on its own
 *   servers in Hamburg; that is a lead, not a source.)
 * - retention: no etracker page we read states how long the statistics are kept.
 * - domains: etracker's pages we read do not name the host its tracking code loads from.
 */
export const etracker: Processor = {
  id: "etracker",
  name: "etracker Analytics",
  aliases: ["etracker"],
  categories: ["analytics"],
  entity: {
    name: "etracker GmbH",
    address: { street: "Erste Brunnenstraße 1", postalCode: "20459", city: "Hamburg", country: "DE" },
    url: "https://www.etracker.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.etracker.com/",
    privacyPolicy: "https://www.etracker.com/en/data-privacy/",
  },
  description: {
    en: "etracker Analytics counts visits, page views and interactions on a website and shows them as statistics; by default it works without cookies.",
    de: "etracker Analytics zählt Besuche, Seitenaufrufe und Interaktionen auf einer Website und stellt sie als Statistik dar; in der Grundeinstellung arbeitet es ohne Cookies.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting",
        legalBasis: "A6-1-a",
        description: {
          en: "Seeing how our website is used, which pages are read and where visitors come from, so we can improve it.",
          de: "Sehen, wie unsere Website genutzt wird, welche Seiten gelesen werden und woher Besucher kommen, um sie zu verbessern.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "shortened as soon as possible",
          de: "so früh wie möglich gekürzt",
        },
      },
      {
        category: "user.device",
        details: {
          en: "type of device, operating system and browser",
          de: "Art des Geräts, Betriebssystem und Browser",
        },
      },
      {
        category: "user.location.imprecise",
        details: {
          en: "location up to the city, derived from the IP address",
          de: "Standort bis zur Stadt, aus der IP-Adresse abgeleitet",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "pages visited with their titles, the page you came from, time spent, and clicks such as searches, downloads, videos watched and orders",
          de: "aufgerufene Seiten mit Titel, die Seite, von der Sie kamen, Verweildauer sowie Klicks wie Suchen, Downloads, angesehene Videos und Bestellungen",
        },
      },
      {
        category: "user.device.cookie_id",
        details: {
          en: "a random visitor ID in a cookie, only if you consent",
          de: "eine zufällige Besucherkennung in einem Cookie, nur mit Ihrer Einwilligung",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [],
  deletion: {
    en: "You can object to the statistics at any time with the opt-out on our privacy page; your browser then keeps a note of your objection. Ask us if you want data about you deleted.",
    de: "Sie können der Statistik jederzeit über den Widerspruchs-Link auf unserer Datenschutzseite widersprechen; Ihr Browser speichert dann einen Vermerk über Ihren Widerspruch. Wenden Sie sich an uns, wenn Daten über Sie gelöscht werden sollen.",
  },
  deviceAccess: [
    {
      name: "et_oi_v2",
      technology: "cookie",
      purpose: {
        en: "Remembers whether you objected to or agreed to the statistics.",
        de: "Speichert, ob Sie der Statistik widersprochen oder ihr zugestimmt haben.",
      },
      duration: "P50Y",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "et_allow_cookies",
      technology: "cookie",
      purpose: {
        en: "Records that etracker may set its cookies, after you consented.",
        de: "Hält fest, dass etracker nach Ihrer Einwilligung seine Cookies setzen darf.",
      },
      duration: "P480D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "_et_coid",
      technology: "cookie",
      purpose: {
        en: "Holds a random visitor ID so that etracker recognises your browser on later visits.",
        de: "Enthält eine zufällige Besucherkennung, damit etracker Ihren Browser bei späteren Besuchen wiedererkennt.",
      },
      duration: "P720D",
      party: "first",
      ground: "consent",
    },
    {
      name: "isSdEnabled",
      technology: "cookie",
      purpose: {
        en: "Notes whether how far you scroll is measured.",
        de: "Vermerkt, ob gemessen wird, wie weit Sie scrollen.",
      },
      duration: "P1D",
      party: "first",
      ground: "consent",
    },
    {
      name: "et_scroll_depth",
      technology: "session-storage",
      purpose: {
        en: "Keeps the measurement of how far you scroll until it is sent.",
        de: "Hält die Messung, wie weit Sie scrollen, bis zur Übermittlung vor.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
    {
      name: "et_cssSelectors",
      technology: "session-storage",
      purpose: {
        en: "Keeps the list of page elements whose clicks are counted.",
        de: "Hält die Liste der Seitenelemente vor, deren Klicks gezählt werden.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
    {
      name: "et_cssSelectorsLoaded",
      technology: "session-storage",
      purpose: {
        en: "Notes whether that list has been loaded.",
        de: "Vermerkt, ob diese Liste geladen wurde.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    // etracker's General Terms and Conditions (stored copy of etracker.com/en/gtc): the company and its address.
    { url: "https://www.etracker.com/en/gtc/", facts: ["entity"], checked: "2026-12-06", updated: "2018-04-01" },
    // etracker's Data Processing Agreement (stored copy on signalize.com, etracker's product site): etracker GmbH as processor.
    { url: "https://stage20.signalize.com/en/avv/", facts: ["entity", "role"], checked: "2026-12-06", updated: "2019-11-01" },
    // etracker's privacy statement for its own website (stored copy): the address again, and the privacy page's URL.
    { url: "https://www.etracker.com/en/data-privacy/", facts: ["entity", "urls"], checked: "2026-12-06" },
    // etracker's help article on data protection (stored copy): DPA with the account; the operator offers an opt-out.
    { url: "https://help.etracker.com/en/article/data-protection", facts: ["role", "deletion"], checked: "2026-12-06" },
    // etracker's FAQ on the personal data it collects (stored copy).
    {
      url: "https://www.etracker.com/en/docs/faq-2/eu-gdpr/what-personal-data-is-collected-by-etracker/",
      facts: ["activities"],
      checked: "2026-12-06",
    },
    // etracker's page on cookie-less session tracking (stored copy): the data processed per page view.
    {
      url: "https://www.etracker.com/en/etracker-analytics-with-pure-session-tracking-consent-free/",
      facts: ["activities", "device-access"],
      checked: "2026-12-06",
    },
    // etracker's help article "Cookies used" (stored copy): names, purposes, lifetimes, first party.
    { url: "https://help.etracker.com/en/article/cookies-used", facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "No etracker document read says where the data is processed beyond etracker itself; the sub-processor list of its processing agreement was not read.",
    },
  ],
  disagreements: [],
};
