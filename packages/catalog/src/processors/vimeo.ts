import type { Processor } from "@policy/core";

/**
 * Vimeo: videos embedded with the Vimeo player.
 *
 * Entity: Vimeo's privacy policy of 25 June 2024 (archived copy in Open Terms Archive) covers Vimeo.com, Inc. and gives
 * its address for privacy matters as 330 West 34th Street, 10th Floor, New York, NY 10001. The datenanfragen record
 * (from 2021) still has Vimeo, Inc., 555 West 18th Street; we follow Vimeo's own, newer page for name and address.
 * Role: as with other video embeds, Vimeo decides for itself what it does with the data its player collects.
 * Cookies: Vimeo's help page on the embedded player (last updated 30 July 2024) gives longer lifetimes than the Open
 * Cookie Database (vuid and player: 2 years and 1 year there, 1 minute in the database) and no longer lists
 * continuous_play_v3, sd_identity or sd_client_id; we follow Vimeo's own, newer page.
 * With the player's "dnt" parameter Vimeo sets no new cookies during that viewing.
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
    url: "https://vimeo.com",
  },
  role: "controller",
  urls: {
    website: "https://vimeo.com",
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
      { category: "user.device.cookie_id", details: { en: "an ID Vimeo stores in a cookie for its statistics", de: "eine Kennung, die Vimeo für seine Statistiken in einem Cookie speichert" } },
      {
        category: "user.behavior.media_consumption",
        details: { en: "which video you play and your player settings such as volume, quality and captions", de: "welches Video Sie abspielen und Ihre Player-Einstellungen wie Lautstärke, Qualität und Untertitel" },
      },
      { category: "user.telemetry", details: { en: "browser and device", de: "Browser und Gerät" } },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [
    // Vimeo's privacy policy (25 June 2024, archived in Open Terms Archive), which covers its embedded players, says
    // that Vimeo complies with and is certified under the EU-US Data Privacy Framework, and also lists the standard
    // contractual clauses, for cases where they fit, among its grounds for moving data to the US.
    {
      country: "US",
      mechanism: "EU-US-DPF",
      note: {
        en: "Vimeo is certified under the EU-US Data Privacy Framework; its privacy policy also names the EU standard contractual clauses where they are appropriate.",
        de: "Vimeo ist nach dem EU-US-Datenschutzrahmen zertifiziert; seine Datenschutzerklärung nennt außerdem die Standardvertragsklauseln der EU, wo sie passen.",
      },
      checked: "2026-11-29",
    },
  ],
  deviceAccess: [
    {
      name: "vuid",
      technology: "cookie",
      domain: "vimeo.com",
      purpose: { en: "A Vimeo ID used to compile viewing statistics for the owner of the video.", de: "Eine Vimeo-Kennung, mit der Abrufstatistiken für den Inhaber des Videos erstellt werden." },
      duration: "P2Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "player",
      technology: "cookie",
      domain: "vimeo.com",
      purpose: { en: "Remembers your player settings such as volume, quality and captions.", de: "Merkt sich Ihre Player-Einstellungen wie Lautstärke, Qualität und Untertitel." },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "flags",
      technology: "cookie",
      purpose: { en: "Records which player features the video's owner has switched on.", de: "Hält fest, welche Player-Funktionen der Inhaber des Videos eingeschaltet hat." },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "player_clearance",
      technology: "cookie",
      purpose: { en: "Vimeo's check that the video is being requested by a person and not a bot.", de: "Prüfung durch Vimeo, dass das Video von einem Menschen und nicht von einem Bot abgerufen wird." },
      duration: "P7D",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "_cf_bm",
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
      purpose: { en: "Lets Cloudflare limit the number of requests per visitor.", de: "Ermöglicht Cloudflare, die Zahl der Anfragen je Besucher zu begrenzen." },
      duration: "session",
      party: "third",
      ground: "strictly-necessary",
    },
    {
      name: "cf_clearance",
      technology: "cookie",
      provider: "Cloudflare",
      purpose: { en: "Remembers that the browser has passed Cloudflare's bot check.", de: "Merkt sich, dass der Browser die Bot-Prüfung von Cloudflare bestanden hat." },
      duration: "P1Y",
      party: "third",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/vimeo.json",
      facts: ["entity", "urls"],
    },
    { url: "https://help.vimeo.com/hc/en-us/articles/26080940921361", facts: ["activities", "device-access"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
    { url: "https://www.vhx.tv/data-processing", facts: ["transfers"] },
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/0f0f22e433307f5c793eaa8225ab54c9a3d2d823/Vimeo/Privacy%20Policy.md",
      facts: ["entity", "transfers"],
    },
  ],
  checked: "2026-11-29",
};
