import type { Processor } from "@policy/core";
import {
  metaChecked,
  metaControllerAddendumUrl,
  metaCookiesPolicyUrl,
  metaDpfTransfer,
  metaEuPrivacyPolicyUrl,
  metaPlatformsInc,
  metaPlatformsIncSource,
  metaPlatformsIreland,
  metaTransfersNewsSource,
} from "../parties/meta.js";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Facebook's social plugins on a website: the Page plugin, embedded Facebook posts and videos, and the Share button,
 * loaded from Facebook's servers with Meta's JavaScript SDK or as an iframe. For website operators in the EU.
 *
 * Read (2026-12-06):
 * - Meta's Privacy Policy, EU version, effective 23 July 2026 (Open Terms Archive, pga-versions, "Facebook/Privacy
 *   Policy.md", commit e4da78fa of 22 August 2026), read in full: "This Policy describes the information we, Meta
 *   Platforms Ireland Limited, process"; the data controller is Meta Platforms Ireland Limited, Merrion Road, Dublin 4,
 *   D04 X2K5. Meta receives from partners "Websites you visit and cookie data, like through Social Plugins or the Meta
 *   Pixel", whether or not the person is logged in or has an account; "We process certain information we receive from
 *   partners as a joint controller with them", with a link to the Controller Addendum. Transfers: Meta Platforms, Inc.
 *   is certified under the EU-U.S. and Swiss-U.S. Data Privacy Frameworks, Meta relies on them for transfers to Meta
 *   Platforms, Inc. for the products the certification covers and on the standard contractual clauses otherwise. The
 *   controls "Your activity off Meta technologies" and "Cookie settings" let account holders limit what Meta does with
 *   activity from other websites.
 * - Meta's Controller Addendum (facebook.com/legal/controller_addendum, stored copy read through a translation proxy;
 *   no date shown): Meta Platforms Ireland Limited and the business are joint controllers under Art. 26 GDPR for the
 *   "collection of the Personal Data specified by the Applicable Product Terms and its transmission to Meta Ireland";
 *   "the subsequent processing of data by Meta Ireland does not form part of the Joint Processing"; the business
 *   agrees to follow Meta's documentation on implementing and configuring the products. The table of responsibilities
 *   that follows was cut off in the copy, so the arrangement below states only this.
 * - Meta's page on the joint processing for the Business Tools (facebook.com/legal/terms/businesstools_jointprocessing,
 *   "Effective date: 31 August 2020", read in a stored copy of an Internet Archive capture of 21 April 2022 served
 *   through a web proxy): its table of what is "collected and transmitted to Facebook Ireland as part of the Joint
 *   Processing" lists "Social plugins" (developers.facebook.com/docs/plugins) with HTTP header information (browser,
 *   locale) and online identifiers including IP addresses and Facebook identifiers. It is the only Meta document read
 *   that names the social plugins under the Controller Addendum; the current Business Tools Terms were found only in a
 *   third party's copy (not cited), which names the impression data sent by social plugins as Business Tool Data.
 * - Meta's Social Plugins page (developers.facebook.com/docs/plugins, stored copy): the plugins now offered are the Share
 *   button, the Page plugin, embedded posts and the embedded video and live video player; its FAQ speaks of plugins
 *   discontinued on 10 February 2026 that render as invisible elements from then (third-party reports name the Like
 *   and Comment buttons, which are no longer in Meta's list). The Page plugin page (updated 30 June 2026): the plugin
 *   embeds a public Facebook Page, whose visitors can like and share it without leaving the site.
 * - Meta's JavaScript SDK quickstart (developers.facebook.com/docs/javascript/quickstart, stored copy): the SDK, loaded
 *   from connect.facebook.net, "Enables you to use the Like Button and other Social Plugins on your site". The
 *   plugins' own iframes on www.facebook.com are named in no Meta page read (only in third-party copies of the embed
 *   code), so that host is not listed.
 * - Meta's Cookies Policy, effective 12 December 2023 (vlopses-ie-versions, "Facebook/Trackers Policy.md", commit
 *   d7ca0072): Meta uses cookies when people "visit other websites and apps that use the Meta Products (including the
 *   Like button)", and to "customise content on third-party sites that integrate our social plugins"; lifetimes: c_user
 *   and xs 365 days, datr 400 days, sb 400 days, fr 90 days.
 * - Meta's Privacy Policy for users outside the EU (vlopses-ie-versions, commit b9904e83): Meta Platforms, Inc., 1 Meta
 *   Way, Menlo Park. Meta's newsroom statement of 7 September 2023 on transfers under the DPF.
 * - The judgment of the CJEU in C-40/17 (Fashion ID, 29 July 2019) makes a site that embeds a Facebook plugin a joint
 *   controller with Meta for collecting and transmitting the data; the entry's roles follow Meta's own documents above,
 *   which agree with it.
 * Page Insights (the Page Insights Controller Addendum) concerns the administrators of Facebook Pages, not plugins on a
 * website, and is not part of this entry.
 *
 * Left out, and why: retention (Meta's policy keeps data "as long as necessary" per product; nothing specific to plugin
 * data); the processing after receipt in detail (Meta's privacy policy). The Open Cookie Database gives other lifetimes
 * for c_user, xs, datr and sb; Meta's values are kept and the others recorded as disagreements.
 */
export const facebookSocialPlugins: Processor = {
  id: "facebook-social-plugins",
  name: "Facebook Social Plugins",
  aliases: ["Facebook Page Plugin", "Facebook Share Button", "Facebook embedded posts"],
  categories: ["social-media"],
  entity: metaPlatformsIreland,
  parent: metaPlatformsInc,
  role: "joint-controller",
  roles: [
    {
      role: "joint-controller",
      scope: {
        en: "collecting data on our website through Facebook's plugins and sending it to Meta",
        de: "die Erhebung von Daten auf unserer Website über die Plugins von Facebook und ihre Übermittlung an Meta",
      },
      arrangement: {
        en: "Our joint responsibility with Meta Platforms Ireland Limited covers only the collection of the data on our website through the plugins and its transmission to Meta. What Meta does with the data after that is Meta's own responsibility and not part of the joint processing. We have undertaken to build in and configure the plugins as Meta's documentation says. You can exercise your rights with us or with Meta.",
        de: "Unsere gemeinsame Verantwortung mit der Meta Platforms Ireland Limited umfasst nur die Erhebung der Daten auf unserer Website über die Plugins und ihre Übermittlung an Meta. Was Meta danach mit den Daten macht, verantwortet Meta selbst; es gehört nicht zur gemeinsamen Verarbeitung. Wir haben uns verpflichtet, die Plugins so einzubinden und einzustellen, wie es die Dokumentation von Meta vorsieht. Ihre Rechte können Sie bei uns oder bei Meta geltend machen.",
      },
      arrangementUrl: metaControllerAddendumUrl,
    },
    {
      role: "controller",
      scope: {
        en: "what Meta does with the data once it has received it, for example for advertising and to improve its products",
        de: "das, was Meta mit den Daten macht, nachdem es sie erhalten hat, etwa für Werbung und zur Verbesserung seiner Produkte",
      },
    },
  ],
  urls: {
    website: "https://developers.facebook.com/docs/plugins",
    privacyPolicy: "https://www.facebook.com/privacy/policy/",
  },
  description: {
    en: "Facebook's social plugins show a Facebook Page, a public Facebook post or video, or a button for sharing on Facebook inside a web page; they are loaded from Meta's servers.",
    de: "Die Social Plugins von Facebook zeigen eine Facebook-Seite, einen öffentlichen Facebook-Beitrag oder ein Video oder eine Schaltfläche zum Teilen auf Facebook innerhalb einer Webseite; sie werden von den Servern von Meta geladen.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-a",
        description: {
          en: "To show our Facebook Page, posts or videos on our website and let you share our pages on Facebook.",
          de: "Um unsere Facebook-Seite, Beiträge oder Videos auf unserer Website zu zeigen und Ihnen das Teilen unserer Seiten auf Facebook zu ermöglichen.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "browser information such as the browser type and language",
          de: "Angaben zum Browser wie Browsertyp und Sprache",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the address of the page with the plugin",
          de: "die Adresse der Seite mit dem Plugin",
        },
        collected: "automatic",
      },
      {
        category: "user.device.cookie_id",
        details: {
          en: "identifiers in Facebook's cookies, and your Facebook user ID if you are logged in",
          de: "Kennungen in den Cookies von Facebook und Ihre Facebook-Nutzerkennung, wenn Sie angemeldet sind",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["connect.facebook.net"],
  transfers: [metaDpfTransfer],
  deletion: {
    en: "With a Facebook or Instagram account you can review and disconnect what websites have shared with Meta under “Your activity off Meta technologies” and choose in Meta's cookie settings whether Meta may use cookies to learn about your activity elsewhere; you can also delete Meta's cookies in your browser.",
    de: "Mit einem Facebook- oder Instagram-Konto können Sie in den Einstellungen zu Ihren Aktivitäten außerhalb der Meta-Technologien einsehen und trennen, was Websites an Meta übermittelt haben, und in den Cookie-Einstellungen von Meta festlegen, ob Meta Cookies nutzen darf, um von Ihren Aktivitäten anderswo zu erfahren; außerdem können Sie die Cookies von Meta in Ihrem Browser löschen.",
  },
  deviceAccess: [
    {
      name: "datr",
      technology: "cookie",
      domain: "facebook.com",
      purpose: {
        en: "Identifies the browser to Meta, among other things to protect accounts and detect fraud.",
        de: "Kennzeichnet den Browser gegenüber Meta, unter anderem um Konten zu schützen und Betrug zu erkennen.",
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
        en: "Lets Meta identify the browser securely.",
        de: "Ermöglicht Meta, den Browser sicher zu erkennen.",
      },
      duration: "P400D",
      party: "third",
      ground: "consent",
    },
    {
      name: "fr",
      technology: "cookie",
      domain: "facebook.com",
      purpose: {
        en: "Used by Meta to show ads and measure them, depending on your choices.",
        de: "Dient Meta, je nach Ihren Einstellungen, dazu, Werbung auszuspielen und zu messen.",
      },
      duration: "P90D",
      party: "third",
      ground: "consent",
    },
    {
      name: "c_user",
      technology: "cookie",
      domain: "facebook.com",
      purpose: {
        en: "Keeps a visitor logged in to Facebook; holds the Facebook user ID.",
        de: "Hält eine Person bei Facebook angemeldet; enthält die Facebook-Nutzerkennung.",
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
        en: "With c_user, confirms that a visitor is logged in to Facebook.",
        de: "Bestätigt zusammen mit c_user, dass eine Person bei Facebook angemeldet ist.",
      },
      duration: "P365D",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    // Meta's Privacy Policy, EU version effective 23 July 2026 (pga-versions): controller and address, social plugins as
    // a source of partner data, joint controllership with partners, transfers, the controls for off-Meta activity.
    {
      url: metaEuPrivacyPolicyUrl,
      facts: ["entity", "role", "urls", "transfers", "activities", "deletion"],
      checked: metaChecked,
      updated: "2026-07-23",
    },
    metaPlatformsIncSource,
    // Meta's Controller Addendum, read in a stored copy: the joint controllers and the scope of the joint processing.
    { url: metaControllerAddendumUrl, facts: ["entity", "role"], checked: metaChecked },
    // Meta's page on the joint processing for the Business Tools, effective 31 August 2020, read in a proxied copy of
    // this Internet Archive capture: social plugins in the joint processing, and the data they send.
    {
      url: "https://web.archive.org/web/20220421151323/https://www.facebook.com/legal/terms/businesstools_jointprocessing",
      facts: ["role", "activities"],
      checked: metaChecked,
      updated: "2020-08-31",
    },
    metaTransfersNewsSource,
    // Meta's Social Plugins page and Page plugin page (stored copies): the plugins on offer and what they do.
    { url: "https://developers.facebook.com/docs/plugins", facts: ["urls", "activities"], checked: metaChecked },
    { url: "https://developers.facebook.com/documentation/plugins/page-plugin", facts: ["activities"], checked: metaChecked, updated: "2026-06-30" },
    // Meta's JavaScript SDK quickstart (stored copy): the SDK's host, and that it runs the social plugins.
    { url: "https://developers.facebook.com/docs/javascript/quickstart", facts: ["domains"], checked: metaChecked },
    // Meta's Cookies Policy, effective 12 December 2023 (vlopses-ie-versions): cookies on sites with Meta's plugins, lifetimes.
    { url: metaCookiesPolicyUrl, facts: ["device-access"], checked: metaChecked, updated: "2023-12-12" },
    { url: OCD, facts: ["device-access"], checked: metaChecked, updated: "2026-01-21" },
  ],
  checked: metaChecked,
  unconfirmed: [],
  disagreements: [
    { fact: "deviceAccess[0].duration", value: "P2Y", source: OCD },
    { fact: "deviceAccess[1].duration", value: "P2Y", source: OCD },
    { fact: "deviceAccess[3].duration", value: "P90D", source: OCD },
    { fact: "deviceAccess[4].duration", value: "P90D", source: OCD },
  ],
};
