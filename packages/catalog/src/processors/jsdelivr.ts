import type { Processor } from "@policy/core";

const PRIVACY_POLICY = "https://github.com/jsdelivr/jsdelivr/blob/0cdb07aaa28c2d3a4a29533dd9a09c30495f7148/Privacy%20Policy.md";
const TERMS = "https://github.com/jsdelivr/jsdelivr/blob/0bfefc066286d26c2335f72f9e84e6cb3768c0a6/Terms%20of%20Use.md";
const SUB_PROCESSORS = "https://github.com/jsdelivr/jsdelivr/blob/3f92182be875a0146736926c1bd5f88fa146256e/Sub-Processors.md";
const DPA =
  "https://github.com/jsdelivr/www.jsdelivr.com/blob/0a1646888fdb021b3cab276dd226b400a1986cc8/src/public/documents/data-processing-agreement.pdf";
const CLOUDFLARE_PRIVACY_POLICY =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/85cb00ef5c112f82aa1a6559ff1bdfaafe49ae2c/Cloudflare/Privacy%20Policy.md";

/**
 * jsDelivr: a free public CDN (cdn.jsdelivr.net) that serves files from npm packages and GitHub repositories, for
 * websites that load a library, a font or a stylesheet from it instead of hosting the file themselves.
 *
 * Read (2026-12-06; jsDelivr publishes its legal documents in its GitHub repositories, and jsdelivr.com/terms loads
 * them from the master branch of jsdelivr/jsdelivr, as src/views/components/github-md-documents-prefetch.html in
 * jsdelivr/www.jsdelivr.com shows):
 * - Terms of Use, effective 23 November 2023 (jsdelivr/jsdelivr, "Terms of Use.md", commit 0bfefc06), in full:
 *   "We are Volentio JSD Limited ... (trading as jsDelivr), a company registered in England and Wales under company
 *   registration number 14984373. Our registered office is at Suite 2a1, Northside House, Mount Pleasant, Barnet,
 *   England, EN4 9EB"; it operates jsdelivr.com and cdn.jsdelivr.net, "publicly available without a subscription";
 *   where it processes personal data "as a service provider or on behalf of enterprise or business users of jsDelivr
 *   CDN", the Data Processing Agreement applies (§ 2); English law.
 * - Data Processing Agreement (PDF at jsdelivr.com/documents/data-processing-agreement.pdf; its source file in
 *   jsdelivr/www.jsdelivr.com, commit 0a164688 of 23 November 2023, text extracted and read in full): part of the
 *   Terms of Use between Volentio JSD Limited and the "Subscriber", covering "your organisation's use of the jsDelivr
 *   CDN service"; the Subscriber is the controller and jsDelivr the processor (2.1); data subject requests are referred
 *   to the Subscriber (6.1); the Subscriber authorises transfers to international recipients, and where the EU GDPR
 *   applies, the EU standard contractual clauses (module 2 where the Subscriber is a controller) are the safeguard
 *   (7.2, 7.3); deletion at the Subscriber's request after the service ends or the data are no longer needed (10.1);
 *   Appendix 1: IP addresses, browser type and version, referrer (domain only), the cdn.jsdelivr.net URLs requested,
 *   date and time, device identifiers and diagnostic data.
 * - Privacy Policy, effective 23 November 2023 (jsdelivr/jsdelivr, "Privacy Policy.md", commit 0cdb07aa), in full:
 *   the same usage data for the CDN; "We never associate any gathered data with specific users"; non-aggregated
 *   usage data is kept until analysed and then deleted, longer where used for security or to improve the service or
 *   where the law requires; aggregated statistics (no single request or user) kept indefinitely and public; "Our
 *   Services do not use cookies or other similar technologies"; all cdn.jsdelivr.net traffic is served by third-party
 *   providers, which see the IP address. The policy does not apply to data jsDelivr processes as a processor for
 *   business users (that is the DPA). An earlier policy (April 2022) named Prospect One, Poland; superseded.
 * - Sub-Processors ("Sub-Processors.md", commit 3f92182b): Cloudflare, Fastly, Gcore, and Bunny (only for the legacy
 *   bootstrapcdn.com endpoints); names only, no legal entities or countries.
 * - Cloudflare Privacy Policy (effective 4 November 2025, Open Terms Archive, as in cloudflare.ts): Cloudflare, Inc.,
 *   San Francisco, which places the Cloudflare sub-processor in the US.
 *
 * Role "processor": a website of a business that loads files from jsDelivr is a "business user" under the Terms, and
 * the DPA makes it the controller and jsDelivr its processor. jsDelivr's own uses (public download statistics, abuse
 * detection, improving the service) are in the DPA's subject matter or use aggregated data only, so no separate
 * controller role is stated.
 *
 * Transfers: Volentio JSD Limited is in the UK (adequacy decision). Onward transfers to the sub-processors rest on the
 * EU standard contractual clauses (DPA 7.3). Cloudflare, Inc. is in the US by Cloudflare's own policy. Fastly is listed
 * as unconfirmed: no Fastly document was read for its legal name or country. Gcore and Bunny are not listed: no
 * document read places them outside the EEA (and Bunny serves only the legacy bootstrapcdn.com endpoints).
 *
 * Left out, and why: a fixed retention period (jsDelivr states none); other jsDelivr hosts (e.g. fastly.jsdelivr.net)
 * named in no legal document read.
 */
export const jsdelivr: Processor = {
  id: "jsdelivr",
  name: "jsDelivr",
  aliases: ["jsDelivr CDN", "Volentio JSD"],
  categories: ["cdn"],
  entity: {
    name: "Volentio JSD Limited",
    address: { street: "Suite 2a1, Northside House, Mount Pleasant", postalCode: "EN4 9EB", city: "Barnet", country: "GB" },
    email: "legal@jsdelivr.com",
    url: "https://www.jsdelivr.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.jsdelivr.com/",
    privacyPolicy: "https://www.jsdelivr.com/terms/privacy-policy",
    dpa: "https://www.jsdelivr.com/documents/data-processing-agreement.pdf",
  },
  description: {
    en: "jsDelivr is a free public content delivery network that serves open-source files, such as JavaScript libraries, stylesheets and fonts, from npm and GitHub; pages that use it load these files from cdn.jsdelivr.net.",
    de: "jsDelivr ist ein kostenloses öffentliches Content Delivery Network, das quelloffene Dateien wie JavaScript-Bibliotheken, Stylesheets und Schriften aus npm und GitHub bereitstellt; Seiten, die es nutzen, laden diese Dateien von cdn.jsdelivr.net.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Loading the scripts, stylesheets and fonts our pages need quickly and reliably from a widely distributed network.",
          de: "Die Skripte, Stylesheets und Schriften, die unsere Seiten benötigen, schnell und zuverlässig aus einem weit verteilten Netz zu laden.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "browser type and version, the file requested, date and time of the request, device identifiers and other diagnostic data",
          de: "Browsertyp und -version, die angeforderte Datei, Datum und Uhrzeit der Anfrage, Gerätekennungen und weitere Diagnosedaten",
        },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the domain of the page that loads the file (referrer, domain only)",
          de: "die Domain der Seite, die die Datei lädt (Referrer, nur die Domain)",
        },
        collected: "automatic",
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["cdn.jsdelivr.net"],
  transfers: [
    {
      country: "GB",
      recipient: "Volentio JSD Limited",
      mechanism: "A45-3",
      checked: "2026-12-06",
    },
    {
      country: "US",
      recipient: "Cloudflare, Inc.",
      mechanism: "A46-2-c",
      note: {
        en: "Cloudflare is one of the networks that deliver jsDelivr's traffic; jsDelivr's data processing agreement provides the EU standard contractual clauses for transfers to its sub-processors.",
        de: "Cloudflare ist eines der Netze, über die jsDelivr seinen Datenverkehr ausliefert; der Vertrag zur Auftragsverarbeitung von jsDelivr sieht für Übermittlungen an seine Unterauftragsverarbeiter die Standardvertragsklauseln der EU vor.",
      },
      checked: "2026-12-06",
    },
    {
      country: "US",
      recipient: {
        en: "Fastly, a content delivery network that jsDelivr names as a sub-processor",
        de: "Fastly, ein Content Delivery Network, das jsDelivr als Unterauftragsverarbeiter nennt",
      },
      mechanism: "A46-2-c",
      note: {
        en: "jsDelivr's data processing agreement provides the EU standard contractual clauses for transfers to its sub-processors.",
        de: "Der Vertrag zur Auftragsverarbeitung von jsDelivr sieht für Übermittlungen an seine Unterauftragsverarbeiter die Standardvertragsklauseln der EU vor.",
      },
      checked: "2026-12-06",
    },
  ],
  retention: {
    criteria: {
      en: "jsDelivr keeps the individual request data only until it has been analysed, longer where it is needed for security, to improve the service or by law; it keeps download statistics that no longer relate to any single request indefinitely.",
      de: "jsDelivr bewahrt die Daten einzelner Abrufe nur auf, bis sie ausgewertet sind, länger nur, soweit sie für die Sicherheit, zur Verbesserung des Dienstes oder von Gesetzes wegen benötigt werden; Download-Statistiken, die sich auf keinen einzelnen Abruf mehr beziehen, bewahrt es unbegrenzt auf.",
    },
  },
  deletion: {
    en: "jsDelivr processes this data for us and passes requests from visitors on to us, so please ask us to delete it.",
    de: "jsDelivr verarbeitet diese Daten in unserem Auftrag und leitet Anfragen von Besuchern an uns weiter; wenden Sie sich zur Löschung daher bitte an uns.",
  },
  deviceAccess: [],
  sources: [
    // Terms of Use, effective 23 November 2023, in jsDelivr's own repository (shown on jsdelivr.com/terms).
    { url: TERMS, facts: ["entity", "role", "urls", "domains"], checked: "2026-12-06", updated: "2023-11-23" },
    // Data Processing Agreement (PDF served at jsdelivr.com/documents/), in jsDelivr's website repository.
    { url: DPA, facts: ["role", "transfers", "activities", "deletion", "urls"], checked: "2026-12-06", updated: "2023-11-23" },
    // Privacy Policy, effective 23 November 2023, in jsDelivr's own repository (shown on jsdelivr.com/terms/privacy-policy).
    {
      url: PRIVACY_POLICY,
      facts: ["entity", "role", "urls", "activities", "retention", "device-access", "domains"],
      checked: "2026-12-06",
      updated: "2023-11-23",
    },
    // jsDelivr's list of sub-processors, in its own repository.
    { url: SUB_PROCESSORS, facts: ["transfers"], checked: "2026-12-06" },
    // Cloudflare Privacy Policy, effective 4 November 2025, as archived by Open Terms Archive: Cloudflare, Inc. is in San Francisco.
    { url: CLOUDFLARE_PRIVACY_POLICY, facts: ["transfers"], checked: "2026-12-06", updated: "2025-11-04" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "retention",
      note: "The retention text comes from jsDelivr's privacy policy, which does not apply to personal data jsDelivr processes as a processor; its DPA names no period.",
    },
    {
      fact: "transfers[2]",
      note: "jsDelivr's sub-processor list names Fastly without its legal entity or country; no Fastly document was read. The US is where Fastly is commonly said to be based. The mechanism, the EU standard contractual clauses, is jsDelivr's DPA 7.3.",
    },
  ],
  disagreements: [],
};
