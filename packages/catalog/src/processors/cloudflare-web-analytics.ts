import type { Processor } from "@policy/core";
import { cloudflareChecked, cloudflareDpfCertification, cloudflareInc, cloudflarePrivacyPolicyUrl } from "../parties/cloudflare.js";

const DOCS = "https://github.com/cloudflare/cloudflare-docs/blob";
const TERMS = "https://github.com/OpenTermsArchive/contrib-versions/blob/079b99ddb0809f768ad3d0a8d28da010f92e137d/Cloudflare/Terms%20of%20Service.md";

/**
 * Cloudflare Web Analytics: Cloudflare's free, cookieless web analytics, a JavaScript beacon that measures page views
 * and how fast pages load for real visitors (real user monitoring). It works on any website with a Cloudflare account;
 * on a website behind Cloudflare's proxy the beacon can be injected automatically (see also the cloudflare entry).
 *
 * Read (2026-12-06):
 * - Cloudflare Privacy Policy, effective 4 November 2025 (Open Terms Archive, contrib-versions, commit 85cb00ef of
 *   5 November 2025, the newest there), in full: issued by Cloudflare, Inc., 101 Townsend St., San Francisco; "End
 *   Users" are those who use Cloudflare's Customers' websites; "The End User data that we make available to our
 *   Customers via the Service dashboard or other online interface are specifically defined as 'Customer Logs'"; § 6:
 *   "Cloudflare is a data processor of Customer Logs" and processes them on the Customers' instructions; § 7: transfers
 *   from the EEA, Switzerland and the UK to the US on its certifications under the EU-U.S. DPF, the UK Extension and the
 *   Swiss-U.S. DPF, the standard contractual clauses should they lapse; § 8: End Users' rights requests are sent back to
 *   the Customer's website.
 * - Cloudflare Self-Serve Subscription Agreement, last updated 12 September 2025 (contrib-versions, commit 079b99dd):
 *   "The Service is offered by Cloudflare, Inc."; for the personal data of European data subjects in Customer Content
 *   (data the customer or its End Users transmit to or through the Services) Cloudflare is a processor or sub-processor
 *   under its Data Processing Addendum (§ 2.5, § 6.1).
 * - Cloudflare Data Processing Addendum, version 6.2, effective 9 November 2023 (stored copy of
 *   cloudflare.com/cloudflare-customer-dpa, opening part): between Cloudflare, Inc. and the customer; applies where
 *   Cloudflare processes personal data as a processor on the customer's behalf.
 * - Cloudflare's developer documentation (cloudflare/cloudflare-docs on GitHub, the source of
 *   developers.cloudflare.com/web-analytics):
 *   - the product definition (a Cloudflare account and a JavaScript snippet are all it needs; the beacon collects
 *     metrics with the browser's Performance API);
 *   - "Data origin and collection": the beacon loads from https://static.cloudflareinsights.com/beacon.min.js; data goes
 *     to the site's own /cdn-cgi/rum for sites proxied through Cloudflare, else to https://cloudflareinsights.com/cdn-cgi/rum;
 *     "Cloudflare does not track individual end users across our customers' Internet properties";
 *   - "RUM beacon for Web Analytics" (speed/observatory): the fields sent (a random ID for the page load, the referrer,
 *     the landing page URL, navigation and paint timings, Core Web Vitals, memory heap size); the data is processed at
 *     the nearest Cloudflare data centre and "may be processed in a different country or region from where it
 *     originated"; the IP address is discarded there, not stored in core databases or logs; the script "does not store
 *     any data in the browser or access any storage data, such as cookies, localStorage, sessionStorage, IP address, or
 *     IndexedDB"; the data is presented to the customer;
 *   - "Dimensions": country, host, path, referrer, device type, browser, operating system;
 *   - FAQ: query strings are not logged; unsampled beacon data is kept for 7 days, then aggregated down to around 10%
 *     for long-term storage; the dashboard shows the previous six months; the CSP needs script-src
 *     static.cloudflareinsights.com and, for a manual setup, connect-src cloudflareinsights.com.
 *
 * Role "processor": the statistics are End User data Cloudflare makes available to us in its dashboard, its Customer
 * Logs, of which it is a processor (privacy policy § 2, § 6), and data End Users transmit to the Services, for which the
 * agreement and the DPA make Cloudflare a processor. No document read gives Web Analytics a controller role of its own.
 *
 * Legal basis: the beacon stores nothing on the device and reads no storage, so, as for Plausible, the statistics rest on
 * legitimate interests; a policy may still choose consent.
 *
 * Left out, and why: a period for the long-term sample (the FAQ gives none beyond the six months the dashboard shows);
 * the RUM option that excludes visitors reaching Cloudflare's data centres in the EEA (documented for Cloudflare's speed
 * tools, not said to apply to a Web Analytics site); the documentation's line that Web Analytics "does not collect or use
 * your visitors' personal data" (the IP address is received, if discarded).
 */
export const cloudflareWebAnalytics: Processor = {
  id: "cloudflare-web-analytics",
  name: "Cloudflare Web Analytics",
  aliases: ["Cloudflare RUM beacon", "cloudflareinsights.com"],
  categories: ["analytics"],
  entity: cloudflareInc,
  role: "processor",
  urls: {
    website: "https://developers.cloudflare.com/web-analytics/",
    privacyPolicy: "https://www.cloudflare.com/privacypolicy/",
    dpa: "https://www.cloudflare.com/cloudflare-customer-dpa/",
  },
  description: {
    en: "Cloudflare Web Analytics counts page views and measures how quickly pages load for real visitors, with a small script that sets no cookies and keeps nothing in the browser.",
    de: "Cloudflare Web Analytics zählt Seitenaufrufe und misst, wie schnell Seiten bei echten Besuchern laden – mit einem kleinen Skript, das keine Cookies setzt und nichts im Browser speichert.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Seeing which of our pages are read, how visitors find them and with which devices, in figures that do not follow anyone from visit to visit.",
          de: "Zu sehen, welche unserer Seiten gelesen werden, wie Besucher sie finden und mit welchen Geräten – in Zahlen, die niemanden von Besuch zu Besuch verfolgen.",
        },
      },
      {
        purpose: "analytics.reporting.system.performance",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Finding out how fast our pages load for real visitors, so that we can make slow pages faster.",
          de: "Herauszufinden, wie schnell unsere Seiten bei echten Besuchern laden, damit wir langsame Seiten beschleunigen können.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "received with the beacon's request and discarded at the Cloudflare data centre that receives it, without being stored; that data centre may be in another country",
          de: "wird mit der Anfrage des Skripts empfangen und im annehmenden Rechenzentrum von Cloudflare verworfen, ohne gespeichert zu werden; dieses Rechenzentrum kann in einem anderen Land liegen",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the address of the page viewed, without its query string, and the referring page",
          de: "die Adresse der aufgerufenen Seite ohne Abfrageparameter und die verweisende Seite",
        },
        collected: "automatic",
      },
      {
        category: "user.telemetry",
        details: {
          en: "browser, operating system and device type, load times and other performance figures of the page, and a random ID for the single page view",
          de: "Browser, Betriebssystem und Gerätetyp, Ladezeiten und weitere Leistungswerte der Seite sowie eine zufällige Kennung für den einzelnen Seitenaufruf",
        },
      },
      {
        category: "user.location.imprecise",
        details: { en: "the country the visit comes from", de: "das Land, aus dem der Besuch kommt" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["static.cloudflareinsights.com", "cloudflareinsights.com"],
  transfers: [
    // Privacy policy § 7: DPF certifications for data from the EEA, Switzerland and the UK to the US; standard
    // contractual clauses should they lapse, and for other international transfers.
    {
      country: "US",
      recipient: "Cloudflare, Inc.",
      mechanism: "EU-US-DPF",
      certification: cloudflareDpfCertification,
      note: {
        en: "Cloudflare, Inc. provides the service under its data processing addendum. For transfers to other countries where the Cloudflare group operates, and should its certification lapse, Cloudflare relies on the EU standard contractual clauses.",
        de: "Cloudflare, Inc. erbringt den Dienst auf Grundlage seines Vertrags zur Auftragsverarbeitung. Für Übermittlungen in andere Länder, in denen die Cloudflare-Gruppe tätig ist, und für den Fall, dass die Zertifizierung entfällt, stützt sich Cloudflare auf die Standardvertragsklauseln der EU.",
      },
      checked: cloudflareChecked,
    },
  ],
  retention: {
    criteria: {
      en: "Cloudflare keeps every page view in full for seven days and after that only a sample of about one in ten for the long term; we can see the statistics of the past six months. The IP address is not stored.",
      de: "Cloudflare bewahrt jeden Seitenaufruf sieben Tage lang vollständig auf und danach langfristig nur eine Stichprobe von etwa einem Zehntel; wir können die Statistiken der vergangenen sechs Monate einsehen. Die IP-Adresse wird nicht gespeichert.",
    },
  },
  deletion: {
    en: "Cloudflare processes this data for us and sends requests from our visitors back to us, so please ask us to delete it.",
    de: "Cloudflare verarbeitet diese Daten für uns und verweist Anfragen unserer Besucher an uns zurück; wenden Sie sich zur Löschung daher bitte an uns.",
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
    // Developer documentation, product definition: a Cloudflare account and a JavaScript snippet.
    {
      url: `${DOCS}/b11ab7c8ad455913644e8b2c0f3dff0125b1a955/src/content/partials/web-analytics/web-analytics-definition.mdx`,
      facts: ["entity", "activities", "urls"],
      checked: "2026-12-06",
    },
    // Developer documentation, "Data origin and collection": the script's host and where the data is sent.
    {
      url: `${DOCS}/0c50ffa05a96c48067721cbe0c1d637885537479/src/content/docs/web-analytics/data-metrics/data-origin-and-collection.mdx`,
      facts: ["domains", "activities"],
      checked: "2026-12-06",
    },
    // Developer documentation, "RUM beacon for Web Analytics": fields sent, processing location, IP address discarded, no storage.
    {
      url: `${DOCS}/19d1b3c9a72b3e14255e79f6665e98831ac1ea42/src/content/docs/speed/observatory/rum-beacon.mdx`,
      facts: ["activities", "device-access", "retention", "transfers"],
      checked: "2026-12-06",
    },
    // Developer documentation, "Dimensions": country, browser, operating system, device type, referrer.
    {
      url: `${DOCS}/0c50ffa05a96c48067721cbe0c1d637885537479/src/content/docs/web-analytics/data-metrics/dimensions.mdx`,
      facts: ["activities"],
      checked: "2026-12-06",
    },
    // Developer documentation, FAQ: no query strings, retention of beacon data, the hosts for a Content Security Policy.
    {
      url: `${DOCS}/0c50ffa05a96c48067721cbe0c1d637885537479/src/content/docs/web-analytics/faq.mdx`,
      facts: ["activities", "retention", "domains"],
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
