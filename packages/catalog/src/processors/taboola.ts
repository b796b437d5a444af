import type { Processor } from "@policy/core";

const privacyPolicy =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/6363b892b20db54b2b87eb3a4e9292d5a4a8b157/Taboola/Privacy%20Policy.md";
const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";
const cookiePolicy =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/69bf6c2ccec8b7f4f866e81d6b8b4ebf53b362b0/Taboola/Trackers%20Policy.md";

/**
 * Taboola Pixel: the conversion and retargeting tag an advertiser puts on its website when it promotes its content
 * with Taboola's recommendation ads ("around the web" boxes on news sites).
 *
 * Read (2026-12-06):
 * - Taboola Privacy Policy, last update 11 April 2025 (Open Terms Archive, contrib-versions, "Taboola/Privacy
 *   Policy.md", commit 6363b892 of 31 October 2025): "If you reside in the EEA or UK, Taboola.com Ltd. will be the
 *   controller of your Personal Data provided to, collected by or for, or processed by Taboola in connection with our
 *   Services"; "Our representative in the European Union is Lionheart Squared (Europe) Ltd., 2 Pembroke House, Upper
 *   Pembroke Street 28-32, Dublin, D02 EK84 Ireland"; Taboola asks its customers "to obtain consent on our behalf";
 *   data "flows among the EEA, the UK, Israel, the United States, Singapore and Hong Kong", stored in data centres in
 *   Israel and the United States; transfers to Taboola.com Ltd. in Israel and to Taboola Europe Limited in the UK rest
 *   on adequacy decisions, to other countries on the standard contractual clauses, which "non-EEA/UK Taboola
 *   Affiliates, like Taboola, Inc. in the United States, have accordingly adopted"; user data is kept "at most thirteen
 *   (13) months from the User's last interaction with our Services" and then de-identified or aggregated; opt-out
 *   information is kept longer; the opt-out link and the data subject access request portal.
 * - Taboola Cookie Policy, last update 4 December 2024 (same archive, "Taboola/Trackers Policy.md", commit 69bf6c2c of
 *   23 September 2025), table "Taboola Advertiser (Pixel)": with the full JavaScript implementation, taboola_session_id
 *   (trc.taboola.com, session), receive-cookie-deprecation (taboola.com, 1 year), t_gid (taboola.com, 1 year), t_pt_gid
 *   ("Advertiser Domain", 1 year), and local-storage keys on the advertiser's domain ("taboola global:user-id",
 *   "taboola global:last-external-referrer", "taboola global:local-storage-keys", "taboola global:tblci"), kept until
 *   the user deletes them; pixel tags "to track conversions or to create a custom audience for our advertiser
 *   Customers to target on our network (i.e. retargeting)"; Taboola, Inc., 16 Madison Square West, 7th Floor, New
 *   York, New York 10010 as the contact.
 * - Taboola.com Ltd.'s annual report on Form 10-K for 2022 (investors.taboola.com, stored copy): "TABOOLA.COM LTD.",
 *   incorporated in Israel, "16 Madison Square West, 7th Floor, New York, NY 10010 (Address of principal executive
 *   offices)".
 *
 * - The Open Cookie Database (lead only): t_gid 13 months; t_pt_gid and taboola_session_id on .taboola.com. Taboola's
 *   own values are kept and these recorded as disagreements.
 *
 * Left out, and why:
 * - Taboola's Advertiser Privacy Terms (effective 14 August 2023, which "identify Taboola and Advertiser's roles"):
 *   only their opening and definitions could be read in the stored copies; the role is taken from the privacy policy,
 *   which makes Taboola.com Ltd. the controller for people in the EEA. Whether the advertiser and Taboola are joint
 *   controllers for collecting the data on the advertiser's site is not stated in anything we read.
 * - Which Taboola company signs an advertiser's insertion order: Taboola's Privacy Addendum says only "the Taboola
 *   legal entity ... that signed the Digital Advertising Insertion Order".
 * - Taboola.com Ltd.'s registered address in Israel: not in any Taboola document we read; the address given is the
 *   principal executive office its annual report names (marked unconfirmed).
 * - domains: Taboola's documents we read name the cookies' domains but not the host the pixel loads from.
 * - Singapore and Hong Kong: the policy names them among the countries its data flows to but no recipient there; they
 *   are listed without a recipient, under the standard clauses, which the policy names for every country without an
 *   adequacy decision.
 *
 * The pixel's four local-storage keys on the advertiser's domain are listed from the cookie policy's table ("Taboola
 * Advertiser (Pixel)", "Local Storage (deleted when the user deletes it)"), with no expiry ("persistent").
 */
export const taboola: Processor = {
  id: "taboola",
  name: "Taboola Pixel",
  aliases: ["Taboola"],
  categories: ["advertising"],
  entity: {
    name: "Taboola.com Ltd.",
    address: { street: "16 Madison Square West, 7th Floor", postalCode: "10010", city: "New York", region: "NY", country: "US" },
    url: "https://www.taboola.com/",
  },
  role: "controller",
  euRepresentative: {
    name: "Lionheart Squared (Europe) Ltd.",
    address: { street: "2 Pembroke House, Upper Pembroke Street 28-32", postalCode: "D02 EK84", city: "Dublin", country: "IE" },
  },
  urls: {
    website: "https://www.taboola.com/",
    privacyPolicy: "https://www.taboola.com/policies/privacy-policy",
    optOut: "https://www.taboola.com/policies/privacy-policy#opt-out",
  },
  description: {
    en: "The Taboola Pixel tells Taboola which visitors of a website came from its recommendation ads and what they did there, so the advertiser can measure its campaigns and show its ads again to its visitors.",
    de: "Das Taboola-Pixel teilt Taboola mit, welche Besucher einer Website über seine Empfehlungsanzeigen kamen und was sie dort taten, damit der Werbetreibende seine Kampagnen messen und seinen Besuchern erneut Anzeigen zeigen kann.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "Finding out which of our Taboola ads led to a visit or a purchase on our website.",
          de: "Feststellen, welche unserer Anzeigen bei Taboola zu einem Besuch oder Kauf auf unserer Website geführt haben.",
        },
      },
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "Showing our ads again, in Taboola's network, to people who visited our website.",
          de: "Besuchern unserer Website im Netzwerk von Taboola erneut unsere Anzeigen zeigen.",
        },
      },
    ],
    data: [
      {
        category: "user.device.cookie_id",
        details: {
          en: "a user ID in Taboola's cookies and in the browser's local storage, and the ID of the last Taboola ad clicked",
          de: "eine Nutzerkennung in den Cookies von Taboola und im lokalen Speicher des Browsers sowie die Kennung der zuletzt angeklickten Taboola-Anzeige",
        },
      },
      "user.device.ip_address",
      {
        category: "user.device",
        details: { en: "device and operating system", de: "Gerät und Betriebssystem" },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "pages visited on our website, the page you came from, date and time, and clicks on ads",
          de: "auf unserer Website aufgerufene Seiten, die Seite, von der Sie kamen, Datum und Uhrzeit sowie Klicks auf Anzeigen",
        },
      },
      {
        category: "user.location.imprecise",
        details: { en: "general location, such as the city", de: "ungefährer Standort, etwa die Stadt" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [
    // Taboola's privacy policy: data centres in Israel; Taboola.com Ltd. there; the Commission's adequacy decision.
    {
      country: "IL",
      recipient: "Taboola.com Ltd.",
      mechanism: "A45-3",
      note: {
        en: "Taboola stores the data in its data centres in Israel and the United States.",
        de: "Taboola speichert die Daten in seinen Rechenzentren in Israel und den Vereinigten Staaten.",
      },
      checked: "2026-12-06",
    },
    // Taboola's privacy policy: Taboola Europe Limited in the UK; the Commission's adequacy decision.
    { country: "GB", recipient: "Taboola Europe Limited", mechanism: "A45-3", checked: "2026-12-06" },
    // Taboola's privacy policy: Taboola, Inc. in the US has adopted the standard contractual clauses.
    {
      country: "US",
      recipient: "Taboola, Inc.",
      mechanism: "A46-2-c",
      note: {
        en: "Taboola stores the data in its data centres in Israel and the United States.",
        de: "Taboola speichert die Daten in seinen Rechenzentren in Israel und den Vereinigten Staaten.",
      },
      checked: "2026-12-06",
    },
    // Taboola's privacy policy: data flows to Singapore; standard clauses for countries without an adequacy decision.
    {
      country: "SG",
      recipient: {
        en: "Taboola's data flows in Singapore (no recipient named)",
        de: "Datenflüsse von Taboola in Singapur (ohne genannten Empfänger)",
      },
      mechanism: "A46-2-c",
      checked: "2026-12-06",
    },
    // Taboola's privacy policy: data flows to Hong Kong; standard clauses for countries without an adequacy decision.
    {
      country: "HK",
      recipient: {
        en: "Taboola's data flows in Hong Kong (no recipient named)",
        de: "Datenflüsse von Taboola in Hongkong (ohne genannten Empfänger)",
      },
      mechanism: "A46-2-c",
      checked: "2026-12-06",
    },
  ],
  retention: {
    duration: "P13M",
    criteria: {
      en: "Taboola keeps the data for at most 13 months after your last interaction with its services, then removes the identifiers or aggregates it; a record of your opt-out is kept longer so it can be respected.",
      de: "Taboola speichert die Daten höchstens 13 Monate nach Ihrer letzten Interaktion mit seinen Diensten und entfernt danach die Kennungen oder fasst die Daten zusammen; ein Vermerk über Ihren Widerspruch wird länger aufbewahrt, damit er beachtet werden kann.",
    },
  },
  deletion: {
    en: "You can withdraw your consent in our cookie settings. Taboola also offers an opt-out from interest-based ads in its privacy policy, and a portal where you can see the data it holds about you and ask for it to be deleted.",
    de: "Sie können Ihre Einwilligung in unseren Cookie-Einstellungen widerrufen. Taboola bietet außerdem in seiner Datenschutzerklärung einen Widerspruch gegen interessenbasierte Werbung sowie ein Portal, in dem Sie die über Sie gespeicherten Daten einsehen und ihre Löschung verlangen können.",
  },
  deviceAccess: [
    {
      name: "t_gid",
      technology: "cookie",
      domain: "taboola.com",
      purpose: {
        en: "Gives your browser a Taboola user ID, used to attribute visits to ads and to tailor recommendations.",
        de: "Gibt Ihrem Browser eine Nutzerkennung von Taboola, mit der Besuche Anzeigen zugeordnet und Empfehlungen angepasst werden.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "t_pt_gid",
      technology: "cookie",
      purpose: {
        en: "The same kind of Taboola user ID, stored under our own domain.",
        de: "Dieselbe Art von Nutzerkennung von Taboola, gespeichert unter unserer eigenen Domain.",
      },
      duration: "P1Y",
      party: "first",
      ground: "consent",
    },
    {
      name: "taboola_session_id",
      technology: "cookie",
      domain: "trc.taboola.com",
      purpose: {
        en: "A temporary session ID so that Taboola does not show the same recommendations twice.",
        de: "Eine vorübergehende Sitzungskennung, damit Taboola dieselben Empfehlungen nicht doppelt anzeigt.",
      },
      duration: "session",
      party: "third",
      ground: "consent",
    },
    {
      name: "receive-cookie-deprecation",
      technology: "cookie",
      domain: "taboola.com",
      purpose: {
        en: "Notes whether the browser is phasing out third-party cookies.",
        de: "Vermerkt, ob der Browser Drittanbieter-Cookies auslaufen lässt.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "taboola global:user-id",
      technology: "local-storage",
      purpose: {
        en: "Holds a user ID with which Taboola attributes visits and conversions to its ads.",
        de: "Enthält eine Nutzerkennung, mit der Taboola Besuche und Conversions seinen Anzeigen zuordnet.",
      },
      duration: "persistent",
      party: "first",
      ground: "consent",
    },
    {
      name: "taboola global:last-external-referrer",
      technology: "local-storage",
      purpose: {
        en: "Remembers the website a visitor came from, to attribute the visit.",
        de: "Merkt sich die Website, von der ein Besucher kam, um den Besuch zuzuordnen.",
      },
      duration: "persistent",
      party: "first",
      ground: "consent",
    },
    {
      name: "taboola global:tblci",
      technology: "local-storage",
      purpose: {
        en: "Holds the ID of the last Taboola ad clicked.",
        de: "Enthält die Kennung der zuletzt angeklickten Taboola-Anzeige.",
      },
      duration: "persistent",
      party: "first",
      ground: "consent",
    },
    {
      name: "taboola global:local-storage-keys",
      technology: "local-storage",
      purpose: {
        en: "Notes which local-storage entries Taboola has written.",
        de: "Vermerkt, welche Einträge im lokalen Speicher Taboola geschrieben hat.",
      },
      duration: "persistent",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    // Taboola Privacy Policy, last update 11 April 2025 (Open Terms Archive copy): controller for the EEA, EU
    // representative, transfers, retention, opt-out and access portal.
    {
      url: privacyPolicy,
      facts: ["entity", "role", "representative", "urls", "transfers", "activities", "retention", "deletion"],
      checked: "2026-12-06",
      updated: "2025-04-11",
    },
    // Taboola Cookie Policy, last update 4 December 2024 (Open Terms Archive copy): the pixel's cookies and storage.
    { url: cookiePolicy, facts: ["activities", "device-access", "deletion"], checked: "2026-12-06", updated: "2024-12-04" },
    // Taboola.com Ltd.'s annual report for 2022 (stored copy on Taboola's investor site): principal executive offices.
    { url: "https://investors.taboola.com/node/8336/html", facts: ["entity"], checked: "2026-12-06" },
    // The Open Cookie Database, where it differs from Taboola's cookie policy (kept as disagreements).
    { url: OCD, facts: ["device-access"], checked: "2026-12-06", updated: "2026-01-21" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "Taboola's privacy and cookie policies give no address for Taboola.com Ltd. (contact by e-mail only). The address is the principal executive office named in Taboola.com Ltd.'s annual report for 2022; the company is incorporated in Israel and its registered address there was not found in a Taboola document.",
    },
  ],
  disagreements: [
    { fact: "deviceAccess[0].duration", value: "P13M", source: OCD },
    { fact: "deviceAccess[1].party", value: "third (on .taboola.com)", source: OCD },
    { fact: "deviceAccess[2].domain", value: ".taboola.com", source: OCD },
  ],
};
