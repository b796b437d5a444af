import type { Processor } from "@policy/core";
import { microsoftCorporation, microsoftCorporationDpf, microsoftIreland, microsoftPrivacyStatementSource } from "../parties/microsoft.js";

const UET_FAQ = "https://help.ads.microsoft.com/apex/index/3/en/53056";
const UET_CONSENT_FAQ = "https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_consentfaq";
const UET_PARAMETERS = "https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_parameters_table";
const REMARKETING_POLICY = "https://about.ads.microsoft.com/zh-tw/resources/policies/tw-en/remarketing-in-paid-search-policies-en";
const ADVERTISING_AGREEMENT = "https://about.ads.microsoft.com/pt-br/resources/policies/microsoft-advertising-agreement";
const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * Microsoft Advertising (formerly Bing Ads) on an advertiser's website: the Universal Event Tracking (UET) tag, which
 * reports visits and actions on the site to Microsoft for conversion tracking and remarketing.
 *
 * Read (2026-12-06):
 * - Microsoft Privacy Statement, "Last Updated: July 2026" (Open Terms Archive, see parties/microsoft.ts), in the
 *   sections read: Microsoft Corporation and, "for those in the European Economic Area, the United Kingdom, and
 *   Switzerland, Microsoft Ireland Operations Limited are the data controllers for personal data we collect through the
 *   products subject to this statement" (How to contact us), with both addresses; "We sometimes place our web beacons on
 *   other companies' websites or ads to help us understand how interactions with Microsoft advertisements lead to
 *   actions, such as purchases, or to learn about your activity on partner sites in connection with Microsoft products
 *   or services" (Web beacons); "In some cases, we share reports with advertisers about the data we have collected on
 *   their sites or ads" and ads may be personalised with "information from advertisers and partners" (Advertising);
 *   MUID "Identifies unique web browsers visiting Microsoft sites ... With consent, these cookies may also be used for
 *   advertising" (Cookies); ads on "Microsoft and third-party properties" and the opt-out from personalised ads; Microsoft Corporation's certification under the EU-U.S.
 *   DPF, the UK Extension and the Swiss-U.S. DPF, and the standard contractual clauses (Storage and processing).
 * - "FAQ: Universal Event Tracking" (help.ads.microsoft.com, stored copy; an archive.vn copy of 2 July 2025 reads the
 *   same; only its first part could be read): UET reports user activity on the advertiser's website to Microsoft
 *   Advertising; Microsoft matches it against the advertiser's conversion goals and remarketing list definitions;
 *   "UET collects the following data and Microsoft Advertising retains it for 390 days. UET will also collect the IP
 *   address and the Microsoft cookie" (the list of data and the rest of the sentence were cut off).
 * - "FAQ - UET and user consent" (learn.microsoft.com, stored copy): "Per the terms of the Microsoft Advertising
 *   Agreement: In the European Economic Area and United Kingdom ... you must obtain consent ... before activating the
 *   UET tag on your properties and/or disclosing any personal data to Microsoft"; advertisers must send consent signals
 *   (Consent Mode for UET or the IAB TCF), else Microsoft stops tracking their UET conversions and filling their
 *   remarketing lists.
 * - UET parameters table (learn.microsoft.com, stored copy): the tag sends the tag ID, page-load or custom events, an
 *   optional customer-defined user ID, and the Microsoft click ID (msclkid), which is added to the landing page address
 *   after an ad click and "should be stored in a first party cookie".
 * - Microsoft Advertising "Remarketing in paid search" policy (about.ads.microsoft.com, stored copy, no date): UET lets
 *   "Microsoft to identify end user visits to your site"; remarketing lists are used only for the advertiser's
 *   campaigns; the advertiser's privacy policy must disclose "individual end user tracking and data sharing with third
 *   parties for advertising and marketing purposes" and how to opt out of interest-based advertising.
 * - Microsoft Advertising Agreement (about.ads.microsoft.com, Portuguese page, stored copy; only its opening could be
 *   read): an agreement with "the Microsoft legal entity identified in Section 17"; the Microsoft Advertising site is
 *   about.ads.microsoft.com.
 *
 * Entity: Microsoft Ireland Operations Limited, which the privacy statement names as controller for people in the EEA
 * when Microsoft is a controller. Section 17 of the Advertising Agreement, which names the Microsoft company an
 * advertiser contracts with, could not be read (Microsoft's pubCenter terms for publishers name Microsoft Ireland
 * Operations Limited for Europe, the Middle East and Africa; the Bing Ads terms of 2013 and 2014 named Microsoft Online,
 * Inc., Reno, for all but a few countries; neither is cited).
 *
 * Role: controller, marked unconfirmed. Microsoft's documents read treat UET data as data Microsoft collects for its
 * own advertising, under its own privacy statement, and make the advertiser ask for consent before disclosing data to
 * Microsoft; none offers processor terms or an Art. 26 arrangement for UET, and none states the role in so many words.
 * A Microsoft GDPR FAQ quoted on a third-party page says Microsoft is the controller of UET data and does not process it
 * on the advertiser's behalf (a lead, not cited); other third-party pages call Microsoft a processor, without a Microsoft
 * source.
 *
 * Cookies: no Microsoft document read names the UET cookies or gives their lifetimes. _uetsid and _uetvid come from the
 * Open Cookie Database, which lists them under bing.com; they are shown as first-party cookies because third-party
 * pages quoting Microsoft's consent mode guide say UET's first-party cookies are written on the advertiser's domain and
 * recorded request headers show both sent to the visited site's own host. MUID is named by the privacy statement; its
 * lifetime and domain come from the Open Cookie Database.
 *
 * Left out, and why: the click-ID cookie (_uetmsclkid; Microsoft's parameters table says only that the click ID should
 * be kept in a first-party cookie, without a name or lifetime), MR (the privacy statement names it as refreshing MUID,
 * but no document read says UET sets it), request hosts (no Microsoft document read names them), the Art. 27
 * representative (Microsoft has an EU establishment).
 */
export const microsoftAdvertising: Processor = {
  id: "microsoft-advertising",
  name: "Microsoft Advertising",
  aliases: ["Bing Ads", "Microsoft Ads", "Universal Event Tracking", "UET tag", "Microsoft Advertising conversion tracking"],
  categories: ["advertising"],
  entity: microsoftIreland,
  parent: microsoftCorporation,
  role: "controller",
  urls: {
    website: "https://about.ads.microsoft.com/",
    privacyPolicy: "https://privacy.microsoft.com/privacystatement",
    optOut: "https://go.microsoft.com/fwlink/?LinkID=286759",
  },
  description: {
    en: "Microsoft Advertising shows ads in Bing search results and on other Microsoft and partner sites; its Universal Event Tracking (UET) tag on an advertiser's website reports visits and actions to Microsoft, so that sales and sign-ups after an ad click can be counted and earlier visitors can be shown ads again.",
    de: "Microsoft Advertising zeigt Anzeigen in den Suchergebnissen von Bing sowie auf weiteren Seiten von Microsoft und seinen Partnern; das Universal-Event-Tracking-Tag (UET) auf der Website eines Werbetreibenden meldet Besuche und Aktionen an Microsoft, damit Käufe und Anmeldungen nach einem Anzeigenklick gezählt und frühere Besucher erneut mit Anzeigen angesprochen werden können.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "To count how many purchases, sign-ups or other actions on our website follow a click on one of our Microsoft ads.",
          de: "Um zu zählen, wie viele Käufe, Anmeldungen oder andere Aktionen auf unserer Website auf einen Klick auf eine unserer Anzeigen bei Microsoft folgen.",
        },
      },
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "To show our ads, for example in Bing search results, to people who have visited our website before.",
          de: "Um Menschen, die unsere Website schon einmal besucht haben, unsere Anzeigen zu zeigen, etwa in den Suchergebnissen von Bing.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: { en: "sent with each request to Microsoft", de: "wird mit jeder Anfrage an Microsoft übertragen" },
      },
      {
        category: "user.device.cookie_id",
        details: {
          en: "Microsoft's browser ID (MUID) and the visitor and session IDs of the UET tag",
          de: "die Browserkennung von Microsoft (MUID) sowie die Besucher- und Sitzungskennungen des UET-Tags",
        },
      },
      {
        category: "user.unique_id.pseudonymous",
        details: {
          en: "the click ID Microsoft adds to the link of an ad you clicked",
          de: "die Klick-Kennung, die Microsoft dem Link einer angeklickten Anzeige anhängt",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the pages of our website you visit and actions such as a purchase or sign-up",
          de: "die Seiten unserer Website, die Sie aufrufen, und Aktionen wie ein Kauf oder eine Anmeldung",
        },
        collected: "automatic",
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Microsoft Corporation",
      mechanism: "EU-US-DPF",
      certification: microsoftCorporationDpf,
      note: {
        en: "Microsoft's privacy statement also names the EU standard contractual clauses for transfers to countries without an adequacy decision.",
        de: "Die Datenschutzerklärung von Microsoft nennt außerdem die Standardvertragsklauseln der EU für Übermittlungen in Länder ohne Angemessenheitsbeschluss.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "Microsoft Advertising keeps the event data the UET tag reports for 390 days.",
      de: "Microsoft Advertising bewahrt die Ereignisdaten, die das UET-Tag meldet, 390 Tage lang auf.",
    },
  },
  deletion: {
    en: "On Microsoft's page for personalised ads you can switch off personalised advertising from Microsoft; in your browser you can delete or block Microsoft's cookies.",
    de: "Auf der Seite von Microsoft zu personalisierter Werbung können Sie personalisierte Werbung von Microsoft abschalten; in Ihrem Browser können Sie die Cookies von Microsoft löschen oder blockieren.",
  },
  deviceAccess: [
    {
      name: "_uetsid",
      technology: "cookie",
      purpose: {
        en: "Keeps an ID for the current visit, so that an action on our website can be linked to the ad click that led to it.",
        de: "Speichert eine Kennung für den aktuellen Besuch, damit eine Aktion auf unserer Website dem Anzeigenklick zugeordnet werden kann, der zu ihr geführt hat.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_uetvid",
      technology: "cookie",
      purpose: {
        en: "Keeps a visitor ID across visits, so that Microsoft can count later conversions and add the visitor to our remarketing lists.",
        de: "Speichert eine Besucherkennung über mehrere Besuche hinweg, damit Microsoft spätere Conversions zählen und den Besucher unseren Remarketing-Listen hinzufügen kann.",
      },
      duration: "P16D",
      party: "first",
      ground: "consent",
    },
    {
      name: "MUID",
      technology: "cookie",
      domain: "bing.com",
      purpose: {
        en: "Microsoft's ID for a browser, which with consent Microsoft also uses for advertising.",
        de: "Kennung von Microsoft für einen Browser, die Microsoft mit Einwilligung auch für Werbung nutzt.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    // Microsoft Privacy Statement (July 2026): the controllers and addresses, web beacons on partner sites, reports to
    // advertisers, MUID, the opt-out page, the DPF certification and the SCCs.
    { ...microsoftPrivacyStatementSource, facts: ["entity", "parent", "role", "urls", "transfers", "deletion", "device-access"] },
    // FAQ: Universal Event Tracking (stored copy): what UET does; UET data kept 390 days; IP address and Microsoft cookie.
    { url: UET_FAQ, facts: ["activities", "retention"], checked: "2026-12-06" },
    // FAQ - UET and user consent (stored copy): consent before activating UET or disclosing personal data to Microsoft.
    { url: UET_CONSENT_FAQ, facts: ["role", "activities"], checked: "2026-12-06" },
    // UET parameters table (stored copy): events, user ID, click ID kept in a first-party cookie.
    { url: UET_PARAMETERS, facts: ["activities"], checked: "2026-12-06" },
    // Remarketing in paid search policy (stored copy): Microsoft identifies visits; disclosure of sharing with third parties.
    { url: REMARKETING_POLICY, facts: ["role", "activities"], checked: "2026-12-06" },
    // Microsoft Advertising Agreement (Portuguese page, stored copy, opening only): the Microsoft Advertising site.
    { url: ADVERTISING_AGREEMENT, facts: ["urls"], checked: "2026-12-06" },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06", updated: "2026-01-21" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "retention",
      note: 'Microsoft\'s UET FAQ (stored copy) says UET collects "the following data" and Microsoft Advertising retains it for 390 days; the list, and what happens to the IP address and the Microsoft cookie it also collects, are cut off in the copy read.',
    },
    {
      fact: "entity",
      note: "The Microsoft Privacy Statement names Microsoft Ireland Operations Limited as the controller for the EEA; section 17 of the Microsoft Advertising Agreement, which names the company an advertiser contracts with, could be read only in its opening.",
    },
    {
      fact: "role",
      note: "No Microsoft document read states Microsoft's role for UET data. The privacy statement (July 2026) covers data Microsoft collects through its web beacons on other companies' sites for its own advertising, and the UET consent FAQ requires consent before personal data is disclosed to Microsoft; the Microsoft Advertising Agreement (only its opening could be read) and Microsoft's GDPR FAQ for advertisers (quoted on clickthrough-marketing.com/gdprbing as making Microsoft the controller of UET data) were not found in a readable copy.",
    },
    {
      fact: "deviceAccess[0]",
      note: "No Microsoft document read names _uetsid. Name and 30 minutes come from the Open Cookie Database (commit 0ee5a17f, platform Bing / Microsoft), which lists it under bing.com; first party because third-party pages quoting Microsoft's UET consent mode guide say UET's first-party cookies are created on the advertiser's domain, and recorded request headers show the cookie sent to the visited site itself. Other third-party pages give a lifetime of one session.",
    },
    {
      fact: "deviceAccess[1]",
      note: "No Microsoft document read names _uetvid. Name and 16 days come from the Open Cookie Database (commit 0ee5a17f), which lists it under bing.com; shown as first party for the same reasons as _uetsid.",
    },
    {
      fact: "deviceAccess[2].duration",
      note: "Microsoft's privacy statement names MUID and its purpose but no lifetime; 1 year comes from the Open Cookie Database (commit 0ee5a17f). A Microsoft FAQ quoted on a third-party page gives the Microsoft cookie set by UET 13 months.",
    },
    {
      fact: "deviceAccess[2].domain",
      note: "Microsoft's privacy statement does not say on which domain MUID is set when the UET tag loads; bing.com comes from the Open Cookie Database (commit 0ee5a17f), which gives .bing.com or .microsoft.com.",
    },
  ],
  disagreements: [
    { fact: "deviceAccess[0].party", value: "third (.bing.com or .microsoft.com)", source: OCD },
    { fact: "deviceAccess[1].party", value: "third (.bing.com or .microsoft.com)", source: OCD },
  ],
};
