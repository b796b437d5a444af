import type { Processor } from "@policy/core";

/**
 * Meta Pixel and the Facebook/Instagram social plugins and embeds.
 *
 * Address: two Dublin addresses are in circulation. The datenanfragen record (the only citable
 * source found) gives 4 Grand Canal Square, Grand Canal Harbour, Dublin 2. Meta's own Controller
 * Addendum (facebook.com/legal/controller_addendum) names the newer address "Merrion Road,
 * Dublin 4, D04 X2K5", but it could only be read through a translate.google.com copy, which does
 * not count as a source. The entry therefore keeps the sourced address until someone reads
 * Meta's page directly; if it still says Merrion Road, switch to it.
 *
 * Role: joint controllers for the collection and transmission of the data (CJEU C-40/17 Fashion
 * ID; Meta's Controller Addendum says the same for its Business Tools).
 *
 * Parent: Meta Platforms, Inc. is left out because no citable page gave its address. The US
 * transfer rests on Meta's own statement that it relies on the Data Privacy Framework.
 *
 * Cookies: the Open Cookie Database lists _fbp and _fbc on facebook.com; they are kept as it
 * lists them.
 */
export const metaPixel: Processor = {
  id: "meta-pixel",
  name: "Meta Pixel",
  aliases: ["Facebook Pixel", "Facebook Like button", "Instagram embed"],
  categories: ["social-media", "advertising"],
  entity: {
    name: "Meta Platforms Ireland Limited",
    address: { street: "4 Grand Canal Square, Grand Canal Harbour", city: "Dublin 2", country: "IE" },
    url: "https://www.facebook.com/",
  },
  role: "joint-controller",
  urls: {
    website: "https://www.facebook.com/",
    privacyPolicy: "https://www.facebook.com/privacy/policy/",
  },
  description: {
    en: "Meta's pixel and its Facebook and Instagram buttons and embeds report visits and actions on a website to Meta, which uses them to measure and target ads.",
    de: "Das Pixel von Meta sowie die Schaltflächen und eingebetteten Inhalte von Facebook und Instagram melden Besuche und Aktionen auf einer Website an Meta, das damit Werbung misst und ausrichtet.",
  },
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
  transfers: [
    {
      country: "US",
      mechanism: "EU-US-DPF",
      note: {
        en: "Meta said that from 7 September 2023 it relies on the Data Privacy Framework for data from its business tools sent from the EU to the US.",
        de: "Meta hat erklärt, sich seit dem 7. September 2023 für Daten aus seinen Business Tools, die aus der EU in die USA gehen, auf das Data Privacy Framework zu stützen.",
      },
      checked: "2026-11-29",
    },
  ],
  deviceAccess: [
    {
      name: "_fbp",
      technology: "cookie",
      domain: "facebook.com",
      purpose: {
        en: "Recognises the browser so Meta can link visits to ad campaigns.",
        de: "Erkennt den Browser wieder, damit Meta Besuche Werbekampagnen zuordnen kann.",
      },
      duration: "P4M",
      party: "third",
      ground: "consent",
    },
    {
      name: "_fbc",
      technology: "cookie",
      domain: "facebook.com",
      purpose: {
        en: "Keeps the click ID of a Facebook or Instagram ad that brought the visitor here.",
        de: "Speichert die Klick-ID einer Facebook- oder Instagram-Anzeige, über die der Besuch kam.",
      },
      duration: "P2Y",
      party: "third",
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
      duration: "P2Y",
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
      duration: "P2Y",
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
      duration: "P90D",
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
      duration: "P90D",
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
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/facebook.json",
      facts: ["entity", "urls"],
    },
    { url: "https://about.fb.com/news/2023/05/our-response-to-the-decision-on-facebooks-eu-us-data-transfers/", facts: ["transfers"] },
    { url: "https://developers.facebook.com/docs/meta-pixel", facts: ["activities"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
