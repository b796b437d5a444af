import type { Processor } from "@policy/core";

const DPA = "https://www.jimdo.com/legal/data-processing-agreement/";
const TOM =
  "https://legal.jimdo.com/hc/en-us/articles/20332078550676-Jimdo-Technical-and-organisational-data-protection-and-information-security-measures";
const TERMS = "https://legal.jimdo.com/hc/en-us/articles/4414668143508-Jimdo-Terms-Of-Service";
const ACCESS_ARTICLE = "https://jimdo-legal.zendesk.com/hc/de/articles/360000928406-Recht-auf-Auskunft-Artikel-15-DSGVO-";
const WEBSITE_PRIVACY = "https://github.com/tosdr/tosdr-versions/blob/efe7317eae5dbe62dffa03bb0d72651703c3a7e7/Jimdo/Privacy%20Policy.md";
const checked = "2026-12-06";

/**
 * Jimdo: a website and online-store builder from Hamburg that also hosts the sites built with it, for a website
 * operator in the EU.
 *
 * Read (2026-12-06):
 * - Jimdo Data Processing Agreement, www.jimdo.com/legal/data-processing-agreement/ (stored copy; undated; only its
 *   preamble could be read): "the Jimdo GmbH, Stresemannstr. 375, 22761 Hamburg, Germany (“Jimdo”, the “Processor”)
 *   provides the agreed upon online service ... to you (“Customer”)"; the agreement is the Art. 28(3) GDPR contract for
 *   what Jimdo processes in providing its service, and it provides for subprocessors.
 * - "Jimdo Technical and organisational data protection and information security measures", legal.jimdo.com (stored
 *   copy; undated; the same text is stored at www.jimdo.com/legal/technical-and-organisational-measures/): Jimdo GmbH is
 *   "the Processor" under the DPA and the customer the "Controller"; "Jimdo hosts its services on ... the cloud-based
 *   data centers of Amazon Web Services (AWS). The specific AWS data centers used by Jimdo are located within the
 *   European Union."
 * - Jimdo Terms of Service, legal.jimdo.com (stored copy; undated; opening read): the services are offered by "Jimdo
 *   GmbH, Stresemannstr. 375, 22761 Hamburg, Germany"; users create websites and online stores "which are hosted by
 *   Jimdo". Customers with a billing address in Switzerland have their own terms with the same company.
 * - Jimdo legal help centre, "Recht auf Auskunft (Artikel 15 DSGVO)" (stored copy of jimdo-legal.zendesk.com; undated;
 *   opening read): the article refers to the DPA, under which the customer is "Auftraggeber" and Jimdo "Auftragnehmer";
 *   when a Jimdo site is visited, Jimdo's servers store the request, the IP address ("anonymisierter"), browser type,
 *   browser language, date and time; these are used to run the servers and network and to fight abuse and "werden nach
 *   7 Tagen automatisch gelöscht".
 * - Jimdo.com Privacy Policy (tosdr-versions, Jimdo/Privacy Policy.md, commit efe7317e; no date in the text): covers
 *   visits to jimdo.com, the Jimdo blog and customer support only, with Jimdo GmbH, Stresemannstraße 375, 22761 Hamburg,
 *   Privacy(at)jimdo.com as controller; it points customers to the "Jimdo Platform Privacy Policy" at
 *   www.jimdo.com/legal/platform-privacy-information/ (used as urls.privacyPolicy; a stored copy of it exists but was not
 *   read for this entry).
 *
 * Left out, and why:
 * - Transfers: the only Jimdo document read on where customers' sites are hosted (the measures above) places them in
 *   AWS data centres in the EU. The DPA's subprocessor clauses and any subprocessor list could not be read. Jimdo's
 *   legal-text generator, as copied on a customer's site (a lead only), says the site is delivered through a content
 *   delivery network with servers worldwide and that data goes to processors in the USA. So no transfer is listed, and
 *   the transfers are marked unconfirmed as a whole: the policy says that Jimdo's documents leave this open.
 * - Cookies: Jimdo documents no cookies for visitors of its customers' sites in anything read; the Open Cookie Database
 *   lists Jimdo cookies (ckies_*, ClickAndChange) without a domain, and whether they are set on customers' sites is not
 *   documented. No cookie is listed.
 * - Domains: no Jimdo document read names the hosts a Jimdo site loads.
 * - Parent: no Jimdo document read names a company above Jimdo GmbH.
 * - Data visitors enter (forms, shop orders): the documents read speak only of the server logs, so the activities list
 *   only those.
 */
export const jimdo: Processor = {
  id: "jimdo",
  name: "Jimdo",
  aliases: ["Jimdo GmbH", "Jimdo Dolphin", "Jimdo Creator"],
  categories: ["hosting", "shop-platform"],
  entity: {
    name: "Jimdo GmbH",
    address: { street: "Stresemannstraße 375", postalCode: "22761", city: "Hamburg", country: "DE" },
    email: "privacy@jimdo.com",
    url: "https://www.jimdo.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.jimdo.com/",
    privacyPolicy: "https://www.jimdo.com/legal/platform-privacy-information/",
    dpa: DPA,
  },
  description: {
    en: "Jimdo, a company in Hamburg, offers a builder for websites and online stores and hosts the finished sites on its own platform.",
    de: "Jimdo, ein Unternehmen aus Hamburg, bietet einen Baukasten für Websites und Onlineshops an und hostet die fertigen Seiten auf seiner eigenen Plattform.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Delivering our website to you from a hosted platform, keeping its servers running and protecting it from abuse.",
          de: "Ihnen unsere Website von einer gehosteten Plattform auszuliefern, deren Server in Betrieb zu halten und sie vor Missbrauch zu schützen.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: { en: "stored in the server logs only in anonymised form", de: "in den Serverprotokollen nur anonymisiert gespeichert" },
        collected: "automatic",
      },
      {
        category: "user.telemetry",
        details: {
          en: "the page requested, browser type and language, date and time of the visit",
          de: "die abgerufene Seite, Browsertyp und -sprache, Datum und Uhrzeit des Besuchs",
        },
        collected: "automatic",
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [],
  retention: {
    duration: "P7D",
    criteria: {
      en: "Jimdo deletes the server logs of visits to our website automatically after 7 days.",
      de: "Jimdo löscht die Serverprotokolle der Besuche auf unserer Website nach 7 Tagen automatisch.",
    },
  },
  deletion: {
    en: "Ask us, not Jimdo, to delete your data or to tell you what we hold: Jimdo processes it only on our behalf.",
    de: "Wenden Sie sich an uns, nicht an Jimdo, wenn Sie Ihre Daten löschen lassen oder Auskunft darüber möchten: Jimdo verarbeitet sie nur in unserem Auftrag.",
  },
  deviceAccess: [],
  sources: [
    // Jimdo Data Processing Agreement; read in a stored copy of this address (preamble only), undated.
    { url: DPA, facts: ["entity", "role", "urls"], checked },
    // Jimdo's technical and organisational measures under the DPA; stored copy of this address, undated.
    { url: TOM, facts: ["entity", "role", "transfers"], checked },
    // Jimdo Terms of Service; stored copy of this address (opening), undated.
    { url: TERMS, facts: ["entity"], checked },
    // Jimdo legal help centre on access requests (server logs, 7-day deletion); stored copy of this address, undated.
    { url: ACCESS_ARTICLE, facts: ["role", "activities", "retention", "deletion"], checked },
    // Jimdo.com Privacy Policy (Jimdo's own website), as archived by ToS;DR; undated.
    { url: WEBSITE_PRIVACY, facts: ["entity", "urls"], checked },
  ],
  checked,
  unconfirmed: [
    {
      fact: "transfers",
      note: "Jimdo's technical and organisational measures place hosting in AWS data centres in the EU; the DPA's subprocessor and transfer clauses and any subprocessor list could not be read. Jimdo's legal-text generator, as copied on a customer's site (www.vanessastoehr.com/privacy-policy/, a lead only), names a content delivery network and processors in the USA; no Jimdo document read confirms where, beyond AWS in the EU, the data goes.",
    },
  ],
  disagreements: [],
};
