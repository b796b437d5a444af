import type { Processor } from "@policy/core";
import { metaChecked } from "../parties/meta.js";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * The Meta Pixel and Meta's buttons and embeds as a product: what they collect and the cookies they use. These are the
 * same whichever Meta company a business deals with, so the entries for businesses in the EU (meta-pixel, Meta
 * Platforms Ireland Limited) and in the US (meta-pixel-us, Meta Platforms, Inc.) share them.
 *
 * Read (stored copies, 2026-12-06):
 * - Meta's Cookies Policy, effective 12 December 2023 (Open Terms Archive, vlopses-ie-versions, commit d7ca0072; the
 *   US English copy in vlopses-us-versions, commit 46bbebc5, has the same table): _fbp and _fbc may be set on the
 *   domain of the business partner whose site is visited and are not readable by Meta elsewhere; lifetimes: _fbp and
 *   _fbc 90 days, fr 90 days, datr 400 days, sb 400 days, c_user and xs 365 days. ig_did is not in Meta's cookie
 *   policy and follows the Open Cookie Database; where that database differs from Meta, it is kept as a disagreement.
 */
export const metaPixelProduct = {
  domains: ["connect.facebook.net", "www.facebook.com"],
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "Measuring whether our ads on Facebook and Instagram lead to visits, sign-ups or purchases on our website.",
          de: "Messen, ob unsere Anzeigen auf Facebook und Instagram zu Besuchen, Anmeldungen oder Käufen auf unserer Website führen.",
        },
      },
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "Showing ads on Facebook and Instagram to people who visited our website, or to people like them.",
          de: "Anzeigen auf Facebook und Instagram an Menschen ausspielen, die unsere Website besucht haben, oder an ähnliche Personen.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "browser information, the address of the page and the page you came from",
          de: "Angaben zum Browser, die Adresse der Seite und die Seite, von der Sie kamen",
        },
      },
      {
        category: "user.device.cookie_id",
        details: {
          en: "the pixel ID and Meta's cookie identifiers",
          de: "die Pixel-ID und die Cookie-Kennungen von Meta",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "pages viewed, buttons clicked and events such as a purchase",
          de: "aufgerufene Seiten, angeklickte Schaltflächen und Ereignisse wie ein Kauf",
        },
      },
      {
        category: "user.contact",
        details: {
          en: "only if the website turns on advanced matching: form entries such as an e-mail address",
          de: "nur wenn die Website den erweiterten Abgleich einschaltet: Formulareingaben wie eine E-Mail-Adresse",
        },
        collected: "provided",
      },
    ],
    subjects: ["website_visitor"],
  },
  deviceAccess: [
    {
      name: "_fbp",
      technology: "cookie",
      purpose: {
        en: "Recognises the browser so Meta can link visits to ad campaigns.",
        de: "Erkennt den Browser wieder, damit Meta Besuche Werbekampagnen zuordnen kann.",
      },
      duration: "P90D",
      party: "first",
      ground: "consent",
    },
    {
      name: "_fbc",
      technology: "cookie",
      purpose: {
        en: "Keeps the click ID of a Facebook or Instagram ad that brought the visitor here.",
        de: "Speichert die Klick-ID einer Facebook- oder Instagram-Anzeige, über die der Besuch kam.",
      },
      duration: "P90D",
      party: "first",
      ground: "consent",
    },
    {
      name: "fr",
      technology: "cookie",
      domain: "facebook.com",
      purpose: {
        en: "Holds browser and user IDs that Meta uses to target ads.",
        de: "Enthält Browser- und Nutzerkennungen, mit denen Meta Werbung ausrichtet.",
      },
      duration: "P90D",
      party: "third",
      ground: "consent",
    },
    {
      name: "datr",
      technology: "cookie",
      domain: "facebook.com",
      purpose: {
        en: "Identifies the browser to Meta, among other things to spot fake accounts.",
        de: "Kennzeichnet den Browser gegenüber Meta, unter anderem um gefälschte Konten zu erkennen.",
      },
      duration: "P400D",
      party: "third",
      ground: "consent",
    },
    {
      name: "sb",
      technology: "cookie",
      domain: "facebook.com",
      purpose: {
        en: "Identifies the browser for Meta's login and advertising functions.",
        de: "Kennzeichnet den Browser für Login- und Werbefunktionen von Meta.",
      },
      duration: "P400D",
      party: "third",
      ground: "consent",
    },
    {
      name: "c_user",
      technology: "cookie",
      domain: "facebook.com",
      purpose: {
        en: "Carries the Facebook user ID of a logged-in visitor.",
        de: "Trägt die Facebook-Nutzerkennung einer angemeldeten Person.",
      },
      duration: "P365D",
      party: "third",
      ground: "consent",
    },
    {
      name: "xs",
      technology: "cookie",
      domain: "facebook.com",
      purpose: {
        en: "Together with c_user, confirms a Facebook login session.",
        de: "Bestätigt zusammen mit c_user eine Facebook-Anmeldung.",
      },
      duration: "P365D",
      party: "third",
      ground: "consent",
    },
    {
      name: "ig_did",
      technology: "cookie",
      domain: "instagram.com",
      purpose: {
        en: "Recognises visits to Instagram and Instagram embeds.",
        de: "Erkennt Besuche bei Instagram und bei eingebetteten Instagram-Inhalten wieder.",
      },
      duration: "P9Y",
      party: "third",
      ground: "consent",
    },
  ],
} satisfies Pick<Processor, "domains" | "activities" | "deviceAccess">;

/** The sources of the product's cookies. */
export const metaPixelProductSources: Processor["sources"] = [
  { url: "https://developers.facebook.com/docs/meta-pixel/advanced", facts: ["domains"], checked: "2026-12-06", updated: "2026-01-20" },
  { url: "https://developers.facebook.com/docs/javascript/quickstart", facts: ["domains"], checked: "2026-12-06" },
  // Meta's Cookies Policy, effective 12 December 2023: names, lifetimes, _fbp/_fbc on the partner's own domain.
  {
    url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/d7ca0072c8c4af31c240c9ab3db10713b4069e2d/Facebook/Trackers%20Policy.md",
    facts: ["device-access"],
    checked: metaChecked,
    updated: "2023-12-12",
  },
  { url: OCD, facts: ["device-access"], checked: metaChecked, updated: "2026-01-21" },
];

/** Where the Open Cookie Database gives other values than Meta for the product's cookies. */
export const metaPixelDisagreements: Processor["disagreements"] = [
  { fact: "deviceAccess[0].duration", value: "P4M", source: OCD },
  { fact: "deviceAccess[0].party", value: "third (facebook.com)", source: OCD },
  { fact: "deviceAccess[1].duration", value: "P2Y", source: OCD },
  { fact: "deviceAccess[1].party", value: "third (facebook.com)", source: OCD },
  { fact: "deviceAccess[3].duration", value: "P2Y", source: OCD },
  { fact: "deviceAccess[4].duration", value: "P2Y", source: OCD },
  { fact: "deviceAccess[5].duration", value: "P90D", source: OCD },
  { fact: "deviceAccess[6].duration", value: "P90D", source: OCD },
];
