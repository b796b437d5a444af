import type { Processor } from "@policy/core";
import { cloudflareChecked, cloudflareDpfCertification, cloudflareInc, cloudflarePrivacyPolicyUrl } from "../parties/cloudflare.js";

const ABOUT = "https://github.com/cdnjs/static-website/blob/d213f038394a288783fd4e7f2a68eed6d89bf85f/pages/about.vue";
const LIBRARY_JSON_LD = "https://github.com/cdnjs/static-website/blob/33562ff3f0d966487b482792c2baa66ed9f260eb/data/json-ld/library.js";

/**
 * cdnjs: a free public CDN for open-source JavaScript and CSS libraries (cdnjs.cloudflare.com), which Cloudflare runs.
 * A website that loads a library from it sends its visitors' requests to Cloudflare; the website has no contract with
 * Cloudflare for this (for a website that is itself behind Cloudflare, see the cloudflare entry).
 *
 * Read (2026-12-06):
 * - cdnjs.com's "About" page (source in cdnjs/static-website, pages/about.vue, commit d213f038 of 1 April 2024): cdnjs
 *   is "powered by Cloudflare"; under "Legal": "As Cloudflare provides the core cdnjs service, please have a read of
 *   their privacy policy" (linking cloudflare.com/privacypolicy). The files are served from cdnjs.cloudflare.com
 *   (data/json-ld/library.js builds every download URL on https://cdnjs.cloudflare.com/ajax/libs/).
 * - Cloudflare Privacy Policy, effective 4 November 2025 (Open Terms Archive, as in cloudflare.ts), in full: issued by
 *   Cloudflare, Inc., San Francisco; it covers the websites Cloudflare operates on its own behalf that link to it;
 *   Cloudflare is a data controller for the personal information it collects from all the listed data subjects, and a
 *   processor only of Customer Logs, audit logs, some account settings and content transiting its network for its
 *   Customers; log files hold IP addresses, system configuration information and referring URLs; uses include
 *   providing, operating and improving the services and preventing unauthorised access and illegal activities; rights
 *   requests to sar@cloudflare.com, answered within 30 days; transfers to the US under its certifications under the
 *   EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF, the standard contractual clauses should they lapse; retention
 *   by criteria (purpose, volume, risk, legal requirements), without periods.
 *
 * Role "controller": a website that loads a file from cdnjs is not Cloudflare's Customer for that service (there is no
 * subscription agreement), and cdnjs refers to Cloudflare's privacy policy, under which Cloudflare is the controller of
 * the data it collects. No Cloudflare document read states the role for cdnjs in so many words.
 *
 * Left out, and why: cookies (no document read says whether cdnjs.cloudflare.com sets any); a retention period (the
 * policy gives criteria only); activities beyond serving the files and protecting the service (not stated for cdnjs).
 */
export const cdnjs: Processor = {
  id: "cdnjs",
  name: "cdnjs",
  aliases: ["cdnjs.cloudflare.com", "cdnjs CDN"],
  categories: ["cdn"],
  entity: cloudflareInc,
  role: "controller",
  urls: {
    website: "https://cdnjs.com/",
    privacyPolicy: "https://www.cloudflare.com/privacypolicy/",
  },
  description: {
    en: "cdnjs is a free public library of open-source JavaScript and CSS files, run by Cloudflare; pages that use it load these files from cdnjs.cloudflare.com.",
    de: "cdnjs ist eine kostenlose öffentliche Sammlung quelloffener JavaScript- und CSS-Dateien, die Cloudflare betreibt; Seiten, die sie nutzen, laden diese Dateien von cdnjs.cloudflare.com.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Loading widely used open-source scripts and stylesheets for our pages quickly from a shared public network.",
          de: "Verbreitete quelloffene Skripte und Stylesheets für unsere Seiten schnell aus einem gemeinsam genutzten öffentlichen Netz zu laden.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "the file requested, time of the request, browser and system information",
          de: "die angeforderte Datei, Zeitpunkt der Anfrage, Angaben zu Browser und System",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: { en: "the page that loads the file (referrer)", de: "die Seite, die die Datei lädt (Referrer)" },
        collected: "automatic",
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["cdnjs.cloudflare.com"],
  transfers: [
    {
      country: "US",
      recipient: "Cloudflare, Inc.",
      mechanism: "EU-US-DPF",
      certification: cloudflareDpfCertification,
      note: {
        en: "Should the certification lapse, Cloudflare relies on the EU standard contractual clauses.",
        de: "Entfällt die Zertifizierung, stützt sich Cloudflare auf die Standardvertragsklauseln der EU.",
      },
      checked: cloudflareChecked,
    },
  ],
  deletion: {
    en: "Cloudflare decides on this data itself; you can send requests to access or delete it to sar@cloudflare.com.",
    de: "Über diese Daten entscheidet Cloudflare selbst; Anfragen auf Auskunft oder Löschung können Sie an sar@cloudflare.com richten.",
  },
  deviceAccess: [],
  sources: [
    // cdnjs.com "About" page, in cdnjs's own website repository: Cloudflare provides the service; its privacy policy applies.
    { url: ABOUT, facts: ["entity", "role", "urls"], checked: "2026-12-06" },
    // cdnjs.com's library pages, in the same repository: downloads are served from cdnjs.cloudflare.com.
    { url: LIBRARY_JSON_LD, facts: ["domains"], checked: "2026-12-06" },
    // Cloudflare Privacy Policy, effective 4 November 2025, as archived by Open Terms Archive.
    {
      url: cloudflarePrivacyPolicyUrl,
      facts: ["entity", "role", "urls", "activities", "transfers", "deletion"],
      checked: cloudflareChecked,
      updated: "2025-11-04",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "Cloudflare's privacy policy (section 7) also names standard contractual clauses for other international transfers without naming the countries, so the list may not be complete.",
    },
    {
      fact: "role",
      note: "No Cloudflare document read states the role for cdnjs in so many words: cdnjs.com's About page sends readers to Cloudflare's privacy policy, and a website loading files from cdnjs has no contract with Cloudflare for it; the role is reasoned as for Google Fonts.",
    },
  ],
  disagreements: [],
};
