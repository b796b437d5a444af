import type { Processor } from "@policy/core";
import { cloudflareDpfCertification, cloudflareInc, cloudflarePrivacyPolicyUrl } from "../parties/cloudflare.js";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";
const PRIVACY_POLICY = cloudflarePrivacyPolicyUrl;
const COOKIES =
  "https://github.com/cloudflare/cloudflare-docs/blob/0f82325bad9e0c0426fe14042c69cdbe1de3f9b9/src/content/docs/fundamentals/reference/policies-compliances/cloudflare-cookies.mdx";
const CHALLENGE_PASSAGE =
  "https://github.com/cloudflare/cloudflare-docs/blob/0f863c170a335e85fdecb54c540464245f27c8ba/src/content/docs/cloudflare-challenges/challenge-types/challenge-pages/challenge-passage.mdx";
const WAITING_ROOM_COOKIE =
  "https://github.com/cloudflare/cloudflare-docs/blob/2678ac4c8e0abda808477ea82dbdb67182020649/src/content/docs/waiting-room/reference/waiting-room-cookie.mdx";
const WAITING_ROOM_SETTINGS =
  "https://github.com/cloudflare/cloudflare-docs/blob/573c0e6bcd494da0d135f2e4c3bf9e2e858f85ba/src/content/docs/waiting-room/reference/configuration-settings.mdx";

/**
 * Cloudflare: content delivery network, DNS, DDoS protection and web application firewall.
 *
 * Read:
 * - Cloudflare Privacy Policy, effective 4 November 2025 (Open Terms Archive, contrib-versions, commit 85cb00ef of
 *   5 November 2025, the newest there), in full: issued by Cloudflare, Inc., 101 Townsend St., San Francisco, CA 94107;
 *   Cloudflare is a data controller for the personal information of all the listed data subjects, End Users included,
 *   except that it is a processor of Customer Logs, administrative audit logs, some account settings and the content
 *   that transits or is stored on its network; it collects "Network Data" derived from traffic to identify and block
 *   malicious activity; for transfers from the EEA, Switzerland and the UK to the US it relies on its certifications
 *   under the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF, and on the standard contractual clauses should they
 *   lapse and for other international transfers; rights requests go to sar@cloudflare.com, and requests from End Users
 *   are sent back to the customer's website. Cloudflare, Ltd. (County Hall/The Riverside Building, London) appears
 *   only in the list of regional contact addresses, next to Cloudflare Germany GmbH, France SAS, Netherlands B.V. and
 *   others.
 * - Cloudflare Self-Serve Subscription Agreement, last updated 12 September 2025 (contrib-versions, commit 079b99dd):
 *   "The Service is offered by Cloudflare, Inc., located at 101 Townsend St., San Francisco"; for personal data of
 *   European data subjects in Customer Content, Cloudflare is a processor or sub-processor under its Data Processing
 *   Addendum.
 * - Cloudflare Data Processing Addendum, version 6.2, effective 9 November 2023 (stored copy of
 *   cloudflare.com/cloudflare-customer-dpa, opening part): between Cloudflare, Inc. and the customer; applies where
 *   Cloudflare processes personal data as a processor (or sub-processor) on the customer's behalf.
 * - Cloudflare's developer documentation (cloudflare/cloudflare-docs on GitHub): "Cloudflare Cookies" (all listed
 *   cookies strictly necessary; by default cookie data may be processed in Cloudflare's US data centre; __cf_bm expires
 *   after 30 minutes of inactivity; __cflb is a session cookie lasting from seconds up to 24 hours as the customer
 *   configures; no lifetime for cf_clearance, __cfruid, _cfuvid); "Challenge Passage" (cf_clearance lives 30 minutes by
 *   default, the site owner can change it); "Waiting Room cookies" and its configuration settings (__cfwaitingroom
 *   expires after five minutes while queuing, renewed every 20 seconds, then after the room's session duration, 1 to 30
 *   minutes, default 5).
 *
 * Re-checked 2026-12-06:
 * - Entity: Cloudflare, Inc., 101 Townsend St., San Francisco (was Cloudflare, Ltd., London): the customer DPA, the
 *   self-serve agreement and the privacy policy are all Cloudflare, Inc.'s; Cloudflare, Ltd. is only a regional contact
 *   address. Cloudflare has establishments in the EU (Germany, France, Netherlands, Portugal), so no Art. 27
 *   representative applies.
 * - Role: processor, now with roles: processor for delivering and protecting our website (DPA), controller for the
 *   network and threat data it derives from traffic (privacy policy § 6).
 * - Transfers: the GB transfer to Cloudflare, Ltd. (UK adequacy) is removed; it followed only from the wrong entity.
 *   US: the recipient is Cloudflare, Inc. itself; EU-U.S. DPF with the UK Extension and the Swiss-U.S. DPF as the
 *   policy states (no stored copy of the DPF List entry was found), standard contractual clauses as fallback and for
 *   other countries.
 * - Deletion: Cloudflare sends End Users' rights requests back to the website, so the text now says to ask us first.
 * - Device access: __cf_bm 30 minutes (no change; the Open Cookie Database's "session" is now recorded as a
 *   disagreement); cf_clearance 30 minutes (was "session"), the default the site owner can change; __cfwaitingroom
 *   5 minutes (was "session"), renewed while queuing, then the room's session duration. __cfruid, _cfuvid: no lifetime
 *   in Cloudflare's documents, the Open Cookie Database's "session" stays. __cflb: "session", as Cloudflare says.
 * - Sources: the datenanfragen record, the Commission's adequacy page, the South Korea PIPA and GDPR trust-hub pages
 *   and the old support article on __cf_bm are no longer cited.
 * - Unconfirmed: the operator-set lifetimes of cf_clearance and __cfwaitingroom.
 */
export const cloudflare: Processor = {
  id: "cloudflare",
  name: "Cloudflare",
  aliases: ["Cloudflare CDN", "Cloudflare WAF"],
  categories: ["cdn"],
  entity: cloudflareInc,
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "delivering our pages and protecting our website",
        de: "die Auslieferung unserer Seiten und den Schutz unserer Website",
      },
    },
    {
      role: "controller",
      scope: {
        en: "the network and threat data it derives from traffic, such as risk scores of IP addresses, to detect and block attacks across its network",
        de: "die Netzwerk- und Bedrohungsdaten, die es aus dem Datenverkehr gewinnt, etwa Risikobewertungen von IP-Adressen, um Angriffe in seinem gesamten Netz zu erkennen und abzuwehren",
      },
    },
  ],
  urls: {
    website: "https://www.cloudflare.com/",
    privacyPolicy: "https://www.cloudflare.com/privacypolicy/",
    dpa: "https://www.cloudflare.com/cloudflare-customer-dpa/",
  },
  description: {
    en: "Cloudflare sits in front of websites as a reverse proxy: it caches their files on servers worldwide and filters out attacks and unwanted bots.",
    de: "Cloudflare ist Websites als Reverse Proxy vorgeschaltet: Es hält ihre Dateien auf Servern in aller Welt zwischen und filtert Angriffe und unerwünschte Bots heraus.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.security",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Protecting our website against overload attacks, bots and other misuse.",
          de: "Unsere Website vor Überlastungsangriffen, Bots und anderem Missbrauch zu schützen.",
        },
      },
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Delivering our pages quickly and reliably from servers close to the visitor.",
          de: "Unsere Seiten schnell und zuverlässig von Servern in der Nähe der Besucher auszuliefern.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "the request itself: address of the page, browser, time and the data the browser sends along",
          de: "die Anfrage selbst: Adresse der Seite, Browser, Uhrzeit und die Angaben, die der Browser mitschickt",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [
    // Privacy policy § 7: DPF certifications for data from the EEA, Switzerland and the UK to the US; standard
    // contractual clauses should they lapse, and for other international transfers.
    {
      country: "US",
      recipient: "Cloudflare, Inc.",
      mechanism: "EU-US-DPF",
      certification: cloudflareDpfCertification,
      note: {
        en: "Cloudflare, Inc. provides the service under its data processing addendum. Should its certification lapse, and for transfers to other countries where the Cloudflare group operates, Cloudflare relies on the EU standard contractual clauses.",
        de: "Cloudflare, Inc. erbringt den Dienst auf Grundlage seines Vertrags zur Auftragsverarbeitung. Entfällt die Zertifizierung, und für Übermittlungen in andere Länder, in denen die Cloudflare-Gruppe tätig ist, stützt sich Cloudflare auf die Standardvertragsklauseln der EU.",
      },
      checked: "2026-12-06",
    },
  ],
  deletion: {
    en: "Cloudflare processes this data for us and sends requests from our visitors back to us, so ask us to delete it. For the data Cloudflare keeps as a controller, you can also write to sar@cloudflare.com.",
    de: "Cloudflare verarbeitet diese Daten für uns und verweist Anfragen unserer Besucher an uns zurück; wenden Sie sich zur Löschung daher an uns. Für die Daten, die Cloudflare als Verantwortlicher speichert, können Sie sich auch an sar@cloudflare.com wenden.",
  },
  deviceAccess: [
    {
      name: "__cf_bm",
      technology: "cookie",
      purpose: {
        en: "Holds Cloudflare's score of whether the visitor is a bot, so that people are not challenged again and again.",
        de: "Enthält Cloudflares Einschätzung, ob es sich um einen Bot handelt, damit Menschen nicht immer wieder geprüft werden.",
      },
      duration: "PT30M",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "cf_clearance",
      technology: "cookie",
      purpose: {
        en: "Remembers that the visitor has passed a Cloudflare challenge.",
        de: "Merkt sich, dass Besucher eine Prüfung von Cloudflare bestanden haben.",
      },
      duration: "PT30M",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "__cfruid",
      technology: "cookie",
      purpose: {
        en: "Helps Cloudflare tell trusted traffic from abuse when limiting requests.",
        de: "Hilft Cloudflare beim Begrenzen von Anfragen, vertrauenswürdigen Verkehr von Missbrauch zu unterscheiden.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "_cfuvid",
      technology: "cookie",
      purpose: {
        en: "Tells apart visitors who share one IP address, for rate limiting rules.",
        de: "Unterscheidet für Regeln zur Anfragebegrenzung Besucher, die sich eine IP-Adresse teilen.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "__cflb",
      technology: "cookie",
      purpose: {
        en: "Keeps the visitor on the same origin server behind Cloudflare's load balancer.",
        de: "Hält Besucher hinter dem Lastverteiler von Cloudflare beim selben Ursprungsserver.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "__cfwaitingroom",
      technology: "cookie",
      purpose: {
        en: "Tracks the visitor's place in a waiting room when the site is busy.",
        de: "Merkt sich den Platz in einem Warteraum, wenn die Website stark ausgelastet ist.",
      },
      duration: "PT5M",
      party: "first",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    // Cloudflare Privacy Policy, effective 4 November 2025, as archived by Open Terms Archive.
    { url: PRIVACY_POLICY, facts: ["entity", "role", "urls", "transfers", "deletion", "activities"], checked: "2026-12-06", updated: "2025-11-04" },
    // Cloudflare Self-Serve Subscription Agreement, last updated 12 September 2025, as archived by Open Terms Archive.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/079b99ddb0809f768ad3d0a8d28da010f92e137d/Cloudflare/Terms%20of%20Service.md",
      facts: ["entity", "role", "urls"],
      checked: "2026-12-06",
      updated: "2025-09-12",
    },
    { url: "https://www.cloudflare.com/cloudflare-customer-dpa/", facts: ["entity", "role", "urls"], checked: "2026-12-06", updated: "2023-11-09" },
    { url: COOKIES, facts: ["device-access", "transfers"], checked: "2026-12-06" },
    { url: CHALLENGE_PASSAGE, facts: ["device-access"], checked: "2026-12-06" },
    { url: WAITING_ROOM_COOKIE, facts: ["device-access"], checked: "2026-12-06" },
    { url: WAITING_ROOM_SETTINGS, facts: ["device-access"], checked: "2026-12-06" },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "deviceAccess[1].duration",
      note: "30 minutes is Cloudflare's default; the site owner sets the Challenge Passage (Cloudflare recommends 15 to 45 minutes), and the cookie lives that long.",
    },
    {
      fact: "deviceAccess[5].duration",
      note: "Five minutes while the visitor queues, renewed every 20 seconds; once admitted, the waiting room's session duration the site owner sets (1 to 30 minutes, default 5).",
    },
  ],
  disagreements: [
    { fact: "deviceAccess[0].duration", value: "session", source: OCD },
    { fact: "deviceAccess[1].duration", value: "session", source: OCD },
    { fact: "deviceAccess[5].duration", value: "session", source: OCD },
  ],
};
