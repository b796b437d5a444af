import type { Processor } from "@policy/core";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Spotify Embeds: a track, album, playlist, artist, podcast show or episode from Spotify played in a player inside a
 * web page. For website operators in the EU.
 *
 * Read (2026-12-06):
 * - Spotify's Privacy Policy for Germany (www.spotify.com/de/legal/privacy-policy/, "Gültig ab 30 September 2021",
 *   stored copy, opening read): "Diese Richtlinie beschreibt, wie wir Ihre personenbezogenen Daten bei Spotify AB
 *   verarbeiten"; it applies to the streaming services and to "andere Spotify Dienste, die einen Link zu dieser
 *   Datenschutzrichtlinie beinhalten (z. B. Spotify Websites ...)"; it has a section "Übertragung in andere Länder". The
 *   stored copies of the English versions (spotify.com/co-en/legal/privacy-policy, effective 10 October 2024) open the
 *   same way for Spotify AB. Only the opening of these copies could be read, not the transfer or contact sections.
 * - Spotify Partner Program terms (Open Terms Archive, pga-versions, "Spotify/Content Monetisation Policy.md", commit
 *   a96cc987 of 1 July 2026): "Spotify AB, of Regeringsgatan 19, 111 53 Stockholm, Sweden, with registered number
 *   556703-7495"; the Spotify for Podcasters terms (p2b-compliance-versions, commit 9821e153, effective 1 September
 *   2021) give the same for everyone outside the US.
 * - Spotify's Privacy Policy for the US, effective 1 July 2026 (pga-versions, "Spotify/Privacy Policy.md", commit
 *   d5c33c89), read in full: "Spotify transfers personal data internationally with Spotify group companies,
 *   subcontractors and partners"; Spotify USA Inc., New York, is the controller for US residents.
 * - Spotify's Cookie Policy, effective 29 May 2023 (pga-versions, "Spotify/Trackers Policy.md", commit 98e857a3; the US
 *   copy): strictly necessary and optional cookies (performance, functional, targeting); no cookie names; cookies can
 *   be refused or deleted in the browser, and tailored ads switched off in the account's privacy settings.
 * - Spotify for Developers, "Embeds" and "Using the iFrame API" (developer.spotify.com/documentation/embeds, stored
 *   copies): an Embed is made by copying HTML from the Spotify client, or with the iFrame API, whose script is
 *   https://open.spotify.com/embed/iframe-api/v1; listeners can play the content, see the creator and follow the artist
 *   or show.
 * - Open Cookie Database (a lead only): sp_t (2 months) and sp_landing (1 day) on spotify.com, "Required to ensure the
 *   functionality of the integrated Spotify plugin". Kept as unconfirmed.
 *
 * Role: controller, marked unconfirmed: Spotify's policy describes Spotify AB's own processing for the Spotify Service
 * and Spotify websites, but no Spotify document read names the Embeds. Under the CJEU's Fashion ID judgment (C-40/17)
 * a site that embeds a player which makes the browser send data to Spotify may be a joint controller for that
 * collection and transmission.
 *
 * Left out, and why: the transfer mechanism for data of EU users (the EU policy's transfer section could not be read;
 * the transfer is listed as unconfirmed); retention; Spotify's data protection contact for the EU.
 */
export const spotify: Processor = {
  id: "spotify",
  name: "Spotify",
  aliases: ["Spotify Embed", "Spotify player"],
  categories: ["audio"],
  entity: {
    name: "Spotify AB",
    address: { street: "Regeringsgatan 19", postalCode: "111 53", city: "Stockholm", country: "SE" },
    url: "https://www.spotify.com/",
  },
  role: "controller",
  urls: {
    website: "https://www.spotify.com/",
    privacyPolicy: "https://www.spotify.com/legal/privacy-policy/",
  },
  description: {
    en: "Spotify is a music and podcast streaming service; a Spotify Embed plays a track, album, playlist or podcast episode from Spotify in a player inside a web page.",
    de: "Spotify ist ein Streamingdienst für Musik und Podcasts; ein Spotify-Embed spielt einen Titel, ein Album, eine Playlist oder eine Podcastfolge von Spotify in einem Player innerhalb einer Webseite ab.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "To let you listen to music or podcasts from Spotify on our pages.",
          de: "Damit Sie auf unseren Seiten Musik oder Podcasts von Spotify anhören können.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      { category: "user.telemetry", details: { en: "browser and device information", de: "Angaben zu Browser und Gerät" } },
      {
        category: "user.behavior.media_consumption",
        details: {
          en: "what you play in the player, and whether you follow the artist or show",
          de: "was Sie im Player abspielen und ob Sie dem Künstler oder der Sendung folgen",
        },
      },
      {
        category: "user.device.cookie_id",
        details: { en: "identifiers in cookies that Spotify sets or reads", de: "Kennungen in Cookies, die Spotify setzt oder ausliest" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["open.spotify.com"],
  transfers: [],
  deletion: {
    en: "You can refuse or delete Spotify's cookies in your browser; with a Spotify account you can also switch off tailored ads in the account's privacy settings.",
    de: "Sie können die Cookies von Spotify in Ihrem Browser ablehnen oder löschen; mit einem Spotify-Konto können Sie außerdem in den Datenschutzeinstellungen des Kontos personalisierte Werbung abschalten.",
  },
  deviceAccess: [
    {
      name: "sp_t",
      technology: "cookie",
      domain: "spotify.com",
      purpose: {
        en: "Needed for the embedded Spotify player to work.",
        de: "Wird benötigt, damit der eingebettete Spotify-Player funktioniert.",
      },
      duration: "P2M",
      party: "third",
      ground: "consent",
    },
    {
      name: "sp_landing",
      technology: "cookie",
      domain: "spotify.com",
      purpose: {
        en: "Needed for the embedded Spotify player to work; kept for a day.",
        de: "Wird für den eingebetteten Spotify-Player benötigt; bleibt einen Tag gespeichert.",
      },
      duration: "P1D",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    // Spotify's Privacy Policy for Germany, effective 30 September 2021, read in a stored copy (opening only):
    // Spotify AB processes the data; scope includes Spotify websites.
    { url: "https://www.spotify.com/de/legal/privacy-policy/", facts: ["entity", "role", "urls"], checked: "2026-12-06", updated: "2021-09-30" },
    // Spotify Partner Program terms (pga-versions), 1 July 2026: Spotify AB's address and registered number.
    {
      url: "https://github.com/OpenTermsArchive/pga-versions/blob/a96cc98760ab67e4ad96ea9a721da17a5261fa4d/Spotify/Content%20Monetisation%20Policy.md",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    // Spotify's Privacy Policy for the US, effective 1 July 2026 (pga-versions): international transfers within the group.
    {
      url: "https://github.com/OpenTermsArchive/pga-versions/blob/d5c33c897fc01686cf98a24b15c31076f7bd3bf1/Spotify/Privacy%20Policy.md",
      facts: ["transfers"],
      checked: "2026-12-06",
      updated: "2026-07-01",
    },
    // Spotify's Cookie Policy, effective 29 May 2023 (pga-versions): kinds of cookies, how to refuse them, tailored ads.
    {
      url: "https://github.com/OpenTermsArchive/pga-versions/blob/98e857a390aaecc71804eed614f902bd617a45a1/Spotify/Trackers%20Policy.md",
      facts: ["device-access", "deletion"],
      checked: "2026-12-06",
      updated: "2023-05-29",
    },
    // Spotify for Developers (stored copies): what an Embed is; the iFrame API's script host.
    { url: "https://developer.spotify.com/documentation/embeds/", facts: ["activities", "urls"], checked: "2026-12-06" },
    { url: "https://developer.spotify.com/documentation/embeds/guides/using-the-iframe-api", facts: ["domains"], checked: "2026-12-06" },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06", updated: "2026-01-21" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "role",
      note: "Spotify's EU privacy policy describes Spotify AB's own processing for the Spotify Service and Spotify websites; no Spotify document read names the Embeds or a role towards the website. Under the CJEU's Fashion ID judgment (C-40/17) the site may be a joint controller for collecting the data and sending it to Spotify.",
    },
    {
      fact: "transfers",
      note: "Spotify's US privacy policy (for US residents) says Spotify transfers personal data internationally with group companies, subcontractors and partners, naming no country or mechanism; the EU policy has a section on transfers to other countries, but its text could not be read. Where the data of our visitors goes is not confirmed.",
    },
    {
      fact: "deviceAccess[0]",
      note: "From the Open Cookie Database; Spotify's Cookie Policy names no cookies.",
    },
    {
      fact: "deviceAccess[1]",
      note: "From the Open Cookie Database; Spotify's Cookie Policy names no cookies.",
    },
  ],
  disagreements: [],
};
