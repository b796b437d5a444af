import type { Processor } from "@policy/core";
import {
  metaChecked,
  metaControllerAddendumUrl,
  metaDpfTransfer,
  metaEuPrivacyPolicyUrl,
  metaPlatformsInc,
  metaPlatformsIncSource,
  metaPlatformsIreland,
  metaTransfersNewsSource,
} from "../parties/meta.js";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Instagram posts (photos, videos, Reels) embedded in a web page with the embed code Instagram offers. For website
 * operators in the EU.
 *
 * Read (2026-12-06):
 * - Meta's Privacy Policy as Instagram shows it, effective 23 July 2026 (Open Terms Archive, pga-versions,
 *   "Instagram/Privacy Policy.md", commit e7c36559 of 22 August 2026): the data controller is Meta Platforms Ireland
 *   Limited, Merrion Road, Dublin 4, D04 X2K5; Instagram's "Cookie settings" let people "choose whether we can use
 *   cookies and similar technologies to collect information about your activity on other websites and apps".
 * - The same policy as Facebook shows it, with all its sections (pga-versions, "Facebook/Privacy Policy.md", commit
 *   e4da78fa): it covers the Meta Products, which "include Facebook, Instagram, Messenger"; Meta receives information
 *   through cookies "when you visit other websites and apps that use our Business Tools or other Meta Products";
 *   transfers: Meta Platforms, Inc. is certified under the EU-U.S. and Swiss-U.S. Data Privacy Frameworks, Meta relies
 *   on them for transfers to Meta Platforms, Inc. for the products the certification covers and on the standard
 *   contractual clauses otherwise. Meta Platforms, Inc.'s address: Meta's policy for users outside the EU
 *   (vlopses-ie-versions, commit b9904e83).
 * - Meta's Instagram Platform pages (stored copies): "Embed button" (developers.facebook.com/docs/instagram-platform/
 *   embed-button): the embed HTML of a public post is copied from the post and pasted into another website; each
 *   embedded post shows its owner's username and links to the owner's profile. "Embed an Instagram Post" (oEmbed,
 *   updated 15 May 2026): posts of private, inactive and age-restricted accounts, and of accounts that have disabled
 *   embeds, cannot be embedded.
 * - Meta's Cookies Policy as Instagram links it, effective 12 December 2023 (vlopses-ie-versions, "Instagram/Trackers
 *   Policy.md", commit 3c951b12): Meta uses cookies when people "visit other websites and apps that use the Meta
 *   Products"; its table names Facebook's cookies only, none set on instagram.com.
 * - Open Cookie Database (a lead only): ig_did, mid and ig_cb on instagram.com, 9 years each; ig_cb "enables the
 *   correct functionality of the Instagram plugins, such as embedded Instagram posts". Kept as unconfirmed.
 *
 * Role: controller. Meta decides what it does with the data an embed sends it (privacy policy). Meta's Controller
 * Addendum (joint controllership for collecting data and sending it to Meta Ireland) applies where product terms such
 * as the Business Tools Terms incorporate it; the only Meta list of tools under it that could be read (the Business
 * Tools joint processing page of 2020) names Facebook's social plugins, the pixel, the SDK and Login, not Instagram
 * embeds. Under the CJEU's Fashion ID judgment (C-40/17) a site that embeds content which makes the visitor's browser
 * send data to Meta may be a joint controller for that collection and transmission even so; the role is therefore
 * marked unconfirmed.
 *
 * Left out, and why: domains (no Meta page read names the host of the embed script or frame; third-party copies of
 * the embed code load www.instagram.com/embed.js); retention (nothing specific to data from embeds).
 */
export const instagramEmbeds: Processor = {
  id: "instagram-embeds",
  name: "Instagram embeds",
  aliases: ["Instagram embedded posts", "Instagram embed code"],
  categories: ["social-media"],
  entity: metaPlatformsIreland,
  parent: metaPlatformsInc,
  role: "controller",
  urls: {
    website: "https://www.instagram.com/",
    privacyPolicy: "https://privacycenter.instagram.com/policy/",
  },
  description: {
    en: "An Instagram embed shows a public Instagram post, such as a photo, video or Reel, inside a web page, loaded from Instagram and linked to the account that posted it.",
    de: "Eine Instagram-Einbettung zeigt einen öffentlichen Instagram-Beitrag wie ein Foto, ein Video oder ein Reel innerhalb einer Webseite; er wird von Instagram geladen und verweist auf das Konto, das ihn veröffentlicht hat.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "To show posts from Instagram on our pages.",
          de: "Um Beiträge von Instagram auf unseren Seiten zu zeigen.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: { en: "browser and device information", de: "Angaben zu Browser und Gerät" },
      },
      {
        category: "user.behavior.browsing_history",
        details: { en: "the address of the page with the post", de: "die Adresse der Seite mit dem Beitrag" },
        collected: "automatic",
      },
      {
        category: "user.device.cookie_id",
        details: {
          en: "identifiers in cookies that Instagram sets or reads",
          de: "Kennungen in Cookies, die Instagram setzt oder ausliest",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [metaDpfTransfer],
  deletion: {
    en: "With an Instagram account you can choose in Instagram's cookie settings whether Meta may use cookies to learn about your activity on other websites; you can also delete Instagram's cookies in your browser.",
    de: "Mit einem Instagram-Konto können Sie in den Cookie-Einstellungen von Instagram festlegen, ob Meta Cookies nutzen darf, um von Ihren Aktivitäten auf anderen Websites zu erfahren; außerdem können Sie die Cookies von Instagram in Ihrem Browser löschen.",
  },
  deviceAccess: [
    {
      name: "ig_did",
      technology: "cookie",
      domain: "instagram.com",
      purpose: {
        en: "Recognises the browser on visits to Instagram.",
        de: "Erkennt den Browser bei Besuchen von Instagram wieder.",
      },
      duration: "P9Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "mid",
      technology: "cookie",
      domain: "instagram.com",
      purpose: {
        en: "An Instagram identifier for the browser, used for Instagram's functions.",
        de: "Eine Instagram-Kennung für den Browser, die für Funktionen von Instagram genutzt wird.",
      },
      duration: "P9Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "ig_cb",
      technology: "cookie",
      domain: "instagram.com",
      purpose: {
        en: "Helps embedded Instagram posts work.",
        de: "Sorgt dafür, dass eingebettete Instagram-Beiträge funktionieren.",
      },
      duration: "P9Y",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    // Meta's Privacy Policy as Instagram shows it, effective 23 July 2026 (pga-versions): controller and address,
    // Instagram's cookie settings for activity on other websites.
    {
      url: "https://github.com/OpenTermsArchive/pga-versions/blob/e7c36559d750b00bab5614455576d132f4f9c0a9/Instagram/Privacy%20Policy.md",
      facts: ["entity", "role", "urls", "deletion"],
      checked: metaChecked,
      updated: "2026-07-23",
    },
    // The same policy as Facebook shows it, all sections (pga-versions): Instagram among the Meta Products, data from
    // sites using Meta Products, transfers.
    { url: metaEuPrivacyPolicyUrl, facts: ["role", "activities", "transfers"], checked: metaChecked, updated: "2026-07-23" },
    metaPlatformsIncSource,
    // Meta's newsroom statement of 7 September 2023 on transfers, which the transfer note repeats.
    metaTransfersNewsSource,
    // Meta's Controller Addendum, read in a stored copy: the product terms it applies to (see the role note).
    { url: metaControllerAddendumUrl, facts: ["role"], checked: metaChecked },
    // Meta's Instagram Platform pages on embedding (stored copies).
    { url: "https://developers.facebook.com/docs/instagram-platform/embed-button", facts: ["activities"], checked: metaChecked },
    {
      url: "https://developers.facebook.com/documentation/instagram-platform/oembed",
      facts: ["activities"],
      checked: metaChecked,
      updated: "2026-05-15",
    },
    // Meta's Cookies Policy as Instagram links it, effective 12 December 2023 (vlopses-ie-versions).
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/3c951b12dd9d4e0db3d4fb5c639ac78f32ff9c9d/Instagram/Trackers%20Policy.md",
      facts: ["device-access", "deletion"],
      checked: metaChecked,
      updated: "2023-12-12",
    },
    { url: OCD, facts: ["device-access"], checked: metaChecked, updated: "2026-01-21" },
  ],
  checked: metaChecked,
  unconfirmed: [
    {
      fact: "role",
      note: "Meta's documents make no statement on the role for Instagram embeds: the Controller Addendum applies where product terms incorporate it, and the only list of tools under it that could be read (Business Tools joint processing page, 2020) does not name Instagram embeds. Under the CJEU's Fashion ID judgment (C-40/17) the site may be a joint controller with Meta for collecting the data and sending it to Meta.",
    },
    {
      fact: "deviceAccess[0]",
      note: "From the Open Cookie Database; Meta's Cookies Policy names no cookie on instagram.com, and no Meta page read says which cookies an embed sets.",
    },
    {
      fact: "deviceAccess[1]",
      note: "From the Open Cookie Database; Meta's Cookies Policy names no cookie on instagram.com, and no Meta page read says which cookies an embed sets.",
    },
    {
      fact: "deviceAccess[2]",
      note: "From the Open Cookie Database, which ties it to embedded Instagram posts; no Meta document names it.",
    },
  ],
  disagreements: [],
};
