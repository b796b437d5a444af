import type { Processor } from "@policy/core";

/**
 * Meta Pixel and the Facebook/Instagram social plugins and embeds.
 *
 * Address: Meta's own privacy policy, in the version shown in the EU, names Meta Platforms Ireland Limited at
 * "Merrion Road, Dublin 4, D04 X2K5" as the data controller (archived by Open Terms Archive: the policy effective
 * 14 November 2024, and the newest EU copy found, effective 16 June 2025). This replaces the older 4 Grand Canal
 * Square address in the datenanfragen record, which is now cited only for the URLs.
 *
 * Role: joint controllers for the collection and transmission of the data (CJEU C-40/17 Fashion ID; Meta's privacy
 * policy says it processes some data it receives from partners as a joint controller with them).
 *
 * Parent: Meta Platforms, Inc. The newest archived copy of Meta's privacy policy (the version for users outside the
 * EU, effective 23 July 2026) gives its postal address as 1 Meta Way, Menlo Park; copies from 2025 still gave
 * 1601 Willow Road. We follow the newest.
 *
 * Transfers: the EU privacy policy (effective 14 November 2024) says Meta Platforms, Inc. is certified under the EU-US
 * Data Privacy Framework, that Meta relies on it for transfers to Meta Platforms, Inc. for the products the
 * certification covers, and on the standard contractual clauses in other cases.
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
    address: { street: "Merrion Road", postalCode: "D04 X2K5", city: "Dublin 4", country: "IE" },
    url: "https://www.facebook.com/",
  },
  parent: {
    name: "Meta Platforms, Inc.",
    address: { street: "1 Meta Way", postalCode: "94025", city: "Menlo Park", region: "CA", country: "US" },
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
      recipient: "Meta Platforms, Inc.",
      mechanism: "EU-US-DPF",
      note: {
        en: "Meta Platforms, Inc. is certified under the EU-US Data Privacy Framework, and Meta relies on it for transfers to that company for the products the certification covers (for data from its business tools since 7 September 2023); in other cases Meta uses the EU standard contractual clauses.",
        de: "Meta Platforms, Inc. ist nach dem EU-US-Datenschutzrahmen zertifiziert; Meta stützt Übermittlungen an dieses Unternehmen für die von der Zertifizierung erfassten Produkte darauf (für Daten aus seinen Business Tools seit dem 7. September 2023). In anderen Fällen verwendet Meta die Standardvertragsklauseln der EU.",
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
      facts: ["urls"],
    },
    // Meta's privacy policy for the EU, effective 14 November 2024 (Open Terms Archive): controller and address,
    // DPF certification of Meta Platforms, Inc. and the standard contractual clauses.
    {
      url: "https://github.com/OpenTermsArchive/pga-versions/blob/2f6d1bb8646c4045ab0d993460381fbf9be40749/Facebook/Privacy%20Policy.md",
      facts: ["entity", "transfers", "activities"],
    },
    // The same policy for the EU as served on privacycenter.instagram.com, effective 16 June 2025: controller and address.
    {
      url: "https://github.com/OpenTermsArchive/pga-versions/blob/a92c104eccbef1b4564e3152556b3b1dcce008f1/Instagram/Privacy%20Policy.md",
      facts: ["entity"],
    },
    // Meta's privacy policy for users outside the EU, effective 23 July 2026: Meta Platforms, Inc.'s postal address.
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/0c16321d2f3bac26adca78e5b3fe90c64cd807ae/Instagram/Privacy%20Policy.md",
      facts: ["parent"],
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
