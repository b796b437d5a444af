import type { Processor } from "@policy/core";
import {
  googleChecked,
  googleDpfTransfer,
  googleFrameworksSource,
  googleIreland,
  googleLlc,
  googlePrivacyPolicySource,
  googleTermsSource,
} from "../parties/google.js";

/**
 * YouTube videos embedded in a page with the YouTube player.
 *
 * Read (stored copies, 2026-12-06):
 * - YouTube Terms of Service for the EEA (effective 5 January 2022), as archived by Open Terms Archive (vlopses-ie):
 *   the entity providing the service in the EEA and Switzerland is Google Ireland Limited, Gordon House, Barrow Street,
 *   Dublin 4.
 * - Google Privacy Policy (EEA, effective 2 April 2026), which covers YouTube: Google Ireland Limited is the controller
 *   for users in the EEA and Switzerland; Google uses the IP address to deliver what was asked for, "such as loading a
 *   YouTube video"; sites that embed YouTube videos may share information about the visitor's activity with Google.
 * - YouTube API Services Terms of Service and Developer Policies, as archived by Open Terms Archive (vlopses-ie): they
 *   are provided by YouTube LLC (San Bruno, California); when a page loads, the embedded player shares basic user data
 *   with YouTube (to show thumbnail and title, check playability and restrictions, fight fraud and abuse), and more on
 *   playback. The site owner accepts these terms with YouTube LLC; the entry names Google Ireland Limited because it is
 *   the controller of the visitor's data under the YouTube terms and the privacy policy.
 * - Google's cookie page (start of a stored copy): cookies can be managed at g.co/privacytools and in the browser.
 * - Open Cookie Database: YSC, VISITOR_INFO1_LIVE, VISITOR_PRIVACY_METADATA, __Secure-ROLLOUT_TOKEN, PREF and GPS on
 *   youtube.com. Google's cookie page could not be read as far as its YouTube cookies; third-party copies of it give
 *   PREF 8 months, where the Open Cookie Database gives 10 years (marked unconfirmed below).
 *
 * Role "controller": Google uses what it receives from embeds for its own purposes (privacy policy); no Google document
 * read describes an embed as processing on the site owner's behalf. Privacy-enhanced mode (youtube-nocookie.com) is not
 * described: YouTube Help (support.google.com/youtube/answer/171780) was not found in a stored copy.
 *
 * Re-checked 2026-12-06: entity, no change (now sourced from the YouTube terms for the EEA). Transfers: the recipient
 * is now Google LLC, with its certification (EU-US, UK Extension, Swiss-US) from Google's frameworks page; before, it
 * defaulted to Google Ireland Limited. No Google page read names YouTube in connection with transfers. Role,
 * activities, URLs, deletion and device access: no change; PREF's lifetime now marked unconfirmed. Google's page on
 * data from partner sites, cited before, was not re-read; the privacy policy says the same. Not stated for lack of a
 * source: how long Google keeps data from embeds.
 */
export const youtube: Processor = {
  id: "youtube",
  name: "YouTube",
  aliases: ["YouTube embed", "YouTube player"],
  categories: ["video"],
  entity: googleIreland,
  parent: googleLlc,
  role: "controller",
  urls: {
    website: "https://www.youtube.com/",
    privacyPolicy: "https://policies.google.com/privacy",
    optOut: "https://g.co/privacytools",
  },
  description: {
    en: "YouTube is Google's video platform; an embedded YouTube player plays a video inside a web page and streams it from YouTube.",
    de: "YouTube ist die Videoplattform von Google; ein eingebetteter YouTube-Player spielt ein Video innerhalb einer Webseite ab und überträgt es von YouTube.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "To show videos on our pages without sending you to another site.",
          de: "Um Videos auf unseren Seiten zu zeigen, ohne Sie auf eine andere Website zu schicken.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.behavior.browsing_history",
        details: { en: "the address of the page with the video", de: "die Adresse der Seite mit dem Video" },
        collected: "automatic",
      },
      {
        category: "user.device.cookie_id",
        details: { en: "identifiers in cookies that Google sets or reads", de: "Kennungen in Cookies, die Google setzt oder ausliest" },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["www.youtube.com"],
  transfers: [googleDpfTransfer],
  deletion: {
    en: "Google's cookie settings at g.co/privacytools let you limit or refuse its cookies, including YouTube's; you can also remove them in your browser.",
    de: "In Googles Cookie-Einstellungen unter g.co/privacytools können Sie dessen Cookies, auch die von YouTube, einschränken oder ablehnen; außerdem können Sie sie in Ihrem Browser entfernen.",
  },
  deviceAccess: [
    {
      name: "YSC",
      technology: "cookie",
      domain: "youtube.com",
      purpose: {
        en: "Session ID with which YouTube links what happens in the player during one visit.",
        de: "Sitzungskennung, mit der YouTube die Vorgänge im Player während eines Besuchs verknüpft.",
      },
      duration: "session",
      party: "third",
      ground: "consent",
    },
    {
      name: "VISITOR_INFO1_LIVE",
      technology: "cookie",
      domain: "youtube.com",
      purpose: {
        en: "Recognises the browser again; YouTube uses it to gauge the connection speed and for advertising.",
        de: "Erkennt den Browser wieder; YouTube schätzt damit die Verbindungsgeschwindigkeit und nutzt es für Werbung.",
      },
      duration: "P179D",
      party: "third",
      ground: "consent",
    },
    {
      name: "VISITOR_PRIVACY_METADATA",
      technology: "cookie",
      domain: "youtube.com",
      purpose: {
        en: "Holds privacy-related information about the visitor for YouTube.",
        de: "Enthält datenschutzbezogene Angaben zum Besucher für YouTube.",
      },
      duration: "P180D",
      party: "third",
      ground: "consent",
    },
    {
      name: "__Secure-ROLLOUT_TOKEN",
      technology: "cookie",
      domain: "youtube.com",
      purpose: {
        en: "A further YouTube identifier used for statistics on the videos watched.",
        de: "Eine weitere YouTube-Kennung für Statistiken über die angesehenen Videos.",
      },
      duration: "P180D",
      party: "third",
      ground: "consent",
    },
    {
      name: "PREF",
      technology: "cookie",
      domain: "youtube.com",
      purpose: {
        en: "Remembers settings such as the preferred language.",
        de: "Merkt sich Einstellungen wie die bevorzugte Sprache.",
      },
      duration: "P10Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "GPS",
      technology: "cookie",
      domain: "youtube.com",
      purpose: {
        en: "Gives mobile devices an ID tied to their GPS location.",
        de: "Vergibt auf Mobilgeräten eine Kennung, die an den GPS-Standort gebunden ist.",
      },
      duration: "P1D",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    { url: "https://developers.google.com/youtube/player_parameters", facts: ["domains"], checked: "2026-12-06" },
    googleTermsSource,
    { ...googlePrivacyPolicySource, facts: ["entity", "parent", "role", "activities", "urls"] },
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/14399230206b6041e7272488151efecf2ad78461/YouTube/Terms%20of%20Service.md",
      facts: ["entity", "urls"],
      checked: googleChecked,
      updated: "2022-01-05",
    },
    // YouTube API Services Terms of Service and Developer Policies: what the embedded player shares with YouTube.
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/a3812c3513f81b3d7b895b80b591ce6bf8ca7182/YouTube/Developer%20Terms.md",
      facts: ["activities"],
      checked: googleChecked,
    },
    googleFrameworksSource,
    { url: "https://policies.google.com/technologies/cookies?hl=en-US", facts: ["urls", "deletion"], checked: googleChecked },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: googleChecked,
    },
  ],
  checked: googleChecked,
  unconfirmed: [
    {
      fact: "deviceAccess[4].duration",
      note: "10 years is the Open Cookie Database's value. Google's cookie page (policies.google.com/technologies/cookies) states PREF's lifetime, 8 months according to third-party copies of it, but no stored copy of Google's page could be read that far.",
    },
  ],
  disagreements: [],
};
