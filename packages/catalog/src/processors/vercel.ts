import type { Processor } from "@policy/core";

const PRIVACY_POLICY = "https://github.com/tosdr/tosdr-versions/blob/489fed5bf638ff0c920f6455b33da19c13c1f205/Vercel/Privacy%20Policy.md";
const TERMS = "https://github.com/tosdr/tosdr-versions/blob/03cd18dd70aa12dada38454c88465d9f24c4dfbe/Vercel/Terms%20of%20Service.md";
const DPA = "https://vercel.com/legal/dpa";
const checked = "2026-12-06";

/**
 * Vercel: a cloud platform that builds, hosts and delivers websites and web applications through its global edge
 * network, for a website operator in the EU.
 *
 * Read (2026-12-06):
 * - Vercel Privacy Policy, "Last Updated April 22, 2024", in full, as ToS;DR archived it (tosdr-versions,
 *   Vercel/Privacy Policy.md, commit 489fed5b; the same text is at commit 1c03630f). It says:
 *   - entity: "Vercel Inc., 440 N Barranca Avenue #4133, Covina, CA 91723, United States", privacy@vercel.com.
 *   - representative: Vercel "has appointed the European Data Protection Office (EDPO) as its GDPR representative in
 *     the EU", Avenue Huart Hamoir 71, 1030 Brussels, Belgium (request form at edpo.com).
 *   - role: in the EEA/UK section, Vercel "acts as a data controller for personal information that we collect about you
 *     while using our Sites, Services ... We act as a data processor on behalf of our Customers for the personal
 *     information contained in Customer Data"; a customer that deploys its websites on Vercel "controls its instance of
 *     the Service and any associated data". The notice also lists, among what Vercel collects "from Customers",
 *     "Website Information": "traffic to and from Customers' websites, such as End User IP address, location
 *     information derived from IP address, and system configuration information"; it uses what it collects to run,
 *     secure and improve its services. It does not say in which role it holds that traffic information (see roles[1]).
 *   - transfers: information is processed "in the United States and other jurisdictions in which we operate", with
 *     standard contractual clauses or other mechanisms where required; "Vercel complies with the EU-U.S. Data Privacy
 *     Framework (EU-U.S. DPF), the UK Extension to the EU-U.S. DPF, and, upon entering into force, the Swiss-U.S. Data
 *     Privacy Framework" and has certified so to the U.S. Department of Commerce (the Swiss-US framework entered into
 *     force in September 2024).
 *   - retention: for the minimum period needed for legal and contractual duties, disputes, enforcing rights and
 *     legitimate business purposes such as tax and accounting; then deleted or anonymised.
 *   - deletion: End Users should turn to the customer (the controller) to access, correct or delete their data.
 * - Vercel Terms of Service, "Last Updated July 18, 2024" (tosdr-versions, commit 03cd18dd): the contract is with
 *   "Vercel Inc."; section 8.1: where Vercel processes the customer's content or data on its behalf, the customer
 *   agrees to the terms of the DPA; 8.2: Vercel may use the customer's data only to provide the services and for
 *   security.
 * - Vercel Data Processing Addendum, "Last Updated March 31, 2023" (stored copy served from vercel-site.vercel.sh/legal/
 *   dpa, Vercel's own deployment of vercel.com/legal/dpa; opening read): between "Vercel Inc., a Delaware corporation"
 *   and the customer, for Vercel's processing of personal data "insofar as Vercel is acting as a processor on behalf of
 *   Customer".
 *
 * Left out, and why:
 * - Cookies and domains: Vercel documents no cookies set on its customers' sites by plain hosting; its Web Analytics and
 *   Speed Insights products (separate services) were not read. Domains: a Vercel site runs on the operator's own domain.
 * - Retention of request logs for customers' sites: Vercel's documentation on log retention was not read.
 * - The DPA's transfer clauses and sub-processor list: only its opening could be read. Other countries of Vercel's edge
 *   network are not listed one by one; the transfer note says data may be processed where Vercel operates.
 * - The DPF List entry: not stored; the certification is as the privacy policy states it.
 */
export const vercel: Processor = {
  id: "vercel",
  name: "Vercel",
  aliases: ["Vercel Inc."],
  categories: ["hosting", "cdn"],
  entity: {
    name: "Vercel Inc.",
    address: { street: "440 N Barranca Avenue #4133", postalCode: "91723", city: "Covina", region: "CA", country: "US" },
    email: "privacy@vercel.com",
    url: "https://vercel.com/",
  },
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "hosting our website and delivering it to you through its network",
        de: "das Hosting unserer Website und ihre Auslieferung an Sie über sein Netzwerk",
      },
    },
    {
      role: "controller",
      scope: {
        en: "information about traffic to our website (your IP address, the city and country derived from it, your system configuration), which Vercel uses to run, secure and improve its services",
        de: "Informationen über den Datenverkehr auf unserer Website (Ihre IP-Adresse, daraus abgeleitete Stadt und Land, Ihre Systemkonfiguration), die Vercel nutzt, um seine Dienste zu betreiben, zu sichern und zu verbessern",
      },
    },
  ],
  euRepresentative: {
    name: "European Data Protection Office (EDPO)",
    address: { street: "Avenue Huart Hamoir 71", postalCode: "1030", city: "Brussels", country: "BE" },
    url: "https://edpo.com/gdpr-data-request/",
  },
  urls: {
    website: "https://vercel.com/",
    privacyPolicy: "https://vercel.com/legal/privacy-policy",
    dpa: DPA,
  },
  description: {
    en: "Vercel, a US company, compiles, hosts and delivers websites and web applications from a network of servers around the world.",
    de: "Vercel, ein US-Unternehmen, kompiliert, hostet und liefert Websites und Webanwendungen über ein weltweites Servernetz aus.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Delivering our website quickly and reliably to visitors wherever they are, and protecting it from attacks and abuse.",
          de: "Unsere Website Besuchern überall schnell und zuverlässig auszuliefern und sie vor Angriffen und Missbrauch zu schützen.",
        },
      },
    ],
    data: [
      { category: "user.device.ip_address", collected: "automatic" },
      {
        category: "user.location.imprecise",
        details: { en: "city and country derived from your IP address", de: "aus Ihrer IP-Adresse abgeleitete Stadt und Land" },
        collected: "automatic",
      },
      {
        category: "user.device",
        details: {
          en: "your system configuration, such as browser and operating system",
          de: "Ihre Systemkonfiguration, etwa Browser und Betriebssystem",
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
      recipient: "Vercel Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension"],
        source: PRIVACY_POLICY,
        checked,
      },
      note: {
        en: "Vercel is based in the United States and states that it is certified under the EU-US Data Privacy Framework and its UK Extension (and, once it entered into force, the Swiss-US framework). It may also process data in other countries where it operates, relying on the EU standard contractual clauses or other safeguards there.",
        de: "Vercel hat seinen Sitz in den USA und erklärt, nach dem EU-US-Datenschutzrahmen und dessen Erweiterung für das Vereinigte Königreich zertifiziert zu sein (sowie, mit seinem Inkrafttreten, nach dem Schweiz-US-Rahmen). Vercel kann Daten auch in anderen Ländern verarbeiten, in denen es tätig ist, und stützt sich dort auf die Standardvertragsklauseln der EU oder andere Garantien.",
      },
      checked,
    },
  ],
  retention: {
    criteria: {
      en: "Vercel keeps information only as long as it needs it for its legal and contractual duties, to settle disputes, to enforce its rights and for legitimate business purposes such as tax and accounting; then it deletes or anonymises it.",
      de: "Vercel bewahrt Informationen nur so lange auf, wie es sie für gesetzliche und vertragliche Pflichten, die Klärung von Streitigkeiten, die Durchsetzung seiner Rechte und berechtigte geschäftliche Zwecke wie Steuer und Buchhaltung braucht; danach löscht oder anonymisiert es sie.",
    },
  },
  deletion: {
    en: "Ask us, not Vercel, to see, correct or delete your data: Vercel asks visitors of its customers' websites to turn to the website's operator.",
    de: "Wenden Sie sich an uns, nicht an Vercel, um Ihre Daten einzusehen, berichtigen oder löschen zu lassen: Vercel verweist Besucher der Websites seiner Kunden an deren Betreiber.",
  },
  deviceAccess: [],
  sources: [
    // Vercel Privacy Policy, last updated 22 April 2024, as archived by ToS;DR.
    {
      url: PRIVACY_POLICY,
      facts: ["entity", "role", "representative", "urls", "transfers", "activities", "retention", "deletion"],
      checked,
      updated: "2024-04-22",
    },
    // Vercel Terms of Service, last updated 18 July 2024, as archived by ToS;DR.
    { url: TERMS, facts: ["entity", "role", "urls"], checked, updated: "2024-07-18" },
    // Vercel Data Processing Addendum, last updated 31 March 2023; read in a stored copy served from
    // vercel-site.vercel.sh/legal/dpa (opening only).
    { url: DPA, facts: ["entity", "role", "urls"], checked, updated: "2023-03-31" },
  ],
  checked,
  unconfirmed: [
    {
      fact: "transfers",
      note: "Vercel's privacy policy says it may also process data in other countries where it operates, under the standard contractual clauses or other safeguards, without naming them: the list may not be complete.",
    },
    {
      fact: "roles[1]",
      note: "Vercel's privacy policy lists traffic information about its customers' websites (End User IP address, derived location, system configuration) among what it collects, and says it is a controller for what it collects about people using its Sites and Services and a processor for Customer Data; it does not say which applies to that traffic information.",
    },
  ],
  disagreements: [],
};
