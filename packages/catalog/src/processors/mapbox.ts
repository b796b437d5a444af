import type { Processor } from "@policy/core";

const PRIVACY_POLICY = "https://github.com/tosdr/tosdr-versions/blob/0edb503d32f0958402df20480c9710a321899af7/Mapbox/Privacy%20Policy.md";
const TERMS = "https://github.com/tosdr/tosdr-versions/blob/041660ab98d6a4d4181b39d520ac0333f1cc7efd/Mapbox/Terms%20of%20Service.md";
const DPA = "https://www.mapbox.com/legal/dpa";
const DPF_LIST = "https://www.privacyshield.gov/ps/participant?id=a2zt0000000CbWQAA0&status=Active";
const CERTIFICATION_NOTICE = "https://www.mapbox.com/legal/notice-of-certification";
const CSP_GUIDE = "https://docs.mapbox.com/mapbox-gl-js/guides/security-and-testing";

/**
 * Mapbox maps on a website, loaded with Mapbox GL JS (map styles, tiles and fonts from Mapbox's servers). Mapbox's
 * mobile and navigation SDKs, and the Dash products, are not this entry.
 *
 * Read (2026-12-06):
 * - Mapbox Privacy Policies page (archived by ToS;DR, tosdr-versions, commit 0edb503d), the privacy policy and the
 *   "Mapbox Product Privacy Policy" in full: the privacy policy does not apply where Mapbox acts as a processor, which
 *   it does "for certain personal data" under its DPA; the product privacy policy applies when Mapbox processes personal
 *   data of an end user of an application that contains Mapbox SDKs or APIs "in its capacity ... as an independent
 *   data controller", e.g. when it decides how to process data "that benefits Mapbox customers generally"; the data:
 *   IP address ("deleted after 30 days"), randomly generated billing, session and feedback IDs, the user agent with the
 *   application ID, the customer's account ID and the Mapbox product and version, timestamps, and geolocation where an
 *   app sends it; uses: providing, securing and improving its products, billing customers, fraud prevention,
 *   de-identified statistics and de-identified AI training; "Mapbox retains IP addresses for 30 days" (longer only for
 *   an investigation); transfers on its certification under the EU-US, UK and Swiss-US Data Privacy Framework and, if
 *   required, standard contractual clauses; rights requests to privacy@mapbox.com or the deletion form. No effective
 *   date was seen in the parts of the page read.
 * - Mapbox Terms of Service, last updated 31 March 2024 (tosdr-versions, commit 041660ab): the site and Services are
 *   operated by "Mapbox, Inc. and our direct and indirect wholly-owned subsidiaries"; the DPA governs data "processed by
 *   Mapbox as a processor", the privacy policy data "otherwise processed by Mapbox".
 * - Mapbox Data Processing Addendum (mapbox.com/legal/dpa, stored copy, opening part; an older version that still
 *   speaks of the Privacy Shield): between the Customer and "Mapbox, Inc. ..., a company constituted under the laws of
 *   Delaware with an address of 740 15th Street NW, 5th Floor, Washington DC 20005"; Mapbox processes the personal data
 *   identified in its Schedule A on the Customer's behalf.
 * - Mapbox's entry on the Data Privacy Framework List (stored copy under privacyshield.gov): EU-U.S. DPF, UK Extension
 *   and Swiss-U.S. DPF "Active"; and Mapbox's Notice of Certification (effective November 2023): Mapbox Inc. and its
 *   U.S. subsidiaries comply with the three frameworks; the location data platform is hosted in the cloud (AWS-US).
 * - Mapbox GL JS guide "Security and testing" (docs.mapbox.com): a CSP needs connect-src https://api.mapbox.com
 *   https://events.mapbox.com.
 *
 * Roles: "controller" for the end-user data Mapbox uses for purposes of its own (product privacy policy); "processor"
 * for personal data it processes on our behalf under its DPA.
 *
 * Left out, and why: cookies and storage keys of Mapbox GL JS (no Mapbox document read names any); the address's
 * currency (the only DPA copy read is an older version; no newer Mapbox document read gives another address).
 */
export const mapbox: Processor = {
  id: "mapbox",
  name: "Mapbox",
  aliases: ["Mapbox GL JS", "Mapbox maps"],
  categories: ["maps"],
  entity: {
    name: "Mapbox, Inc.",
    address: { street: "740 15th Street NW, 5th Floor", postalCode: "20005", city: "Washington", region: "DC", country: "US" },
    email: "privacy@mapbox.com",
    url: "https://www.mapbox.com/",
  },
  role: "controller",
  roles: [
    {
      role: "controller",
      scope: {
        en: "the data it receives from our visitors' map requests and uses for purposes of its own, such as securing and improving its services, billing and statistics",
        de: "die Daten, die es aus den Kartenabrufen unserer Besucher erhält und für eigene Zwecke verwendet, etwa um seine Dienste abzusichern und zu verbessern, für die Abrechnung und für Statistiken",
      },
    },
    {
      role: "processor",
      scope: {
        en: "the personal data it processes on our behalf under its data processing addendum",
        de: "die personenbezogenen Daten, die es auf Grundlage seines Vertrags zur Auftragsverarbeitung in unserem Auftrag verarbeitet",
      },
    },
  ],
  urls: {
    website: "https://www.mapbox.com/",
    privacyPolicy: "https://www.mapbox.com/legal/privacy",
    dpa: "https://www.mapbox.com/legal/dpa",
  },
  description: {
    en: "Mapbox provides interactive maps for websites and apps; an embedded Mapbox map loads its map data, styles and fonts from Mapbox's servers.",
    de: "Mapbox stellt interaktive Karten für Websites und Apps bereit; eine eingebettete Mapbox-Karte lädt ihre Kartendaten, Stile und Schriften von den Servern von Mapbox.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "To show you an interactive map on our pages.",
          de: "Um Ihnen auf unseren Seiten eine interaktive Karte zu zeigen.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.unique_id.pseudonymous",
        details: {
          en: "randomly generated session and billing IDs",
          de: "zufällig erzeugte Sitzungs- und Abrechnungskennungen",
        },
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser information (user agent), our Mapbox account and the Mapbox product and version used, the time of each request",
          de: "Browserangaben (User-Agent), unser Mapbox-Konto sowie das verwendete Mapbox-Produkt und seine Version, der Zeitpunkt jeder Anfrage",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["api.mapbox.com", "events.mapbox.com"],
  transfers: [
    {
      country: "US",
      recipient: "Mapbox, Inc.",
      mechanism: "EU-US-DPF",
      certification: { frameworks: ["EU-US", "UK-Extension", "Swiss-US"], source: DPF_LIST, checked: "2026-12-06" },
      note: {
        en: "Mapbox's platform is hosted in the cloud in the US; where required, Mapbox also relies on the EU standard contractual clauses.",
        de: "Die Plattform von Mapbox wird in der Cloud in den USA betrieben; soweit erforderlich, stützt sich Mapbox zusätzlich auf die Standardvertragsklauseln der EU.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "Mapbox keeps the data as long as it needs it for its purposes, judged by its amount, nature and sensitivity, the risks and legal requirements.",
      de: "Mapbox bewahrt die Daten so lange auf, wie es sie für seine Zwecke benötigt, gemessen an Umfang, Art und Sensibilität der Daten, den Risiken und den gesetzlichen Anforderungen.",
    },
    exceptions: [
      {
        data: ["user.device.ip_address"],
        duration: "P30D",
        criteria: {
          en: "Mapbox deletes IP addresses after 30 days, unless it needs them longer to investigate a security incident or fraud.",
          de: "Mapbox löscht IP-Adressen nach 30 Tagen, es sei denn, es benötigt sie länger, um einen Sicherheitsvorfall oder Betrug aufzuklären.",
        },
      },
    ],
  },
  deletion: {
    en: "You can ask Mapbox to delete data through the deletion form on mapbox.com/legal or at privacy@mapbox.com; as Mapbox deletes IP addresses after 30 days, it may hold nothing it can link to you after that.",
    de: "Sie können Mapbox über das Löschformular auf mapbox.com/legal oder unter privacy@mapbox.com zur Löschung auffordern; da Mapbox IP-Adressen nach 30 Tagen löscht, hat es danach unter Umständen keine Daten mehr, die es Ihnen zuordnen kann.",
  },
  deviceAccess: [],
  sources: [
    // Mapbox Privacy Policies (privacy policy and product privacy policy), as archived by ToS;DR.
    {
      url: PRIVACY_POLICY,
      facts: ["entity", "role", "urls", "activities", "transfers", "retention", "deletion"],
      checked: "2026-12-06",
    },
    // Mapbox Terms of Service, last updated 31 March 2024, as archived by ToS;DR.
    { url: TERMS, facts: ["entity", "role", "urls"], checked: "2026-12-06", updated: "2024-03-31" },
    // Mapbox Data Processing Addendum (stored copy, opening part, an older version): the parties and Mapbox, Inc.'s address.
    { url: DPA, facts: ["entity", "role", "urls"], checked: "2026-12-06" },
    // Mapbox's entry on the Data Privacy Framework List (stored copy).
    { url: DPF_LIST, facts: ["transfers"], checked: "2026-12-06" },
    // Mapbox's Notice of Certification under the Data Privacy Framework, effective November 2023 (stored copy).
    { url: CERTIFICATION_NOTICE, facts: ["transfers"], checked: "2026-12-06" },
    // Mapbox GL JS guide "Security and testing" (stored copy): the hosts a CSP must allow.
    { url: CSP_GUIDE, facts: ["domains"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "Mapbox's Privacy & Security FAQ (ToS;DR copy) says content is cached and served from regions outside the US and that staff of Mapbox subsidiaries may access personal data from the countries where they work; it names neither the countries nor the grounds, so the list may not be complete.",
    },
    {
      fact: "entity.address",
      note: "740 15th Street NW, 5th Floor, Washington DC 20005 comes from the only copy of Mapbox's DPA found, an older version that still refers to the Privacy Shield; Mapbox's FAQ (August 2023) refers to a newer DPA (Schedule C, the 2021 standard contractual clauses), which was not read.",
    },
  ],
  disagreements: [],
};
