import type { Processor } from "@policy/core";

/**
 * LinkedIn Insight Tag: conversion tracking, retargeting and audience reports for LinkedIn ads.
 *
 * Read:
 * - LinkedIn Privacy Policy (effective 3 November 2025) with the European Regional Privacy Notice (effective
 *   21 August 2026), as archived by Open Terms Archive (vlopses-ie-versions, commit 1b38be45): in the Designated
 *   Countries LinkedIn Ireland Unlimited Company, Wilton Place, Dublin 2, is the controller ("Wilton Plaza" in the
 *   contact section); LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA (no postal code given); LinkedIn Ireland
 *   shares the data of all members and visitors with LinkedIn Corporation for storage in its US data centres;
 *   "LinkedIn is certified to" the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF, and also relies on the
 *   standard contractual clauses, for example between LinkedIn Ireland and LinkedIn Corporation; data from third-party
 *   websites with LinkedIn's tag is de-identified after 7 days and deleted after 180 days.
 * - LinkedIn's imprint (vlopses-ie-versions, commit 851ce307): LinkedIn Ireland Unlimited Company, Wilton Place, Dublin 2
 *   operates the website.
 * - LinkedIn Independent Controller Addendum (linkedin.com/legal/l/linkedin-independent-controller-addendum, read in a
 *   stored copy served from a mirror host): it amends LinkedIn's Data Processing Agreement for LinkedIn Marketing
 *   Solutions products including the Insight Tag, Website Retargeting and Conversion Tracking; LinkedIn "owns and is
 *   controller of" the customer personal data it processes for these products and uses it for its own purposes.
 * - LinkedIn Data Processing Agreement of 12 December 2022 (vlopses-ie-versions, commit 77def7fc): Module 1 of the
 *   standard contractual clauses where both parties are controllers; Insight Tag data listed among the data
 *   processed for Marketing Solutions.
 * - LinkedIn's Cookie Policy (effective 3 June 2022) points to a cookie table for names and lifetimes; the stored copy
 *   of that table (last updated 3 April 2024) could only be read up to its authentication section, so cookie names,
 *   lifetimes and domains follow the Open Cookie Database.
 *
 * Re-checked 2026-12-06:
 * - entity, parent, retention: no change; sources are now LinkedIn's own documents (the datenanfragen record is no
 *   longer cited).
 * - role: joint controller -> controller. LinkedIn's Independent Controller Addendum makes LinkedIn the controller of
 *   Insight Tag data and its DPA says the parties are not joint controllers; LinkedIn offers no Art. 26 arrangement for
 *   the tag. (A court may still see the website as jointly responsible for collecting the data under CJEU C-40/17
 *   Fashion ID; LinkedIn's terms do not provide for it.)
 * - transfers: recipient LinkedIn Corporation as before; certification added (EU-U.S., UK Extension, Swiss-U.S., from
 *   LinkedIn's regional privacy notice; no stored copy of the DPF List entry was found). The DPA is now cited from the
 *   archived English version instead of the Spanish page.
 * - device access: no change; not confirmed by LinkedIn's own table (see above), the Open Cookie Database backs it.
 */
export const linkedinInsightTag: Processor = {
  id: "linkedin-insight-tag",
  name: "LinkedIn Insight Tag",
  aliases: ["LinkedIn Pixel", "LinkedIn Conversion Tracking"],
  categories: ["advertising", "social-media"],
  entity: {
    name: "LinkedIn Ireland Unlimited Company",
    address: { street: "Wilton Plaza, Wilton Place", city: "Dublin 2", country: "IE" },
    url: "https://www.linkedin.com/",
  },
  parent: {
    name: "LinkedIn Corporation",
    address: { street: "1000 W Maude Avenue", city: "Sunnyvale", region: "CA", country: "US" },
  },
  role: "controller",
  urls: {
    website: "https://www.linkedin.com/",
    privacyPolicy: "https://www.linkedin.com/legal/privacy-policy",
  },
  description: {
    en: "The LinkedIn Insight Tag is a script from LinkedIn that counts sign-ups and purchases coming from LinkedIn ads and lets advertisers show ads to earlier visitors.",
    de: "Das LinkedIn Insight Tag ist ein Skript von LinkedIn, das Anmeldungen und Käufe aus LinkedIn-Anzeigen zählt und es Werbetreibenden ermöglicht, früheren Besuchern Anzeigen zu zeigen.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.ad_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "To find out which of our LinkedIn ads lead to sign-ups, enquiries or purchases on our website.",
          de: "Um herauszufinden, welche unserer LinkedIn-Anzeigen zu Anmeldungen, Anfragen oder Käufen auf unserer Website führen.",
        },
      },
      {
        purpose: "marketing.advertising.third_party.targeted",
        legalBasis: "A6-1-a",
        description: {
          en: "To show our ads on LinkedIn to people who visited our website before.",
          de: "Um Personen, die unsere Website schon besucht haben, unsere Anzeigen auf LinkedIn zu zeigen.",
        },
      },
    ],
    data: [
      {
        category: "user.device.cookie_id",
        details: {
          en: "LinkedIn cookie IDs that link your visit to a LinkedIn account, if you have one",
          de: "Cookie-Kennungen von LinkedIn, die Ihren Besuch mit einem LinkedIn-Konto verknüpfen, falls Sie eines haben",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the pages you visit on our website and the actions we count as conversions",
          de: "die Seiten, die Sie auf unserer Website besuchen, und die Aktionen, die wir als Conversion zählen",
        },
      },
      {
        category: "user.device.ip_address",
        details: { en: "sent with each request to LinkedIn", de: "wird mit jeder Anfrage an LinkedIn übertragen" },
      },
      { category: "user.telemetry", details: { en: "browser and device", de: "Browser und Gerät" } },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "LinkedIn Corporation",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/1b38be45ded13b440582b63b69badd26a1f18514/LinkedIn/Privacy%20Policy.md",
        checked: "2026-12-06",
      },
      note: {
        en: "For certain transfers, such as those from LinkedIn Ireland to LinkedIn Corporation, LinkedIn also relies on the EU standard contractual clauses, which its data processing agreement for customers includes as well.",
        de: "Für bestimmte Übermittlungen, etwa von LinkedIn Ireland an die LinkedIn Corporation, stützt sich LinkedIn außerdem auf die Standardvertragsklauseln der EU, die auch sein Vertrag über die Datenverarbeitung für Kunden enthält.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "LinkedIn says it removes the link to you from data collected on other websites through its tag after 7 days and deletes that data after 180 days.",
      de: "Nach Angaben von LinkedIn wird der Personenbezug von Daten, die über das Tag auf anderen Websites erhoben werden, nach 7 Tagen entfernt und werden diese Daten nach 180 Tagen gelöscht.",
    },
  },
  deviceAccess: [
    {
      name: "li_fat_id",
      technology: "cookie",
      purpose: {
        en: "Keeps an indirect LinkedIn member ID on our website so that a later conversion can be matched to the ad.",
        de: "Speichert auf unserer Website eine indirekte LinkedIn-Mitgliedskennung, damit eine spätere Conversion der Anzeige zugeordnet werden kann.",
      },
      duration: "P30D",
      party: "first",
      ground: "consent",
    },
    {
      name: "li_giant",
      technology: "cookie",
      purpose: {
        en: "Stores an indirect ID for a group of LinkedIn members, used to count conversions.",
        de: "Speichert eine indirekte Kennung für eine Gruppe von LinkedIn-Mitgliedern, die zum Zählen von Conversions dient.",
      },
      duration: "P7D",
      party: "first",
      ground: "consent",
    },
    {
      name: "li_sugr",
      technology: "cookie",
      purpose: {
        en: "Lets LinkedIn guess whether a browser belongs to a known person, outside the EU and similar countries.",
        de: "Lässt LinkedIn schätzen, ob ein Browser zu einer bekannten Person gehört, außerhalb der EU und vergleichbarer Länder.",
      },
      duration: "P90D",
      party: "first",
      ground: "consent",
    },
    {
      name: "bcookie",
      technology: "cookie",
      domain: "linkedin.com",
      purpose: {
        en: "LinkedIn's browser ID, used to follow the use of LinkedIn services built into other sites.",
        de: "Browserkennung von LinkedIn, mit der die Nutzung von in andere Websites eingebundenen LinkedIn-Diensten verfolgt wird.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "bscookie",
      technology: "cookie",
      domain: "linkedin.com",
      purpose: {
        en: "A secured second browser ID from LinkedIn with the same use.",
        de: "Eine zweite, gesicherte Browserkennung von LinkedIn für denselben Zweck.",
      },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "lidc",
      technology: "cookie",
      domain: "linkedin.com",
      purpose: {
        en: "Used by LinkedIn when its services are embedded on other websites.",
        de: "Wird von LinkedIn verwendet, wenn seine Dienste in andere Websites eingebunden sind.",
      },
      duration: "P1D",
      party: "third",
      ground: "consent",
    },
    {
      name: "UserMatchHistory",
      technology: "cookie",
      domain: "linkedin.com",
      purpose: {
        en: "Matches visitors with LinkedIn's advertising IDs so that ads can be aimed at them.",
        de: "Gleicht Besucher mit den Werbekennungen von LinkedIn ab, damit Anzeigen auf sie ausgerichtet werden können.",
      },
      duration: "session",
      party: "third",
      ground: "consent",
    },
    {
      name: "AnalyticsSyncHistory",
      technology: "cookie",
      domain: "linkedin.com",
      purpose: {
        en: "Notes when the visitor's ID was last synchronised for LinkedIn's analytics.",
        de: "Vermerkt, wann die Kennung des Besuchers zuletzt für die Auswertungen von LinkedIn abgeglichen wurde.",
      },
      duration: "P30D",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    // LinkedIn Privacy Policy (effective 3 November 2025) with the European Regional Privacy Notice (effective
    // 21 August 2026): controllers and addresses, sharing with LinkedIn Corporation, DPF and SCCs, retention of tag data.
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/1b38be45ded13b440582b63b69badd26a1f18514/LinkedIn/Privacy%20Policy.md",
      facts: ["entity", "parent", "urls", "transfers", "retention"],
      checked: "2026-12-06",
      updated: "2026-08-21",
    },
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/851ce307ab58600b6d0cce1955ea0ba95aa4f879/LinkedIn/Imprint.md",
      facts: ["entity"],
      checked: "2026-12-06",
    },
    // Read in a stored copy: LinkedIn is the controller of Insight Tag data.
    { url: "https://www.linkedin.com/legal/l/linkedin-independent-controller-addendum", facts: ["role"], checked: "2026-12-06" },
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/77def7fc3ba8f12b17b7edc107a6a8cd5196f462/LinkedIn/Data%20Processor%20Agreement.md",
      facts: ["role", "transfers", "activities"],
      checked: "2026-12-06",
      updated: "2022-12-12",
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access", "activities"],
      checked: "2026-12-06",
      updated: "2026-01-21",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
