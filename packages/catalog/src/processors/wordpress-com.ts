import type { Processor } from "@policy/core";

const PRIVACY_POLICY =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/b59fe8173e4b00c25cee04682c1ea2aa85b6a008/WordPress.com/Privacy%20Policy.md";
const TERMS =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/e48c8c7a2dcd5f2aefc859595a1d32d4d972e92b/WordPress.com/Terms%20of%20Service.md";
const VISITOR_NOTICE =
  "https://github.com/Automattic/legalmattic/blob/116313d3d7eacfa1a76e2ba4bea1f613d1c37f36/Privacy-Notice-for-Visitors-to-Our-Users-Sites.md";
const checked = "2026-12-06";

/**
 * WordPress.com and Jetpack (Automattic): hosted WordPress sites, and Jetpack's services for WordPress sites hosted
 * elsewhere, for a website operator in the EU.
 *
 * Read (2026-12-06):
 * - Automattic Privacy Policy (automattic.com/privacy, the page Open Terms Archive records for WordPress.com), newest
 *   change-log entry 11 December 2025, in full (contrib-versions, WordPress.com/Privacy Policy.md, commit b59fe817,
 *   recorded 13 August 2026; the same text as Automattic's own repository legalmattic, Privacy-Policy.md, commit
 *   8e483c42). It says:
 *   - entity: for someone living in the "Designated Countries" (all countries in Europe among them) the controller is
 *     Aut O'Mattic A8C Ireland Ltd., Grand Canal Dock, 25 Herbert Pl, Dublin, D02 AY86, Ireland; "Automattic Inc. is also
 *     the controller for some of the processing activities related to Services provided by" it. Contact: a web form or
 *     privacypolicyupdates@automattic.com ("How to Reach Us"); no data protection officer is named.
 *   - parent: Automattic Inc., "our US-based company", 60 29th Street #343, San Francisco, CA 94110. That it owns the
 *     Irish company is not said in so many words; the field holds the US company that also receives data.
 *   - role: Automattic processes information about visitors to its users' websites "on behalf of our users", and that
 *     processing is outside the privacy policy ("Visitors to Our Users' Websites"). As a controller, it collects the
 *     "Likes" and comments of visitors who are logged in to a WordPress.com account, for example to recommend posts.
 *   - transfers: data may be accessed outside the EEA by Automattic's staff, its group companies or its processors;
 *     the measures include the EU's standard contractual clauses ("Transferring Information"). No country is named.
 *   - deletion: a post, page or comment the site owner deletes stays in the trash for thirty days and may then remain
 *     in backups and caches until purged.
 * - WordPress.com Terms of Service, "Last Updated: April 10, 2026" (contrib-versions, commit e48c8c7a): for Automattic
 *   services other than Woo, a customer in the Designated Countries contracts with Aut O'Mattic A8C Ireland Ltd. (Woo
 *   services: WooCommerce Ireland Ltd., not described here); the withdrawal address repeats the Dublin address; a
 *   customer who needs a data processing agreement "for the GDPR requirements that apply to us as a data processor for
 *   your website" is pointed to instructions (section 19).
 * - Privacy Notice for Visitors to Our Users' Sites (automattic.com/privacy-notice), in full, as Automattic's own
 *   repository legalmattic holds it (commit 116313d3, last changed 12 October 2020; the notice has no date, and the live
 *   page may be newer). It lists what Automattic collects about a site's visitors for the site's owner: the e-mail
 *   address of followers and subscribers; comments with name and e-mail address; orders placed through the store
 *   features (card and billing details, shipping address); other entries such as contact forms, searches and
 *   registrations; technical data (IP address, browser type, unique device identifiers, language, referring site, date
 *   and time, operating system, mobile network); likes and ratings; approximate location from the IP address for Site
 *   Stats. Web server logs with IP address, browser and operating system are kept "for approximately 30 days", and the
 *   IP address for Site Stats also "approximately 30 days"; other visitor data is discarded once no longer needed.
 *
 * Unconfirmed: the ground for the transfer to the United States (see `unconfirmed`).
 *
 * Left out, and why:
 * - Cookies: Automattic's cookie policy (legalmattic, Cookie-Policy.md, commit 3cf59a88, last changed 31 March 2022)
 *   names cookies for visitors of Jetpack sites (comment_author_{HASH} and its e-mail and URL twins, akm_mobile,
 *   jetpack_comments_subscribe_{HASH}, jetpack_blog_subscribe_{HASH}, eucookielaw) and says Site Stats uses cookies,
 *   but gives no lifetime for any of them; Jetpack's own cookie page was not stored from Automattic. Not listed.
 * - Advertising (WordAds, ads on free sites): whether Automattic acts there as a controller is not stated; left out.
 * - Akismet and Crowdsignal, which the visitor notice also covers, are separate services a site may add.
 * - The Data Privacy Framework: the privacy policy does not mention it; Automattic's DPF notice covers WordPress VIP only.
 * - Sub-processors and the data processing agreement: not found in any stored Automattic copy.
 * - Domains: no Automattic document read names the hosts a site loads for these services.
 * - Category shop-platform: stores on WordPress.com run on Woo, whose contracting company is another one.
 */
export const wordpressCom: Processor = {
  id: "wordpress-com",
  name: "WordPress.com",
  aliases: ["Jetpack"],
  categories: ["hosting"],
  entity: {
    name: "Aut O'Mattic A8C Ireland Ltd.",
    address: { street: "Grand Canal Dock, 25 Herbert Pl", postalCode: "D02 AY86", city: "Dublin", country: "IE" },
    email: "privacypolicyupdates@automattic.com",
    url: "https://wordpress.com/",
  },
  parent: {
    name: "Automattic Inc.",
    address: { street: "60 29th Street #343", postalCode: "94110", city: "San Francisco", region: "CA", country: "US" },
  },
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "hosting our website and what happens on it: comments, subscriptions, orders, forms and visitor statistics",
        de: "das Hosting unserer Website und dessen, was dort geschieht: Kommentare, Abonnements, Bestellungen, Formulare und Besucherstatistiken",
      },
    },
    {
      role: "controller",
      scope: {
        en: "your likes and comments while you are logged in to a WordPress.com account, which Automattic uses for its own purposes, for example to recommend posts to you",
        de: "Ihre Likes und Kommentare, solange Sie in einem WordPress.com-Konto angemeldet sind; Automattic nutzt sie für eigene Zwecke, etwa um Ihnen Beiträge zu empfehlen",
      },
    },
  ],
  urls: {
    website: "https://wordpress.com/",
    privacyPolicy: "https://automattic.com/privacy/",
  },
  description: {
    en: "WordPress.com hosts websites and blogs built on WordPress; its sister product Jetpack adds the same company's statistics, subscription and comment features to WordPress sites hosted elsewhere.",
    de: "WordPress.com hostet Websites und Blogs auf Basis von WordPress; das Schwesterprodukt Jetpack bringt Statistiken, Abonnements und Kommentarfunktionen desselben Unternehmens auf WordPress-Websites, die anderswo gehostet werden.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Running our website on a hosted platform, with comments, and finding the cause when something goes wrong.",
          de: "Unsere Website auf einer gehosteten Plattform mit Kommentarfunktion zu betreiben und Fehlern auf den Grund zu gehen.",
        },
      },
      {
        purpose: "analytics.reporting",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Knowing how many people visit our website and from which countries.",
          de: "Zu wissen, wie viele Menschen unsere Website besuchen und aus welchen Ländern.",
        },
      },
      {
        purpose: "essential.service.notifications.email",
        legalBasis: "A6-1-b",
        description: {
          en: "To send you our new posts or replies to comments when you subscribe to them.",
          de: "Um Ihnen neue Beiträge oder Antworten auf Kommentare zu senden, wenn Sie diese abonnieren.",
        },
      },
    ],
    data: [
      // What you provide
      {
        category: "user.contact.email",
        details: {
          en: "when you follow or subscribe to our website, or with a comment",
          de: "wenn Sie unserer Website folgen oder sie abonnieren, oder mit einem Kommentar",
        },
        collected: "provided",
      },
      {
        category: "user.name",
        details: { en: "the name you give with a comment", de: "der Name, den Sie bei einem Kommentar angeben" },
        collected: "provided",
      },
      {
        category: "user.content.public",
        details: { en: "your comments on our website", de: "Ihre Kommentare auf unserer Website" },
        collected: "content",
      },
      {
        category: "user.content.private",
        details: {
          en: "what you enter in forms, searches or a registration on our website",
          de: "was Sie auf unserer Website in Formulare, Suchfelder oder eine Registrierung eingeben",
        },
        collected: "provided",
      },
      {
        category: "user.payment",
        details: {
          en: "card and billing details, if you order something through our website",
          de: "Karten- und Rechnungsdaten, wenn Sie über unsere Website etwas bestellen",
        },
        collected: "provided",
      },
      {
        category: "user.contact.address",
        details: { en: "the shipping address of an order", de: "die Lieferanschrift einer Bestellung" },
        collected: "provided",
      },
      // What is collected automatically
      {
        category: "user.device.ip_address",
        details: {
          en: "kept in the web server logs and for our visitor statistics",
          de: "gespeichert in den Protokollen des Webservers und für unsere Besucherstatistik",
        },
        collected: "automatic",
      },
      {
        category: "user.device",
        details: {
          en: "browser type, device identifiers, language, operating system and mobile network",
          de: "Browsertyp, Gerätekennungen, Sprache, Betriebssystem und Mobilfunknetz",
        },
        collected: "automatic",
      },
      {
        category: "user.telemetry",
        details: {
          en: "the site you came from and the date and time of your visit",
          de: "die Website, von der Sie kamen, sowie Datum und Uhrzeit Ihres Besuchs",
        },
        collected: "automatic",
      },
      {
        category: "user.location.imprecise",
        details: {
          en: "the country you visit from, worked out from your IP address for our visitor statistics",
          de: "das Land, aus dem Sie uns besuchen, für unsere Besucherstatistik aus Ihrer IP-Adresse ermittelt",
        },
        collected: "automatic",
      },
      {
        category: "user.behavior",
        details: { en: "likes and ratings you give", de: "Likes und Bewertungen, die Sie abgeben" },
        collected: "usage",
      },
    ],
    subjects: ["website_visitor", "newsletter_subscriber", "customer"],
  },
  domains: [],
  transfers: [
    // The mechanism is a placeholder, listed in `unconfirmed` below; it carries no checked date.
    {
      country: "US",
      recipient: "Automattic Inc.",
      mechanism: "A46-2-c",
      note: {
        en: "Automattic Inc. in San Francisco is the US company of the Automattic group and itself a controller for some of the processing. Automattic's privacy policy names the EU standard contractual clauses for data leaving the EEA, but it does not cover the data Automattic processes on our behalf.",
        de: "Automattic Inc. in San Francisco ist das US-Unternehmen der Automattic-Gruppe und für einen Teil der Verarbeitung selbst verantwortlich. Die Datenschutzerklärung von Automattic nennt für Daten, die den EWR verlassen, die Standardvertragsklauseln der EU, gilt aber nicht für die Daten, die Automattic in unserem Auftrag verarbeitet.",
      },
    },
  ],
  retention: {
    criteria: {
      en: "Automattic keeps web server logs with your IP address, browser and operating system for about 30 days, and your IP address for our visitor statistics also for about 30 days; other data about your visit is deleted once it is no longer needed for our website, unless the law requires keeping it.",
      de: "Automattic bewahrt Webserver-Protokolle mit Ihrer IP-Adresse, Ihrem Browser und Betriebssystem etwa 30 Tage auf, Ihre IP-Adresse für unsere Besucherstatistik ebenfalls etwa 30 Tage; andere Daten über Ihren Besuch werden gelöscht, sobald sie für unsere Website nicht mehr gebraucht werden, sofern das Gesetz keine Aufbewahrung verlangt.",
    },
  },
  deletion: {
    en: "Ask us to delete your comment, subscription or other data. What we delete on our WordPress.com site stays in the trash for 30 days and can remain in Automattic's backups and caches until they are cleared.",
    de: "Bitten Sie uns, Ihren Kommentar, Ihr Abonnement oder andere Daten zu löschen. Was wir auf unserer WordPress.com-Website löschen, bleibt 30 Tage im Papierkorb und kann in Sicherungen und Zwischenspeichern von Automattic verbleiben, bis diese bereinigt werden.",
  },
  deviceAccess: [],
  sources: [
    // Automattic Privacy Policy, last changed 11 December 2025, as archived by Open Terms Archive (recorded 13 August 2026).
    {
      url: PRIVACY_POLICY,
      facts: ["entity", "parent", "role", "urls", "transfers", "deletion"],
      checked,
      updated: "2025-12-11",
    },
    // WordPress.com Terms of Service, last updated 10 April 2026, as archived by Open Terms Archive.
    { url: TERMS, facts: ["entity", "role", "urls"], checked, updated: "2026-04-10" },
    // Automattic's privacy notice for visitors to its users' sites, undated, in Automattic's own repository.
    { url: VISITOR_NOTICE, facts: ["role", "activities", "retention"], checked },
  ],
  checked,
  unconfirmed: [
    {
      fact: "transfers[0].mechanism",
      note: "Automattic's privacy policy (11 December 2025) says data may be accessed outside the EEA by group companies and processors under the EU standard contractual clauses, and names Automattic Inc. as its US-based company, but it does not cover the data Automattic processes for site owners and names no country. The data processing agreement that would state the ground (linked from the terms' section 19) was not found in any stored Automattic copy; only a third party's republication exists (a lead). The privacy policy does not mention the Data Privacy Framework; Automattic's DPF notice covers WordPress VIP only.",
    },
  ],
  disagreements: [],
};
