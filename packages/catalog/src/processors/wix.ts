import type { Processor } from "@policy/core";

const PRIVACY_POLICY = "https://github.com/OpenTermsArchive/contrib-versions/blob/cd4d6aec6bb6fc6504afc894d817c9fb4a6b19d1/Wix/Privacy%20Policy.md";
const TERMS = "https://github.com/OpenTermsArchive/contrib-versions/blob/c2eba2a51bd4c2f49fb590506d764e2568718a94/Wix/Terms%20of%20Service.md";
const DPA = "https://www.wix.com/about/privacy-dpa-users";
const checked = "2026-12-06";

/**
 * Wix: a website builder that also hosts the sites built with it, for a website operator in the EU.
 *
 * Read (2026-12-06):
 * - Wix.com Privacy Policy, "Effective from March 3, 2024", in full, as Open Terms Archive recorded it (contrib-versions,
 *   Wix/Privacy Policy.md, commit cd4d6aec, recorded 12 September 2024, the archive's last change; the same text is in
 *   tosdr-versions commit 27450227). It says:
 *   - entity: the policy is that of "Wix.com Ltd., together with its affiliated companies"; users' data "is controlled
 *     by Wix.com Ltd. in Israel"; postal address "Wix.com, Ltd. : Yunitsman 5 St, Tel Aviv, Israel" (no postcode given);
 *     the Data Protection Officer team at dpo@wix.com (section 17).
 *   - representative: "For the purposes of GDPR (Article 27), you may contact our EU representative at Wix Online
 *     Platforms Limited, 1 Grant's Row, Dublin 2 D02HX96, Ireland" (the Eircode written here with its usual space).
 *   - role: for the data of visitors of a customer's site ("Users-of-Users") Wix acts "solely on our Users' behalf and
 *     at their direction" and is the "Processor", the site's operator the "Controller" (section 6); an example given is
 *     the contacts a site collects and manages, which are stored with Wix for the site's owner.
 *   - transfers: processing of visitors' data takes place in the EU, Israel or a country with an adequacy decision, and
 *     elsewhere under a transfer mechanism set out in the DPA (section 6); Israel has the Commission's adequacy decision
 *     (section 5.1 links decision 2011/61/EU); Wix may store and process data in the USA, Europe, Israel and elsewhere
 *     (5.3) and shares data with "Wix.com Inc., our US-based subsidiary" (4.3); "Wix and its covered entities ...
 *     complies with" the EU-US Data Privacy Framework, the UK Extension and the Swiss-US framework and has certified so
 *     (5.4); otherwise the standard contractual clauses of June 2021 (5.2).
 *   - retention: data of site visitors is kept while the customer's account is active or as needed to provide the
 *     service, and afterwards as reasonably necessary for legal duties, disputes, fraud prevention and enforcing its
 *     agreements (section 11); no fixed periods.
 *   - deletion: visitors are to address the site's operator; Wix acts on the operator's request to remove a visitor's
 *     data "in a timely manner" (section 6).
 * - Wix.com Terms of Use, "Last Revised: July 9, 2026" (contrib-versions, commit c2eba2a5), section 1.2: the contract
 *   is with "Wix.com Ltd. and its affiliated companies and subsidiaries worldwide". This confirms the contracting party
 *   for a customer in the EU (no EU contracting company is named).
 * - Data Processing Agreement – Users, "Agreement Last Updated: September 11, 2019" (stored copy of
 *   www.wix.com/about/privacy-dpa-users; only its opening could be read): each customer is the data controller of its
 *   visitors' and customers' data and instructs Wix to process it on its behalf.
 *
 * Left out, and why:
 * - Cookies: Wix's cookie policy and its help article on the cookies of Wix sites were not among the stored copies; the
 *   names and lifetimes known come only from the Open Cookie Database and from Wix customers' own copies of Wix's table,
 *   which disagree on lifetimes. So no cookie is listed.
 * - Domains: no Wix document read names the hosts a Wix site loads.
 * - Technical visit data (browser, device, pages visited): the privacy policy lists it for visitors of Wix's own
 *   services, not for visitors of a customer's site, so the activities list only what visitors enter.
 * - Sub-processors and the DPA's transfer clauses: the DPA's body and any sub-processor list could not be read.
 * - The certified company on the DPF List: the list entry was not stored. Wix's statement speaks of "Wix"; its US company
 *   is Wix.com, Inc. (New York), which the transfer names as recipient.
 * - Parent: no company above Wix.com Ltd. is named; Wix.com, Inc. is its subsidiary, named only as a recipient.
 * - A privacy policy newer than March 2024 was not found in any store.
 */
export const wix: Processor = {
  id: "wix",
  name: "Wix",
  aliases: ["Wix.com"],
  categories: ["hosting"],
  entity: {
    name: "Wix.com Ltd.",
    address: { street: "Yunitsman 5 St", city: "Tel Aviv", country: "IL" },
    email: "dpo@wix.com",
    url: "https://www.wix.com/",
  },
  role: "processor",
  euRepresentative: {
    name: "Wix Online Platforms Limited",
    address: { street: "1 Grant's Row", postalCode: "D02 HX96", city: "Dublin", country: "IE" },
  },
  urls: {
    website: "https://www.wix.com/",
    privacyPolicy: "https://www.wix.com/about/privacy",
    dpa: "https://www.wix.com/about/privacy-dpa-users",
  },
  description: {
    en: "Wix is a platform on which people and businesses create their own website and have it hosted, together with the contacts and other data the site collects from its visitors.",
    de: "Wix ist eine Plattform, auf der Privatpersonen und Unternehmen ihre eigene Website erstellen und hosten lassen, samt den Kontakten und anderen Daten, die die Website von ihren Besuchern erhebt.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Running our website on a hosted platform and keeping the contact details you leave on it.",
          de: "Unsere Website auf einer gehosteten Plattform zu betreiben und die Kontaktdaten aufzubewahren, die Sie dort hinterlassen.",
        },
      },
    ],
    data: [
      {
        category: "user.contact",
        details: {
          en: "the contact details you leave on our website, such as your e-mail address, which Wix stores for us",
          de: "die Kontaktdaten, die Sie auf unserer Website hinterlassen, etwa Ihre E-Mail-Adresse; Wix speichert sie für uns",
        },
        collected: "provided",
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: [],
  transfers: [
    {
      country: "IL",
      recipient: "Wix.com Ltd.",
      mechanism: "A45-3",
      note: {
        en: "Wix.com Ltd. is based in Israel. Wix processes our visitors' data in the EU, in Israel or in other countries the European Commission has found to protect data adequately.",
        de: "Wix.com Ltd. hat seinen Sitz in Israel. Wix verarbeitet die Daten unserer Besucher in der EU, in Israel oder in anderen Ländern, denen die Europäische Kommission ein angemessenes Datenschutzniveau bescheinigt hat.",
      },
      checked,
    },
    {
      country: "US",
      recipient: "Wix.com, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: PRIVACY_POLICY,
        checked,
      },
      note: {
        en: "Wix may also store and process data in the United States, where its subsidiary Wix.com, Inc. is based. Wix states that it is certified under the EU-US Data Privacy Framework, its UK Extension and the Swiss-US framework; for other transfers it relies on the EU standard contractual clauses.",
        de: "Wix kann Daten auch in den USA speichern und verarbeiten, wo seine Tochtergesellschaft Wix.com, Inc. ihren Sitz hat. Wix erklärt, nach dem EU-US-Datenschutzrahmen, dessen Erweiterung für das Vereinigte Königreich und dem Schweiz-US-Rahmen zertifiziert zu sein; für andere Übermittlungen stützt es sich auf die Standardvertragsklauseln der EU.",
      },
      checked,
    },
  ],
  retention: {
    criteria: {
      en: "Wix keeps our visitors' data while our Wix account is active or as long as it is needed to run our website, unless we delete it earlier; after that, only as far as Wix needs it to meet legal duties, settle disputes or prevent fraud.",
      de: "Wix speichert die Daten unserer Besucher, solange unser Wix-Konto besteht oder sie für den Betrieb unserer Website nötig sind, sofern wir sie nicht vorher löschen; danach nur, soweit Wix sie für gesetzliche Pflichten, die Klärung von Streitigkeiten oder die Betrugsabwehr braucht.",
    },
  },
  deletion: {
    en: "Ask us, not Wix, to delete your data: we delete it in our Wix account or ask Wix to remove it, which Wix does promptly once the request is verified.",
    de: "Wenden Sie sich zum Löschen Ihrer Daten an uns, nicht an Wix: Wir löschen sie in unserem Wix-Konto oder bitten Wix, sie zu entfernen, was Wix nach Prüfung der Anfrage zeitnah tut.",
  },
  deviceAccess: [],
  sources: [
    // Wix.com Privacy Policy effective 3 March 2024, as archived by Open Terms Archive (recorded 12 September 2024).
    {
      url: PRIVACY_POLICY,
      facts: ["entity", "role", "representative", "urls", "transfers", "activities", "retention", "deletion"],
      checked,
      updated: "2024-03-03",
    },
    // Wix.com Terms of Use, last revised 9 July 2026, as archived by Open Terms Archive.
    { url: TERMS, facts: ["entity", "urls"], checked, updated: "2026-07-09" },
    // Read as the stored copy of this address; only the opening of the agreement.
    { url: DPA, facts: ["role", "urls"], checked, updated: "2019-09-11" },
  ],
  checked,
  unconfirmed: [],
  disagreements: [],
};
