import type { Processor } from "@policy/core";

/**
 * SoundCloud's embeddable player (the widget): a track or playlist from SoundCloud played inside a web page. For
 * website operators in the EU.
 *
 * Read (2026-12-06):
 * - SoundCloud Terms of Use (Open Terms Archive, contrib-versions, "SoundCloud/Terms of Service.md", commit 139bd415 of
 *   17 August 2026), read in full: "a service provided by SoundCloud Global Limited & Co. KG, a company incorporated
 *   under the laws of Germany and with its main place of business at Karl-Marx-Strasse 101, 12043 Berlin, Germany";
 *   the terms cover "all related players, widgets"; "an embeddable version of the SoundCloud waveform player
 *   ("Widget") for incorporation into users' own sites, third party sites"; personal data is processed by SoundCloud
 *   under its Privacy Policy, and its Cookies Policy explains its cookies and how to disable them. Older SoundCloud
 *   documents give SoundCloud Limited, Rheinsberger Str. 76/77, Berlin.
 * - SoundCloud Privacy Policy, German version (pages.soundcloud.com/geo/de/legal/privacy-policy, stored copy, opening
 *   read): SoundCloud is a service of "SoundCloud Global Limited & Co. KG und ihren verbundenen Unternehmen,
 *   einschließlich SoundCloud, Inc. und Repost Network Inc."; the policy covers the data processed when people use
 *   the website, apps and "alle damit verbundenen Websites, Player, Widgets"; the Cookie Policy is part of it. The
 *   sections on transfers and contact could not be read in this copy.
 * - SoundCloud Privacy Policy, "Last Amended: 28 May 2019" (contrib-versions, "Soundcloud/Privacy Policy.md", commit
 *   c4dea3f0 of 11 September 2020; no longer current, read for what it says of the widget and of transfers): "when you
 *   visit a website with a SoundCloud widget embedded, we may receive certain information, including information about
 *   the website you visited. SoundCloud and the widget may be able to recognize you"; SoundCloud knows when people
 *   interact with a widget; transfers outside the EEA within the SoundCloud Group rest on "Standard Contractual Clauses
 *   approved by the European Commission, or another legally approved mechanism".
 * - SoundCloud for Developers, Widget API (developers.soundcloud.com/docs/api/html5-widget, stored copy): the embed
 *   code is an iframe from https://w.soundcloud.com/player/.
 *
 * Role: controller. SoundCloud's privacy policy governs what it collects through its widgets, and no SoundCloud
 * document makes it the site's processor or joint controller for them (its Fan Insights joint controller addendum
 * concerns artist profiles on SoundCloud, not widgets on other sites).
 *
 * Left out, and why: cookies (SoundCloud's Cookie Policy was not found in a stored copy and the Open Cookie Database
 * lists no SoundCloud cookies, so none are listed although the widget may set some); retention; the current transfer
 * mechanism (the transfer to SoundCloud, Inc. is listed as unconfirmed).
 */
export const soundcloud: Processor = {
  id: "soundcloud",
  name: "SoundCloud",
  aliases: ["SoundCloud widget", "SoundCloud player"],
  categories: ["audio"],
  entity: {
    name: "SoundCloud Global Limited & Co. KG",
    address: { street: "Karl-Marx-Strasse 101", postalCode: "12043", city: "Berlin", country: "DE" },
    url: "https://soundcloud.com/",
  },
  role: "controller",
  urls: {
    website: "https://soundcloud.com/",
    privacyPolicy: "https://soundcloud.com/pages/privacy",
  },
  description: {
    en: "SoundCloud is a platform where artists and podcasters publish audio; its embeddable player plays a SoundCloud track or playlist inside a web page.",
    de: "SoundCloud ist eine Plattform, auf der Künstler und Podcaster Audioinhalte veröffentlichen; sein einbettbarer Player spielt einen SoundCloud-Titel oder eine Playlist innerhalb einer Webseite ab.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "To let you listen to audio from SoundCloud on our pages.",
          de: "Damit Sie auf unseren Seiten Audioinhalte von SoundCloud anhören können.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.behavior.browsing_history",
        details: { en: "the address of the page with the player", de: "die Adresse der Seite mit dem Player" },
        collected: "automatic",
      },
      {
        category: "user.behavior.media_consumption",
        details: {
          en: "how you use the player, for example what you play",
          de: "wie Sie den Player nutzen, etwa was Sie abspielen",
        },
      },
      {
        category: "user.device.cookie_id",
        details: {
          en: "identifiers with which SoundCloud may recognise you",
          de: "Kennungen, mit denen SoundCloud Sie wiedererkennen kann",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["w.soundcloud.com"],
  transfers: [
    {
      country: "US",
      recipient: "SoundCloud, Inc.",
      mechanism: "A46-2-c",
      note: {
        en: "SoundCloud's privacy policy of 2019 named the EU standard contractual clauses or another approved mechanism for transfers within the SoundCloud group and to third parties; the current wording could not be read.",
        de: "SoundClouds Datenschutzrichtlinie von 2019 nannte für Übermittlungen innerhalb der SoundCloud-Gruppe und an Dritte die Standardvertragsklauseln der EU oder einen anderen zugelassenen Mechanismus; der aktuelle Wortlaut konnte nicht gelesen werden.",
      },
    },
  ],
  deletion: {
    en: "You can block or delete SoundCloud's cookies in your browser; SoundCloud's cookie policy explains how.",
    de: "Sie können die Cookies von SoundCloud in Ihrem Browser sperren oder löschen; wie das geht, erklärt die Cookie-Richtlinie von SoundCloud.",
  },
  deviceAccess: [],
  sources: [
    // SoundCloud Terms of Use (contrib-versions, 17 August 2026): the company and its address; players and widgets.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/139bd415eae127aa725b7f2768d5309159eb7195/SoundCloud/Terms%20of%20Service.md",
      facts: ["entity", "role", "urls", "deletion"],
      checked: "2026-12-06",
      updated: "2026-08-17",
    },
    // SoundCloud Privacy Policy, German version, read in a stored copy (opening only): the companies, and that the
    // policy covers players and widgets.
    { url: "https://pages.soundcloud.com/geo/de/legal/privacy-policy", facts: ["entity", "role", "transfers"], checked: "2026-12-06" },
    // SoundCloud Privacy Policy, last amended 28 May 2019 (contrib-versions): what the widget collects; transfers then.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/c4dea3f004e02bfa6694504c4ab36ca478fdff04/Soundcloud/Privacy%20Policy.md",
      facts: ["activities", "transfers"],
      checked: "2026-12-06",
      updated: "2019-05-28",
    },
    // SoundCloud for Developers, Widget API (stored copy): the player's host.
    { url: "https://developers.soundcloud.com/docs/api/html5-widget", facts: ["domains", "activities"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers[0]",
      note: "SoundCloud's current privacy policy names SoundCloud, Inc. among the companies that provide SoundCloud, but its section on transfers could not be read; the 2019 policy named the standard contractual clauses or another approved mechanism for transfers outside the EEA within the group and to third parties, naming no country.",
    },
    {
      fact: "transfers",
      note: "The 2019 policy names transfers within the SoundCloud group and to third parties without naming countries, and the current one's transfer section could not be read: the list may not be complete.",
    },
  ],
  disagreements: [],
};
