import type { Processor } from "@policy/core";

/**
 * Hotjar: heatmaps, session recordings and feedback widgets.
 *
 * Address: older pages (other sites' policies, consent-manager catalogues) give "Level 2,
 * St Julian's Business Centre, 3 Elia Zammit Street, St Julian's STJ 1000". Hotjar's own
 * terms for its events (hotsauce.hotjar.com) name Hotjar Limited at Dragonara Business Centre,
 * 5th Floor, Dragonara Road, Paceville St Julian's STJ 3141, Malta; that address is followed as
 * the provider's own, more recent page.
 *
 * Transfers: Hotjar stores the data in Ireland (AWS eu-west-1). It says some sub-processors sit
 * outside the EU but names no countries on the pages read, so none is listed.
 */
export const hotjar: Processor = {
  id: "hotjar",
  name: "Hotjar",
  aliases: ["Hotjar Heatmaps", "Hotjar Recordings"],
  categories: ["analytics"],
  entity: {
    name: "Hotjar Limited",
    address: {
      street: "Dragonara Business Centre, 5th Floor, Dragonara Road, Paceville",
      postalCode: "STJ 3141",
      city: "St Julian's",
      country: "MT",
    },
    url: "https://www.hotjar.com",
  },
  role: "processor",
  urls: {
    website: "https://www.hotjar.com",
    privacyPolicy: "https://www.hotjar.com/privacy",
    optOut: "https://www.hotjar.com/policies/do-not-track/",
  },
  description: {
    en: "Hotjar shows how visitors click, scroll and move through a site as heatmaps and session recordings, and can ask them for feedback.",
    de: "Hotjar zeigt als Heatmaps und Sitzungsaufzeichnungen, wie Besucher auf einer Website klicken, scrollen und sich bewegen, und kann sie um Rückmeldung bitten.",
  },
  activities: {
    purposes: [
      {
        purpose: "analytics.reporting.content_performance",
        legalBasis: "A6-1-a",
        description: {
          en: "Seeing which parts of our pages are used, skipped or cause trouble.",
          de: "Sehen, welche Teile unserer Seiten genutzt, übersprungen oder zum Problem werden.",
        },
      },
      {
        purpose: "functional.service.improve",
        legalBasis: "A6-1-a",
        description: {
          en: "Improving our website with the help of recorded visits and feedback.",
          de: "Unsere Website anhand aufgezeichneter Besuche und Rückmeldungen verbessern.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "sent with each request; Hotjar says it does not store end users' IP addresses",
          de: "wird mit jeder Anfrage übertragen; Hotjar gibt an, IP-Adressen von Endnutzern nicht zu speichern",
        },
      },
      {
        category: "user.unique_id.pseudonymous",
        details: {
          en: "a random user ID, separate for each website",
          de: "eine zufällige Nutzerkennung, getrennt für jede Website",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "pages visited and how you interact with them, such as clicks and scrolling; typed input is masked",
          de: "besuchte Seiten und wie Sie damit umgehen, etwa Klicks und Scrollen; Eingaben in Felder werden ausgeblendet",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  transfers: [],
  retention: {
    criteria: {
      en: "Hotjar says it keeps the data for no longer than 365 days.",
      de: "Hotjar gibt an, die Daten höchstens 365 Tage aufzubewahren.",
    },
  },
  deletion: {
    en: "Hotjar checks the browser's Do Not Track setting before collecting anything; switch it on in each browser you use to stop Hotjar on every site.",
    de: "Hotjar prüft vor jeder Erfassung die Do-Not-Track-Einstellung des Browsers; schalten Sie sie in jedem genutzten Browser ein, um Hotjar auf allen Websites zu stoppen.",
  },
  deviceAccess: [
    {
      name: "_hjSessionUser_*",
      technology: "cookie",
      purpose: {
        en: "Keeps the Hotjar user ID for this site so later visits count as the same user.",
        de: "Behält die Hotjar-Nutzerkennung für diese Website, damit spätere Besuche als derselbe Nutzer zählen.",
      },
      duration: "P365D",
      party: "first",
      ground: "consent",
    },
    {
      name: "_hjSession_*",
      technology: "cookie",
      purpose: {
        en: "Holds the data of the current Hotjar session.",
        de: "Hält die Daten der laufenden Hotjar-Sitzung.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_hjIncludedInSessionSample_*",
      technology: "cookie",
      purpose: {
        en: "Notes whether the visit falls within the site's daily session limit for Hotjar.",
        de: "Vermerkt, ob der Besuch in das tägliche Sitzungskontingent der Website bei Hotjar fällt.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_hjAbsoluteSessionInProgress",
      technology: "cookie",
      purpose: {
        en: "Marks the start of a visit for Hotjar's session count.",
        de: "Markiert den Beginn eines Besuchs für die Sitzungszählung von Hotjar.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_hjFirstSeen",
      technology: "cookie",
      purpose: {
        en: "Identifies a visitor's first session on the site.",
        de: "Erkennt die erste Sitzung eines Besuchers auf der Website.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "_hjTLDTest",
      technology: "cookie",
      purpose: {
        en: "Briefly tests which domain level Hotjar's cookies can use, then is removed.",
        de: "Prüft kurz, auf welcher Domainebene Hotjar Cookies setzen kann, und wird danach entfernt.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    { url: "https://hotsauce.hotjar.com/terms-conditions", facts: ["entity"] },
    { url: "https://www.hotjar.com/legal/", facts: ["entity", "activities"] },
    { url: "https://www.hotjar.com/privacy", facts: ["urls", "activities", "retention", "deletion"] },
    {
      url: "https://help.hotjar.com/hc/en-us/articles/115011639887-Data-Safety-Privacy-Security",
      facts: ["activities"],
    },
    { url: "https://www.hotjar.com/policies/do-not-track/", facts: ["urls", "deletion"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
