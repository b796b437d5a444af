import type { Processor } from "@policy/core";

const PRIVACY_POLICY = "https://github.com/tosdr/tosdr-versions/blob/28ea99d291c3509676f88aaa03126871ef1cf120/Squarespace/Privacy%20Policy.md";
const checked = "2026-12-06";

/**
 * Squarespace: a website builder that hosts the sites built with it, their online shops included, for a website
 * operator outside the United States (here: in the EU).
 *
 * Read (2026-12-06):
 * - Squarespace Privacy Policy, "Effective Date: September 12, 2024", in full, as ToS;DR archived it (tosdr-versions,
 *   Squarespace/Privacy Policy.md, commit 28ea99d2). It says:
 *   - entity: "Squarespace" means Squarespace Ireland Limited for anyone resident or based outside the US (section 14);
 *     postal address Squarespace Ireland Limited, Attention: Legal - Privacy, Squarespace House, Ship Street Great,
 *     Dublin 8, D08N12C, Ireland (section 15; the Eircode written here with its usual space); privacy@squarespace.com;
 *     lead supervisory authority the Irish Data Protection Commission (section 7).
 *   - parent: Squarespace, Inc., 225 Varick Street, 12th Floor, New York, NY 10014 (section 15), to which data from the
 *     EEA is transferred (section 10). The policy does not say who owns whom; the field holds the US company that also
 *     receives the data.
 *   - roles: for "User Controlled PI" (User Content and the End Users' data it hosts and processes on behalf of its
 *     customers) Squarespace "acts as a data processor" (section 2). Data on End Users' interactions with a customer's
 *     site (IP address, device and browser details, the page visited before, browsing on the site), collected through
 *     the browser and cookies, is "Independently Controlled Data": the customer and Squarespace "may be independent
 *     controllers" of it (section 12(a)); Squarespace uses it "in anonymous, aggregated or pseudonymized form" to
 *     evaluate, provide, protect and improve its services (section 4(b)). For Squarespace Payments, Squarespace, the
 *     payment processor and providers such as Sift and Plaid use End Users' transaction and payment data, among other
 *     things to prevent or investigate risk, fraud and security threats (section 12(b)); the policy, which covers only
 *     data Squarespace controls, lists End User data given to Squarespace Payments among it (section 2).
 *   - activities: from End Users' use of customers' sites, IP addresses, preferences, the pages visited before,
 *     browser, network and device details (browser type and version, operating system, internet service provider,
 *     unique device IDs, language and regional settings) and how they interact with the site (timestamps, clicks,
 *     scrolling, browsing times, searches, transactions, referral pages, load times, loading errors) (section 3); at
 *     checkout a customer may ask for name, address, e-mail address and payment information (section 12(a)).
 *   - transfers: data may go "to our servers in the U.S." (section 10); transfers to Squarespace, Inc. in the US rest on
 *     the EU-US Data Privacy Framework, the Swiss-US framework and the UK Extension, under which Squarespace, Inc. "has
 *     certified its compliance" (sections 10 and 11); other recipients sign the EU standard contractual clauses.
 *   - retention: as long as the account is active or as needed to provide the services to Squarespace's customers,
 *     longer for legal duties, disputes and enforcing agreements; aggregated or anonymised data without limit (section 9).
 *   - deletion: a customer can delete its End Users' data in its account; privacy@squarespace.com takes access and
 *     deletion requests; End Users should turn to the site for data the site controls (section 7).
 *
 * Followed the 2024 version: a German version effective 31 January 2025 (de.squarespace.com/privacy, stored copy) is
 * newer, but only its opening could be read; it says the responsible Squarespace company depends on where one lives
 * and refers to a section that could not be read. Nothing read contradicts Squarespace Ireland Limited for the EU.
 *
 * Left out, and why:
 * - Cookies: Squarespace's cookie policy and its help article on cookies were not among the stored copies; the names
 *   and lifetimes known come only from Squarespace customers' copies of its table (the Open Cookie Database has none).
 * - Domains: no Squarespace document read names the hosts a Squarespace site loads.
 * - The transfer terms for the data Squarespace processes as a processor: they are in its Data Processing Addendum,
 *   whose English text was not stored (the German and Italian versions could be read only in part). The transfer below
 *   rests on the privacy policy, which covers the data Squarespace controls; its note says so.
 * - Sub-processors: no list was read; the policy names Stripe, Sift and Plaid for Squarespace Payments only.
 * - The DPF List entry of Squarespace, Inc.: not stored; the certification is as the privacy policy states it.
 */
export const squarespace: Processor = {
  id: "squarespace",
  name: "Squarespace",
  aliases: [],
  categories: ["hosting", "shop-platform"],
  entity: {
    name: "Squarespace Ireland Limited",
    address: { street: "Squarespace House, Ship Street Great", postalCode: "D08 N12C", city: "Dublin", country: "IE" },
    email: "privacy@squarespace.com",
    url: "https://www.squarespace.com/",
  },
  parent: {
    name: "Squarespace, Inc.",
    address: { street: "225 Varick Street, 12th Floor", postalCode: "10014", city: "New York", region: "NY", country: "US" },
    email: "privacy@squarespace.com",
  },
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "hosting our website and what you enter on it, such as form entries and orders",
        de: "das Hosting unserer Website und dessen, was Sie dort eingeben, etwa Formulareingaben und Bestellungen",
      },
    },
    {
      role: "controller",
      scope: {
        en: "data about your visit to our website (IP address, browser and device, the page you came from, what you do on our site), which Squarespace also uses in pseudonymised or aggregated form to run, protect and improve its services",
        de: "Daten über Ihren Besuch auf unserer Website (IP-Adresse, Browser und Gerät, die zuvor besuchte Seite, Ihre Aktivität auf unserer Website), die Squarespace auch pseudonymisiert oder zusammengefasst nutzt, um seine Dienste zu betreiben, zu schützen und zu verbessern",
      },
    },
    {
      role: "controller",
      scope: {
        en: "checking payments made through Squarespace Payments for fraud and other risks",
        de: "die Prüfung von Zahlungen über Squarespace Payments auf Betrug und andere Risiken",
      },
    },
  ],
  urls: {
    website: "https://www.squarespace.com/",
    privacyPolicy: "https://www.squarespace.com/privacy",
    dpa: "https://www.squarespace.com/dpa",
  },
  description: {
    en: "Squarespace is a platform for designing, hosting and running websites, including online stores with a checkout, from templates on its own servers.",
    de: "Squarespace ist eine Plattform, mit der Websites samt Onlineshop und Kasse auf Vorlagen aufgebaut, auf den eigenen Servern des Anbieters gehostet und betrieben werden.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Running our website on a hosted platform, delivering its pages to you and keeping it secure.",
          de: "Unsere Website auf einer gehosteten Plattform zu betreiben, Ihnen ihre Seiten auszuliefern und sie sicher zu halten.",
        },
      },
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To take and handle your order when you buy something in our online store.",
          de: "Um Ihre Bestellung anzunehmen und abzuwickeln, wenn Sie in unserem Onlineshop etwas kaufen.",
        },
      },
    ],
    data: [
      { category: "user.device.ip_address", collected: "automatic" },
      {
        category: "user.device",
        details: {
          en: "browser type and version, operating system, internet provider, device identifiers, language and regional settings",
          de: "Browsertyp und -version, Betriebssystem, Internetanbieter, Gerätekennungen, Sprach- und Regionaleinstellungen",
        },
        collected: "automatic",
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the page you came from and how you use our website: time of your visit, clicks, scrolling, time spent, searches, loading times and errors",
          de: "die Seite, von der Sie kamen, und wie Sie unsere Website nutzen: Zeitpunkt des Besuchs, Klicks, Scrollen, Verweildauer, Suchen, Ladezeiten und Fehler",
        },
        collected: "usage",
      },
      {
        category: "user.name",
        details: { en: "when you order from us", de: "wenn Sie bei uns bestellen" },
        collected: "provided",
      },
      {
        category: "user.contact.address",
        details: { en: "your address, when you order from us", de: "Ihre Anschrift, wenn Sie bei uns bestellen" },
        collected: "provided",
      },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.payment",
        details: { en: "the payment details you give at checkout", de: "die Zahlungsdaten, die Sie an der Kasse angeben" },
        collected: "provided",
      },
    ],
    subjects: ["website_visitor", "customer"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Squarespace, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: PRIVACY_POLICY,
        checked,
      },
      note: {
        en: "Squarespace stores data on servers in the United States. Squarespace, Inc. states that it is certified under the EU-US Data Privacy Framework, its UK Extension and the Swiss-US framework; other recipients outside the EEA sign the EU standard contractual clauses. For the data Squarespace processes on our behalf, its data processing addendum sets the transfer terms.",
        de: "Squarespace speichert Daten auf Servern in den USA. Squarespace, Inc. erklärt, nach dem EU-US-Datenschutzrahmen, dessen Erweiterung für das Vereinigte Königreich und dem Schweiz-US-Rahmen zertifiziert zu sein; andere Empfänger außerhalb des EWR verpflichten sich auf die Standardvertragsklauseln der EU. Für die Daten, die Squarespace in unserem Auftrag verarbeitet, regelt sein Auftragsverarbeitungszusatz die Übermittlung.",
      },
      checked,
    },
  ],
  retention: {
    criteria: {
      en: "Squarespace keeps the data while our Squarespace account is active or as long as needed to run our website, and longer where it must meet legal duties, defend claims or enforce its agreements; it may keep aggregated or anonymised data without limit.",
      de: "Squarespace speichert die Daten, solange unser Squarespace-Konto besteht oder sie für den Betrieb unserer Website nötig sind, und länger, soweit es gesetzliche Pflichten erfüllen, Ansprüche abwehren oder seine Verträge durchsetzen muss; zusammengefasste oder anonymisierte Daten kann es unbegrenzt aufbewahren.",
    },
  },
  deletion: {
    en: "Ask us to delete your data: we can delete it in our Squarespace account. For the visit data Squarespace uses for its own purposes, you can also write to Squarespace at privacy@squarespace.com.",
    de: "Bitten Sie uns, Ihre Daten zu löschen: Wir können sie in unserem Squarespace-Konto löschen. Wegen der Besuchsdaten, die Squarespace für eigene Zwecke nutzt, können Sie sich auch an Squarespace unter privacy@squarespace.com wenden.",
  },
  deviceAccess: [],
  sources: [
    // Squarespace Privacy Policy effective 12 September 2024, as archived by ToS;DR.
    {
      url: PRIVACY_POLICY,
      facts: ["entity", "parent", "role", "urls", "transfers", "activities", "retention", "deletion"],
      checked,
      updated: "2024-09-12",
    },
  ],
  checked,
  unconfirmed: [],
  disagreements: [],
};
