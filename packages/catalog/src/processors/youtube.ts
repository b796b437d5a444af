import type { Processor } from "@policy/core";
import { googleDpfTransfer, googleFrameworksSource, googleIreland, googleLlc, googlePartySources } from "../parties/google.js";

/**
 * YouTube videos embedded in a page with the YouTube player.
 *
 * Entity and parent as for Google's other services: Google Ireland Limited (Google's terms, policies.google.com) and
 * Google LLC (datenanfragen record, which lists YouTube among the services Google runs).
 *
 * Role "controller": Google's page on data from partner sites says that a page with an embedded YouTube video makes the
 * browser send Google the page address and the IP address, that Google may set or read cookies, and that Google uses
 * this for its own purposes (running and improving its services, measuring ads, fraud protection, personalising
 * content and ads).
 *
 * Privacy-enhanced mode (youtube-nocookie.com) is not described here: only third-party pages in our sources describe it
 * (they point to YouTube Help, support.google.com/youtube/answer/171780, which we could not read). Also not stated for
 * lack of a source: how long Google keeps data from embeds.
 *
 * Transfers: Google's page on legal frameworks for data transfers says Google LLC is certified under the EU-U.S. Data
 * Privacy Framework; no Google page read names YouTube itself in this context.
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
    website: "https://www.youtube.com",
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
    ...googlePartySources,
    googleFrameworksSource,
    { url: "https://policies.google.com/technologies/partner-sites?hl=de", facts: ["activities", "urls"] },
    { url: "https://policies.google.com/technologies/cookies?hl=en-US", facts: ["urls", "deletion"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
