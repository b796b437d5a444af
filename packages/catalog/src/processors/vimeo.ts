import type { Processor } from "@policy/core";

/**
 * Vimeo: videos embedded with the Vimeo player.
 *
 * Read:
 * - Vimeo Privacy Policy, "Last Updated: March 11, 2025", Open Terms Archive copy (contrib-versions, Vimeo/Privacy
 *   Policy.md, commit 7e8c411, unchanged at the archive's head of 22 August 2026), read in full. It covers Vimeo.com,
 *   Inc. and expressly its embeddable video players; Vimeo uses the data for its own purposes (operating and improving
 *   its services, analytics, advertising, security). Contact: Vimeo.com, Inc., Attention: Data Protection Officer, 330
 *   West 34th Street, 10th Floor, New York, NY 10001, privacy@vimeo.com. EU/EEA representative: European Data
 *   Protection Office (EDPO), Avenue Huart Hamoir 71, 1030 Brussels. Transfers to the US rest on legitimate business
 *   interests, standard contractual clauses where appropriate, and the EU-U.S. DPF, the UK Extension and the Swiss-U.S.
 *   DPF; Vimeo states it has certified to the DPF Principles. Retention: data is kept while an account exists; logs of
 *   automatically collected information may be kept for internal analytics and security, and data is deleted or
 *   anonymised once there is no business reason to keep it.
 * - Vimeo Terms of Service, "Last Updated: July 8, 2024" (Open Terms Archive, Vimeo/Terms of Service.md): the agreement
 *   is with Vimeo.com, Inc. and covers the embeddable players.
 * - Vimeo help article on the embedded player's cookies (https://help.vimeo.com/hc/en-us/articles/26080940921361, "Last
 *   Updated: July 30, 2024", stored copy). It writes Cloudflare's bot cookie as "_cf_bm"; Cloudflare's own name for it
 *   is "__cf_bm", which the entry uses.
 * No Vimeo data processing agreement for the ordinary player was found (the Vimeo OTT DPA at vhx.tv covers the OTT
 * product only and is no longer cited). Older third-party pages name "Vimeo LLC, 555 West 18th Street"; Vimeo's own
 * documents do not.
 *
 * Re-checked 2026-12-06:
 * - entity: no change (Vimeo.com, Inc., 330 West 34th Street, 10th Floor, New York); now sourced to the privacy policy
 *   of 11 March 2025 and the terms; the datenanfragen record is dropped as a source.
 * - representative: added (EDPO, Brussels), as the privacy policy names it for the EU/EEA.
 * - role: controller, now sourced: Vimeo's privacy policy governs what the player collects, and no document makes
 *   Vimeo the site's processor or joint controller for embeds.
 * - transfers: recipient now named (Vimeo.com, Inc.); certification added with the UK Extension and the Swiss-U.S.
 *   DPF, sourced to Vimeo's own statement (no stored copy of the DPF List entry was found).
 * - retention: added, from the privacy policy.
 * - device access: lifetimes as Vimeo's help article gives them (unchanged); added the three cookies the article lists
 *   for password-protected videos, webinar registration and registration forms; "_cf_bm" renamed "__cf_bm"; the Open
 *   Cookie Database's differing lifetimes are now recorded as disagreements.
 * - Nothing is marked unconfirmed.
 */
export const vimeo: Processor = {
  id: "vimeo",
  name: "Vimeo",
  aliases: ["Vimeo Player"],
  categories: ["video"],
  entity: {
    name: "Vimeo.com, Inc.",
    address: { street: "330 West 34th Street, 10th Floor", postalCode: "10001", city: "New York", region: "NY", country: "US" },
    email: "privacy@vimeo.com",
    url: "https://vimeo.com/",
  },
  role: "controller",
  euRepresentative: {
    name: "European Data Protection Office (EDPO)",
    address: { street: "Avenue Huart Hamoir 71", postalCode: "1030", city: "Brussels", country: "BE" },
    url: "https://edpo.com/gdpr-data-request",
  },
  urls: {
    website: "https://vimeo.com/",
    privacyPolicy: "https://vimeo.com/privacy",
  },
  description: {
    en: "Vimeo stores videos and streams them through a player that other websites can place on their pages.",
    de: "Vimeo speichert Videos und überträgt sie über einen Player, den andere Websites in ihre Seiten einbinden können.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "To play videos on our pages that are stored at Vimeo.",
          de: "Um auf unseren Seiten Videos abzuspielen, die bei Vimeo gespeichert sind.",
        },
      },
      {
        purpose: "analytics.reporting.content_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "To see in Vimeo's statistics how often our videos are watched.",
          de: "Um in den Statistiken von Vimeo zu sehen, wie oft unsere Videos angesehen werden.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.device.cookie_id",
        details: {
          en: "an ID Vimeo stores in a cookie for its statistics",
          de: "eine Kennung, die Vimeo für seine Statistiken in einem Cookie speichert",
        },
      },
      {
        category: "user.behavior.media_consumption",
        details: {
          en: "which video you play and your player settings such as volume, quality and captions",
          de: "welches Video Sie abspielen und Ihre Player-Einstellungen wie Lautstärke, Qualität und Untertitel",
        },
      },
      { category: "user.telemetry", details: { en: "browser and device", de: "Browser und Gerät" } },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["player.vimeo.com"],
  transfers: [
    {
      country: "US",
      recipient: "Vimeo.com, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: "https://github.com/OpenTermsArchive/contrib-versions/blob/7e8c4110e94e69a2f608bfe8b3c136ff8bbf5a1b/Vimeo/Privacy%20Policy.md",
        checked: "2026-12-06",
      },
      note: {
        en: "Vimeo's privacy policy also names the EU standard contractual clauses where they are appropriate.",
        de: "Vimeos Datenschutzerklärung nennt daneben die Standardvertragsklauseln der EU, wo sie passen.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "Vimeo keeps logs of the data its player collects for its own analytics and security, and deletes or anonymises them once it no longer has a business reason to keep them.",
      de: "Vimeo bewahrt Protokolle der vom Player erfassten Daten für eigene Analysen und die Sicherheit auf und löscht oder anonymisiert sie, sobald es keinen geschäftlichen Grund mehr dafür gibt.",
    },
  },
  deviceAccess: [
    {
      name: "vuid",
      technology: "cookie",
      domain: "vimeo.com",
      purpose: {
        en: "A Vimeo ID used to compile viewing statistics for the owner of the video.",
        de: "Eine Vimeo-Kennung, mit der Abrufstatistiken für den Inhaber des Videos erstellt werden.",
      },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "player",
      technology: "cookie",
      domain: "vimeo.com",
      purpose: {
        en: "Remembers your player settings such as volume, quality and captions.",
        de: "Merkt sich Ihre Player-Einstellungen wie Lautstärke, Qualität und Untertitel.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "flags",
      technology: "cookie",
      purpose: {
        en: "Records which player features the video's owner has switched on.",
        de: "Hält fest, welche Player-Funktionen der Inhaber des Videos eingeschaltet hat.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "[clip_id]_password",
      technology: "cookie",
      purpose: {
        en: "Keeps the password you entered for a password-protected video, in encoded form.",
        de: "Speichert das Passwort, das Sie für ein passwortgeschütztes Video eingegeben haben, in kodierter Form.",
      },
      duration: "session",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "[webinar_uuid]_webinar_registrant",
      technology: "cookie",
      purpose: {
        en: "Remembers that you registered for a webinar shown in the player.",
        de: "Merkt sich, dass Sie sich für ein im Player gezeigtes Webinar angemeldet haben.",
      },
      duration: "P7D",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "lc_[hash]",
      technology: "cookie",
      purpose: {
        en: "Remembers that you filled in a registration form shown before a video.",
        de: "Merkt sich, dass Sie ein vor einem Video angezeigtes Anmeldeformular ausgefüllt haben.",
      },
      duration: "P7D",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "player_clearance",
      technology: "cookie",
      purpose: {
        en: "Vimeo's check that the video is being requested by a person and not a bot.",
        de: "Prüfung durch Vimeo, dass das Video von einem Menschen und nicht von einem Bot abgerufen wird.",
      },
      duration: "P7D",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "__cf_bm",
      technology: "cookie",
      provider: "Cloudflare",
      purpose: { en: "Cloudflare's bot filter for traffic to the player.", de: "Bot-Filter von Cloudflare für den Datenverkehr zum Player." },
      duration: "PT30M",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "_cfuvid",
      technology: "cookie",
      provider: "Cloudflare",
      purpose: {
        en: "Lets Cloudflare limit the number of requests per visitor.",
        de: "Ermöglicht Cloudflare, die Zahl der Anfragen je Besucher zu begrenzen.",
      },
      duration: "session",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "cf_clearance",
      technology: "cookie",
      provider: "Cloudflare",
      purpose: {
        en: "Remembers that the browser has passed Cloudflare's bot check.",
        de: "Merkt sich, dass der Browser die Bot-Prüfung von Cloudflare bestanden hat.",
      },
      duration: "P1Y",
      party: "third",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    { url: "https://github.com/vimeo/player.js/blob/0ab23a7d5c1a641a4ef2728706b7062d7fb35650/README.md", facts: ["domains"], checked: "2026-12-06" },
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/7e8c4110e94e69a2f608bfe8b3c136ff8bbf5a1b/Vimeo/Privacy%20Policy.md",
      facts: ["entity", "role", "representative", "urls", "transfers", "activities", "retention"],
      checked: "2026-12-06",
      updated: "2025-03-11",
    },
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/6fd9de79e190ef60fae404f46d16a44b37beb2a9/Vimeo/Terms%20of%20Service.md",
      facts: ["entity"],
      checked: "2026-12-06",
      updated: "2024-07-08",
    },
    {
      url: "https://help.vimeo.com/hc/en-us/articles/26080940921361",
      facts: ["activities", "device-access"],
      checked: "2026-12-06",
      updated: "2024-07-30",
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [
    {
      fact: "deviceAccess[0].duration",
      value: "PT1M",
      source: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
    },
    {
      fact: "deviceAccess[1].duration",
      value: "PT1M",
      source: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
    },
    {
      fact: "deviceAccess[7].duration",
      value: "session",
      source: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
    },
    {
      fact: "deviceAccess[9].duration",
      value: "session",
      source: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
    },
  ],
};
