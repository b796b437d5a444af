import type { Processor } from "@policy/core";

/**
 * LinkedIn Insight Tag: conversion tracking, retargeting and audience reports for LinkedIn ads.
 *
 * Entity and address follow the datenanfragen record for LinkedIn Ireland Unlimited Company. LinkedIn's European
 * Regional Privacy Notice (archived by Open Terms Archive together with the global Privacy Policy effective
 * 3 November 2025; the notice is effective 21 August 2026) names the same company as controller, at "Wilton Place" in
 * one place and "Wilton Plaza" in its contact section, both Dublin 2.
 * Role: like other advertising pixels, the site that embeds the tag and LinkedIn decide together that visitor data is
 * collected and sent to LinkedIn (CJEU, Fashion ID), so we list LinkedIn as joint controller. LinkedIn's own
 * "Independent Controller Addendum" for the Insight Tag, which we could only read on a mirror, calls LinkedIn the
 * controller of the data it receives; re-check the role when that page can be cited.
 * Parent: LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, as the regional notice gives it (no postal code
 * there). The notice says LinkedIn Ireland shares the personal data of all members and visitors with LinkedIn
 * Corporation for processing and storage in its US data centres.
 * Transfers: the regional notice says LinkedIn is certified under the EU-US Data Privacy Framework and also relies on
 * the standard contractual clauses for certain transfers (for example between LinkedIn Ireland and LinkedIn
 * Corporation); LinkedIn's data processing agreement for customers (Spanish version on legal.linkedin.com)
 * incorporates the clauses too.
 * Retention: the regional notice says data from third-party websites with the LinkedIn tag is de-identified after
 * 7 days and deleted after 180 days.
 */
export const linkedinInsightTag: Processor = {
  id: "linkedin-insight-tag",
  name: "LinkedIn Insight Tag",
  aliases: ["LinkedIn Pixel", "LinkedIn Conversion Tracking"],
  categories: ["advertising", "social-media"],
  entity: {
    name: "LinkedIn Ireland Unlimited Company",
    address: { street: "Wilton Plaza, Wilton Place", city: "Dublin 2", country: "IE" },
    url: "https://www.linkedin.com",
  },
  parent: {
    name: "LinkedIn Corporation",
    address: { street: "1000 W Maude Avenue", city: "Sunnyvale", region: "CA", country: "US" },
  },
  role: "joint-controller",
  urls: {
    website: "https://www.linkedin.com",
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
        details: { en: "LinkedIn cookie IDs that link your visit to a LinkedIn account, if you have one", de: "Cookie-Kennungen von LinkedIn, die Ihren Besuch mit einem LinkedIn-Konto verknüpfen, falls Sie eines haben" },
      },
      {
        category: "user.behavior.browsing_history",
        details: { en: "the pages you visit on our website and the actions we count as conversions", de: "die Seiten, die Sie auf unserer Website besuchen, und die Aktionen, die wir als Conversion zählen" },
      },
      { category: "user.device.ip_address", details: { en: "sent with each request to LinkedIn", de: "wird mit jeder Anfrage an LinkedIn übertragen" } },
      { category: "user.telemetry", details: { en: "browser and device", de: "Browser und Gerät" } },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [
    {
      country: "US",
      recipient: "LinkedIn Corporation",
      mechanism: "EU-US-DPF",
      note: {
        en: "LinkedIn is certified under the EU-US Data Privacy Framework; for certain transfers, such as those from LinkedIn Ireland to LinkedIn Corporation, it also relies on the EU standard contractual clauses, which its data processing agreement for customers includes as well.",
        de: "LinkedIn ist nach dem EU-US-Datenschutzrahmen zertifiziert; für bestimmte Übermittlungen, etwa von LinkedIn Ireland an die LinkedIn Corporation, stützt es sich außerdem auf die Standardvertragsklauseln der EU, die auch sein Vertrag über die Datenverarbeitung für Kunden enthält.",
      },
      checked: "2026-11-29",
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
      purpose: { en: "Keeps an indirect LinkedIn member ID on our website so that a later conversion can be matched to the ad.", de: "Speichert auf unserer Website eine indirekte LinkedIn-Mitgliedskennung, damit eine spätere Conversion der Anzeige zugeordnet werden kann." },
      duration: "P30D",
      party: "first",
      ground: "consent",
    },
    {
      name: "li_giant",
      technology: "cookie",
      purpose: { en: "Stores an indirect ID for a group of LinkedIn members, used to count conversions.", de: "Speichert eine indirekte Kennung für eine Gruppe von LinkedIn-Mitgliedern, die zum Zählen von Conversions dient." },
      duration: "P7D",
      party: "first",
      ground: "consent",
    },
    {
      name: "li_sugr",
      technology: "cookie",
      purpose: { en: "Lets LinkedIn guess whether a browser belongs to a known person, outside the EU and similar countries.", de: "Lässt LinkedIn schätzen, ob ein Browser zu einer bekannten Person gehört, außerhalb der EU und vergleichbarer Länder." },
      duration: "P90D",
      party: "first",
      ground: "consent",
    },
    {
      name: "bcookie",
      technology: "cookie",
      domain: "linkedin.com",
      purpose: { en: "LinkedIn's browser ID, used to follow the use of LinkedIn services built into other sites.", de: "Browserkennung von LinkedIn, mit der die Nutzung von in andere Websites eingebundenen LinkedIn-Diensten verfolgt wird." },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "bscookie",
      technology: "cookie",
      domain: "linkedin.com",
      purpose: { en: "A secured second browser ID from LinkedIn with the same use.", de: "Eine zweite, gesicherte Browserkennung von LinkedIn für denselben Zweck." },
      duration: "P1Y",
      party: "third",
      ground: "consent",
    },
    {
      name: "lidc",
      technology: "cookie",
      domain: "linkedin.com",
      purpose: { en: "Used by LinkedIn when its services are embedded on other websites.", de: "Wird von LinkedIn verwendet, wenn seine Dienste in andere Websites eingebunden sind." },
      duration: "P1D",
      party: "third",
      ground: "consent",
    },
    {
      name: "UserMatchHistory",
      technology: "cookie",
      domain: "linkedin.com",
      purpose: { en: "Matches visitors with LinkedIn's advertising IDs so that ads can be aimed at them.", de: "Gleicht Besucher mit den Werbekennungen von LinkedIn ab, damit Anzeigen auf sie ausgerichtet werden können." },
      duration: "session",
      party: "third",
      ground: "consent",
    },
    {
      name: "AnalyticsSyncHistory",
      technology: "cookie",
      domain: "linkedin.com",
      purpose: { en: "Notes when the visitor's ID was last synchronised for LinkedIn's analytics.", de: "Vermerkt, wann die Kennung des Besuchers zuletzt für die Auswertungen von LinkedIn abgeglichen wurde." },
      duration: "P30D",
      party: "third",
      ground: "consent",
    },
  ],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/linkedin.json",
      facts: ["entity", "urls"],
    },
    // LinkedIn Privacy Policy (effective 3 November 2025) with the European Regional Privacy Notice (effective
    // 21 August 2026), as archived by Open Terms Archive: controllers and addresses, the sharing with LinkedIn
    // Corporation, DPF certification and SCCs, and how long data from the tag is kept.
    {
      url: "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/1b38be45ded13b440582b63b69badd26a1f18514/LinkedIn/Privacy%20Policy.md",
      facts: ["entity", "parent", "transfers", "retention"],
    },
    { url: "https://legal.linkedin.com/dpa/ES", facts: ["transfers"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access", "activities"],
    },
  ],
  checked: "2026-11-29",
};
