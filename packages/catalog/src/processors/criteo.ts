import type { Processor } from "@policy/core";

const privacyNotice = "https://github.com/OpenTermsArchive/contrib-versions/blob/4e255340a4bf292f2699054c91b61b3f0124500b/Criteo/Privacy%20Policy.md";
const privacyPolicy2025 =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/bfda2e1c7d2d20de5676ff2b060e8fba46477811/Criteo/Privacy%20Policy.md";
const terms = "https://github.com/OpenTermsArchive/contrib-versions/blob/27b188dc42a0ca1878d5f9e58139e696f4c0dc4d/Criteo/Terms%20of%20Service.md";

/**
 * Criteo: retargeting ads. An online shop puts Criteo's tag on its pages; Criteo records the products a visitor looks
 * at, puts in the cart or buys, and later shows that visitor ads for them on other websites and apps. For advertisers
 * (shops) using Criteo's performance advertising.
 *
 * Read (2026-12-06):
 * - Criteo's Ads Privacy Notice (criteo.com/privacy), effective 17 July 2026 (Open Terms Archive, contrib-versions,
 *   "Criteo/Privacy Policy.md", commit 4e255340 of 7 August 2026): "Criteo, advertisers, and/or publishers act as joint
 *   data controllers ... for the processing activity consisting in storing or reading information (e.g., cookies,
 *   device identifiers) on your device", and "Criteo acts as a sole data controller ... for processing carried out for
 *   the purpose of performing its online advertising activities"; the consent for both is "collected by advertisers and
 *   publishers"; the data (a Criteo-generated UID in the Criteo cookie, device and browser details, the IP address,
 *   products viewed, put in the cart or bought, ads seen or clicked, a coarse location derived from the IP address)
 *   are kept "13 months from the date of collection" and then deleted or aggregated; recipients "may be in countries
 *   outside of Europe", transfers "to other countries such as the USA may be protected under arrangements such as the
 *   EU-US Data Protection Framework", otherwise by the standard clauses; Criteo Corp. is "the entity maintaining this
 *   website in the US"; the Data Protection Officer's address is 32 rue Blanche, 75009 Paris; rights are exercised at
 *   criteo.com/privacy/your-rights, and the notice links the page for disabling Criteo in a browser.
 * - The previous version of the same notice, last updated 4 April 2025 (same file, commit bfda2e1c of 23 September
 *   2025): "Criteo is a public limited company with its registered office at 32 rue Blanche, 75009 Paris, FRANCE, and
 *   registered with the Paris Trade and Companies Register under number 484 786 249", acting "as a joint controller
 *   together with its clients and partners".
 * - Criteo's Terms and Conditions for the Criteo Service (contrib-versions, "Criteo/Terms of Service.md", commit
 *   27b188dc of 14 December 2021; the document shows no date of its own): the terms are "between Criteo SA and the
 *   Client"; every page is headed "Criteo SA - 32 rue blanche, 75009 Paris, France ... Registration Number: 484 786
 *   249"; Criteo SA concludes the agreement on behalf of the local Criteo company that delivers the service, which is
 *   Criteo GmbH (Munich courts) for campaigns running in Germany and Austria; clause 9: the client links Criteo's
 *   privacy policy from its own, tells users they can give or refuse consent to Criteo's cookies and for what purpose,
 *   lets them choose by a clear act and change their choice as easily, lets them learn more and object, and gives
 *   Criteo proof of consent on request.
 * - Criteo's "How we use your data" page (criteo.com/privacy/how-we-use-your-data, stored copy, no date shown): the
 *   data collected include the "Identifier of a Criteo cookie that we have assigned to your web browser", e.g.
 *   "UID=13278a5c-...".
 * - Criteo's privacy commitment page (criteo.com/privacy-commitment, stored copy, no date shown): user data from
 *   European clients is "processed and stored in Criteo's data centers in France and the Netherlands"; data is kept for
 *   at most 13 months, only aggregated data afterwards.
 * - Criteo Privacy Guidelines for Clients and Publisher Partners (criteo.com, stored copy, no date shown): an
 *   advertiser's policy names Criteo, "which acts as a joint controller".
 *
 * Left out, and why:
 * - Criteo GmbH, which the 2021 terms name as the company delivering the service for German and Austrian campaigns:
 *   no Criteo document we read gives its address or names it as a controller; the privacy notice speaks for "Criteo",
 *   which its 2025 version identifies as the Paris company, so the entry names Criteo SA.
 * - Criteo's Data Protection Agreement, whose Section II holds the joint-controller terms: found only as a copy on an
 *   unrelated third-party website, and only its preamble was readable; the arrangement below rests on the privacy
 *   notice and the terms' privacy clause.
 * - The US transfer is hedged in Criteo's notice ("may be", "such as"); it is kept, naming no certified company, and
 *   marked unconfirmed. No DPF List entry or Criteo statement that Criteo Corp. is certified was found.
 * - The Criteo cookie: Criteo names only its identifier (UID); its lifetime and the domain it is written on are not in
 *   any Criteo document we read, and the Open Cookie Database has no Criteo entry. Other cookies that third-party
 *   scanners list (cto_bundle and others) are not in Criteo's documents we read and are left out.
 * - domains: Criteo's developer pages we could read (retail media OneTag) did not show the script's host in full.
 */
export const criteo: Processor = {
  id: "criteo",
  name: "Criteo",
  aliases: ["Criteo OneTag", "Criteo Retargeting", "Criteo Dynamic Retargeting"],
  categories: ["advertising"],
  entity: {
    name: "Criteo SA",
    address: { street: "32 rue Blanche", postalCode: "75009", city: "Paris", country: "FR" },
    url: "https://www.criteo.com/",
  },
  role: "joint-controller",
  roles: [
    {
      role: "joint-controller",
      scope: {
        en: "storing and reading Criteo's cookie and other identifiers on your device when you visit our website",
        de: "das Speichern und Auslesen des Cookies von Criteo und anderer Kennungen auf Ihrem Gerät, wenn Sie unsere Website besuchen",
      },
      arrangement: {
        en: "We are responsible for telling you about Criteo on our website, with a link to Criteo's privacy notice, and for asking for your consent before Criteo's cookie is stored or read; you can refuse, and withdraw your consent as easily as you gave it. We keep proof of your consent and show it to Criteo when asked. You can exercise your rights with Criteo directly, on its privacy pages, or with us.",
        de: "Wir sind dafür verantwortlich, Sie auf unserer Website über Criteo zu informieren, mit einem Link auf die Datenschutzhinweise von Criteo, und Ihre Einwilligung einzuholen, bevor das Cookie von Criteo gespeichert oder ausgelesen wird; Sie können ablehnen und Ihre Einwilligung so einfach widerrufen, wie Sie sie erteilt haben. Wir bewahren den Nachweis Ihrer Einwilligung auf und legen ihn Criteo auf Anfrage vor. Ihre Rechte können Sie direkt bei Criteo auf dessen Datenschutzseiten oder bei uns geltend machen.",
      },
      arrangementUrl: "https://www.criteo.com/privacy/",
    },
    {
      role: "controller",
      scope: {
        en: "what Criteo does with the data afterwards: showing and measuring ads, preventing fraud, billing, reports and improving its models",
        de: "das, was Criteo danach mit den Daten macht: Werbung ausspielen und messen, Betrug verhindern, abrechnen, Berichte erstellen und seine Modelle verbessern",
      },
    },
  ],
  urls: {
    website: "https://www.criteo.com/",
    privacyPolicy: "https://www.criteo.com/privacy/",
    optOut: "https://www.criteo.com/privacy/disable-criteo-services-on-internet-browsers/",
  },
  description: {
    en: "Criteo records which products visitors of an online shop look at, put in the cart or buy, and then shows them ads for these products on other websites and apps.",
    de: "Criteo erfasst, welche Produkte Besucher eines Onlineshops ansehen, in den Warenkorb legen oder kaufen, und zeigt ihnen danach auf anderen Websites und in Apps Werbung für diese Produkte.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "Showing you ads for products from our shop on other websites and apps, based on what you looked at or bought here.",
          de: "Ihnen auf anderen Websites und in Apps Werbung für Produkte aus unserem Shop zeigen, je nachdem, was Sie sich hier angesehen oder gekauft haben.",
        },
      },
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "Finding out which of our ads led to a visit or a purchase.",
          de: "Feststellen, welche unserer Anzeigen zu einem Besuch oder Kauf geführt haben.",
        },
      },
    ],
    data: [
      {
        category: "user.device.cookie_id",
        details: {
          en: "the ID in Criteo's cookie and, in apps, the device's advertising ID",
          de: "die Kennung im Cookie von Criteo und in Apps die Werbe-ID des Geräts",
        },
      },
      "user.device.ip_address",
      {
        category: "user.device",
        details: {
          en: "type of device, browser, operating system and language, and whether an ad blocker is used",
          de: "Art des Geräts, Browser, Betriebssystem und Sprache sowie ob ein Werbeblocker genutzt wird",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "products viewed and put in the cart, with the page and time, and ads seen or clicked",
          de: "angesehene und in den Warenkorb gelegte Produkte mit Seite und Zeitpunkt sowie gesehene oder angeklickte Anzeigen",
        },
      },
      {
        category: "user.behavior.purchase_history",
        details: { en: "products bought", de: "gekaufte Produkte" },
      },
      {
        category: "user.location.imprecise",
        details: {
          en: "country, region or city, derived from the IP address",
          de: "Land, Region oder Stadt, aus der IP-Adresse abgeleitet",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [
    // Criteo's Ads Privacy Notice of July 2026: recipients may be outside Europe; for the USA "such as" the DPF, otherwise SCCs.
    {
      country: "US",
      recipient: {
        en: "Criteo group companies, partners and service providers in the United States",
        de: "Gesellschaften der Criteo-Gruppe, Partner und Dienstleister in den Vereinigten Staaten",
      },
      mechanism: "A46-2-c",
      note: {
        en: "Criteo says data from its European clients is processed and stored in its data centres in France and the Netherlands; some recipients may be outside Europe, and Criteo names the USA as an example.",
        de: "Nach Angaben von Criteo werden Daten seiner europäischen Kunden in eigenen Rechenzentren in Frankreich und den Niederlanden verarbeitet und gespeichert; einige Empfänger können außerhalb Europas sitzen, als Beispiel nennt Criteo die USA.",
      },
    },
  ],
  retention: {
    duration: "P13M",
    criteria: {
      en: "Criteo keeps the data for 13 months from when it was collected; after that it is deleted or kept only in aggregated form.",
      de: "Criteo speichert die Daten 13 Monate ab ihrer Erhebung; danach werden sie gelöscht oder nur noch zusammengefasst aufbewahrt.",
    },
  },
  deletion: {
    en: "You can withdraw your consent in our cookie settings at any time. Criteo also lets you switch off its ads in your browser on its privacy pages, where you can ask Criteo for access to or deletion of your data.",
    de: "Sie können Ihre Einwilligung jederzeit in unseren Cookie-Einstellungen widerrufen. Criteo ermöglicht es außerdem, seine Werbung in Ihrem Browser auf seinen Datenschutzseiten abzuschalten; dort können Sie Criteo auch um Auskunft oder Löschung Ihrer Daten bitten.",
  },
  deviceAccess: [
    {
      name: "uid",
      technology: "cookie",
      purpose: {
        en: "Holds the ID Criteo gives your browser, so it can recognise it on other websites and show you matching ads.",
        de: "Enthält die Kennung, die Criteo Ihrem Browser gibt, damit Criteo ihn auf anderen Websites wiedererkennt und Ihnen passende Werbung zeigt.",
      },
      duration: "P13M",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    // Criteo's Ads Privacy Notice, effective 17 July 2026 (Open Terms Archive copy): roles, data, purposes, retention,
    // recipients and transfers, the DPO's address, the opt-out page.
    {
      url: privacyNotice,
      facts: ["entity", "role", "urls", "transfers", "activities", "retention", "deletion", "device-access"],
      checked: "2026-12-06",
      updated: "2026-07-17",
    },
    // The same notice, last updated 4 April 2025 (Open Terms Archive copy): the company's legal form, register number and address.
    { url: privacyPolicy2025, facts: ["entity", "role"], checked: "2026-12-06", updated: "2025-04-04" },
    // Terms and Conditions for the Criteo Service (Open Terms Archive copy, archived December 2021): Criteo SA as party,
    // the local delivering companies, the client's duties on information and consent.
    { url: terms, facts: ["entity", "role"], checked: "2026-12-06" },
    // "How we use your data" (stored copy): the Criteo cookie's identifier (UID).
    { url: "https://www.criteo.com/privacy/how-we-use-your-data/", facts: ["activities", "device-access"], checked: "2026-12-06" },
    // Criteo's privacy commitment (stored copy): data centres in France and the Netherlands, 13 months.
    { url: "https://www.criteo.com/privacy-commitment/", facts: ["transfers", "retention"], checked: "2026-12-06" },
    // Criteo's privacy guidelines for clients (stored copy): Criteo is named in the client's policy as a joint controller.
    {
      url: "https://www.criteo.com/criteo-privacy-guidelines-for-clients-and-publisher-partners/",
      facts: ["role"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers[0]",
      note: "Criteo's Ads Privacy Notice (July 2026) says only that recipients 'may be' outside Europe and that transfers to countries 'such as the USA may be protected' by the EU-US Data Privacy Framework, otherwise by the standard contractual clauses; it names no recipient and no mechanism for a given recipient. No DPF List entry or Criteo statement that Criteo Corp. is certified was found, so the mechanism is given as the standard clauses and the transfer as a whole is unconfirmed.",
    },
    {
      fact: "deviceAccess[0]",
      note: "Criteo documents only that it assigns a cookie with an identifier to the browser (its example reads 'UID=13278a5c-...'); the name 'uid' is taken from that example, and Criteo states neither the cookie's lifetime (13 months is how long Criteo keeps the data it collects) nor the domain it is written on (third party is assumed, as Criteo uses it across websites). The Open Cookie Database has no Criteo entry.",
    },
  ],
  disagreements: [],
};
