import type { Processor } from "@policy/core";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Meta Pixel and the Facebook/Instagram social plugins and embeds.
 *
 * Read:
 * - Meta's Privacy Policy in its EU version, effective 23 July 2026 (Open Terms Archive, pga-versions, commit
 *   e4da78fa of 22 August 2026): Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5 is the data
 *   controller; Meta processes certain information it receives from partners "as a joint controller with them" and
 *   links to its Controller Addendum; Meta Platforms, Inc. has certified its participation in the EU-U.S. and
 *   Swiss-U.S. Data Privacy Frameworks, Meta relies on them for transfers to Meta Platforms, Inc. for the products and
 *   services the certification covers, and on the standard contractual clauses in other situations.
 * - Meta's Privacy Policy for users outside the EU, same date (vlopses-ie-versions, commit b9904e83): Meta Platforms,
 *   Inc., 1 Meta Way, Menlo Park, CA 94025.
 * - Meta's Controller Addendum (facebook.com/legal/controller_addendum, read in a stored copy served through a
 *   translation proxy; no date shown): Meta Platforms Ireland Limited (same address) and the business are joint
 *   controllers under Art. 26 GDPR for the collection of the data the product terms (such as the Meta Business Tools
 *   Terms) specify and its transmission to Meta Ireland; the processing by Meta Ireland afterwards is not part of the
 *   joint processing; the business agrees to implement and configure the tools as Meta's documentation says. The
 *   table of responsibilities that follows was cut off in the copy we could read, so the arrangement below states only
 *   this and the data subject's right (Art. 26(3)) to turn to either controller.
 * - Meta's Cookies Policy, effective 12 December 2023 (vlopses-ie-versions, commit d7ca0072): _fbp and _fbc may be set
 *   on the domain of the business partner whose site is visited and are not readable by Meta elsewhere; lifetimes:
 *   _fbp and _fbc 90 days, fr 90 days, datr 400 days, sb 400 days, c_user and xs 365 days.
 * - Meta's newsroom statement on EU-US transfers (about.fb.com, stored copy, update of 7 September 2023): data
 *   relating to Meta business tools moves to the US under the DPF from that day.
 *
 * Re-checked 2026-12-06:
 * - entity: no change (Meta Platforms Ireland Limited, Merrion Road), now from the July 2026 EU policy and the Controller
 *   Addendum; the datenanfragen record is no longer cited.
 * - parent: no change (1 Meta Way), now from the July 2026 non-EU policy; the earlier citation pointed at a commit
 *   that is not in the archive we can read.
 * - role: joint controller as before, now with roles: joint controller with us for collecting the data on our website
 *   and sending it to Meta (arrangement in our words from the Controller Addendum), and controller on its own for what
 *   Meta does with the data afterwards (Controller Addendum; privacy policy).
 * - transfers: recipient Meta Platforms, Inc. as before; certification added: EU-U.S. and Swiss-U.S. as Meta's EU
 *   policy states them (it does not mention the UK Extension; no stored copy of the DPF List entry was found).
 * - device access: _fbp and _fbc are first-party cookies on our own domain (were third-party on facebook.com); _fbp
 *   lasts 90 days (was 4 months), _fbc 90 days (was 2 years); datr and sb 400 days (were 2 years); c_user and xs 365
 *   days (were 90 days); fr unchanged. Where the Open Cookie Database differs it is kept as a disagreement. ig_did is
 *   not in Meta's cookie policy and stays as the Open Cookie Database gives it.
 * - activities: no change. The developers.facebook.com pixel page is no longer cited (not re-read).
 * Unconfirmed: none marked. Not readable: the Controller Addendum's table of responsibilities, and the Meta Business
 * Tools Terms in a Meta copy. Meta's Data Processing Terms (pga-versions, "Facebook/User Consent Policy.md") name the
 * Business Tools Terms among the terms under which Meta may act as a processor; we could not read for which data, so
 * no processor role is listed.
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
  roles: [
    {
      role: "joint-controller",
      scope: {
        en: "collecting data on our website with the Meta Pixel and Meta's buttons and embeds, and sending it to Meta",
        de: "die Erhebung von Daten auf unserer Website mit dem Meta-Pixel und den Schaltflächen und eingebetteten Inhalten von Meta und ihre Übermittlung an Meta",
      },
      arrangement: {
        en: "We and Meta Platforms Ireland Limited are jointly responsible only for collecting the data on our website and sending it to Meta; what Meta does with the data once it has received it is Meta's responsibility alone and not part of the joint processing. We have agreed with Meta to set up its tools as Meta's documentation describes. For the data Meta keeps after receiving it, Meta answers as its privacy policy describes.",
        de: "Wir und die Meta Platforms Ireland Limited sind nur für die Erhebung der Daten auf unserer Website und ihre Übermittlung an Meta gemeinsam verantwortlich; was Meta nach dem Empfang mit den Daten macht, verantwortet Meta allein, es gehört nicht zur gemeinsamen Verarbeitung. Wir haben mit Meta vereinbart, seine Werkzeuge so einzurichten, wie es die Dokumentation von Meta beschreibt. Für die Daten, die Meta nach dem Empfang speichert, steht Meta ein, wie in seiner Datenschutzrichtlinie beschrieben.",
      },
      arrangementUrl: "https://www.facebook.com/legal/controller_addendum",
    },
    {
      role: "controller",
      scope: {
        en: "what Meta does with the data after receiving it, such as measuring and targeting ads and improving its products",
        de: "das, was Meta nach dem Empfang mit den Daten macht, etwa Werbung messen und ausrichten und seine Produkte verbessern",
      },
    },
  ],
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
      certification: {
        frameworks: ["EU-US", "Swiss-US"],
        source: "https://github.com/OpenTermsArchive/pga-versions/blob/e4da78fa541e189d6c4a45f47e70d0abbb55a4bf/Facebook/Privacy%20Policy.md",
        checked: "2026-12-06",
      },
      note: {
        en: "Meta relies on the framework for transfers to Meta Platforms, Inc. for the products the certification covers (for data from its business tools since 7 September 2023); in other cases Meta uses the EU standard contractual clauses.",
        de: "Meta stützt Übermittlungen an die Meta Platforms, Inc. für die von der Zertifizierung erfassten Produkte auf den Datenschutzrahmen (für Daten aus seinen Business Tools seit dem 7. September 2023). In anderen Fällen verwendet Meta die Standardvertragsklauseln der EU.",
      },
      checked: "2026-12-06",
    },
  ],
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
  sources: [
    // Meta's Privacy Policy, EU version effective 23 July 2026: controller and address, joint controllership with
    // partners, DPF certification of Meta Platforms, Inc. and the standard contractual clauses.
    {
      url: "https://github.com/OpenTermsArchive/pga-versions/blob/e4da78fa541e189d6c4a45f47e70d0abbb55a4bf/Facebook/Privacy%20Policy.md",
      facts: ["entity", "role", "urls", "transfers", "activities"],
      checked: "2026-12-06",
      updated: "2026-07-23",
    },
    // Meta's Privacy Policy for users outside the EU, effective 23 July 2026: Meta Platforms, Inc.'s postal address.
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/b9904e83a9ecf0943934b4ca08c068973c939963/Facebook/Privacy%20Policy.md",
      facts: ["parent"],
      checked: "2026-12-06",
      updated: "2026-07-23",
    },
    // Meta's Controller Addendum, read in a stored copy: the joint controllers, the scope of the joint processing.
    { url: "https://www.facebook.com/legal/controller_addendum", facts: ["entity", "role"], checked: "2026-12-06" },
    // Meta's Cookies Policy, effective 12 December 2023: names, lifetimes, _fbp/_fbc on the partner's own domain.
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/d7ca0072c8c4af31c240c9ab3db10713b4069e2d/Facebook/Trackers%20Policy.md",
      facts: ["device-access"],
      checked: "2026-12-06",
      updated: "2023-12-12",
    },
    {
      url: "https://about.fb.com/news/2023/05/our-response-to-the-decision-on-facebooks-eu-us-data-transfers/",
      facts: ["transfers"],
      checked: "2026-12-06",
      updated: "2023-09-07",
    },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06", updated: "2026-01-21" },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [
    { fact: "deviceAccess[0].duration", value: "P4M", source: OCD },
    { fact: "deviceAccess[0].party", value: "third (facebook.com)", source: OCD },
    { fact: "deviceAccess[1].duration", value: "P2Y", source: OCD },
    { fact: "deviceAccess[1].party", value: "third (facebook.com)", source: OCD },
    { fact: "deviceAccess[3].duration", value: "P2Y", source: OCD },
    { fact: "deviceAccess[4].duration", value: "P2Y", source: OCD },
    { fact: "deviceAccess[5].duration", value: "P90D", source: OCD },
    { fact: "deviceAccess[6].duration", value: "P90D", source: OCD },
  ],
};
