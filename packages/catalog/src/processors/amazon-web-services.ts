import type { Processor } from "@policy/core";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";
const PRIVACY_NOTICE =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/cff1be7f0e85925e02b3fa4743002e1e03a03dba/Amazon%20Web%20Services/Privacy%20Policy.md";
const ALB_STICKY =
  "https://github.com/awsdocs/elb-application-load-balancers-user-guide/blob/0dd1976374b32865c2fbee481ed27b3824c22298/doc_source/sticky-sessions.md";
const CLB_STICKY =
  "https://github.com/awsdocs/elb-classic-load-balancers-user-guide/blob/0ca7bcc534e14969174f5ce4c4f5bc66dba78d7d/doc_source/elb-sticky-sessions.md";
const TG_STICKY = "https://docs.aws.amazon.com/sdk-for-sap-abap/v1/api/latest/el2/model/_AWS1_CL_EL2TGTGRSTICKINESSCFG.html";

/**
 * Amazon Web Services: cloud servers, storage, databases and content delivery.
 *
 * Read:
 * - AWS Privacy Notice, last updated 18 May 2026 (Open Terms Archive, contrib-versions, commit cff1be7f of 18 May
 *   2026), in full: "When Amazon Web Services EMEA SARL is the provider of an AWS Offering, Amazon Web Services EMEA
 *   SARL, 38 Avenue John F. Kennedy, L-1855, Luxembourg, is the data controller" (for AWS's own customer and visitor
 *   data; the notice does not apply to the content customers process on AWS); EMEA SARL is "the authorized
 *   representative of Amazon Web Services, Inc. in the EEA"; DPO aws-EU-privacy@amazon.com; "Amazon Web Services, Inc.
 *   is located in the United States", mailing address 410 Terry Avenue North, Seattle, WA 98109-5210; "Amazon Web
 *   Services, Inc. participates in the EU-US Data Privacy Framework, the UK Extension to the EU-US Data Privacy
 *   Framework, and the Swiss-US Data Privacy Framework".
 * - AWS Service Terms, last updated 20 August 2026 (contrib-versions, commit 48abc9a7): § 1.9 refers to the "AWS
 *   Contracting Party (as defined in the AWS Customer Agreement)"; § 20.1.6 names Amazon Web Services EMEA SARL,
 *   38 Avenue John F. Kennedy, L-1855 Luxembourg, as the AWS Contracting Party for the countries of Europe, the Middle
 *   East and Africa (except South Africa and Turkey) from 1 January 2022 (there for AWS Marketplace purchases).
 * - AWS whitepaper "Navigating GDPR Compliance on AWS", section "In detail" (read in a stored copy of
 *   docs.aws.amazon.com served through a mirror host): "AWS's European seller of record (Amazon Web Services EMEA SARL),
 *   based in Luxembourg, is the AWS contracting party that provides AWS services to customers who have AWS accounts
 *   associated with Europe, the Middle East and Africa (other than South Africa)"; under the AWS DPA, AWS does not move
 *   customer data out of the region the customer chose unless needed to provide the service or required by law. Its
 *   section on the AWS Data Processing Addendum: the GDPR DPA applies automatically to all customers who need it, and
 *   customers can rely on the standard contractual clauses it contains. The DPA itself (d1.awsstatic.com/legal/aws-dpa/
 *   aws-dpa.pdf) was not stored; third-party copies of it say "AWS will act as processor".
 * - aws.amazon.com/legal/aws-contracting-party (stored copy, opening part only; the EMEA row was cut off, so it is not
 *   cited).
 * - AWS's load-balancer guides (awsdocs repositories on GitHub): duration-based stickiness sets AWSALB (and, for CORS
 *   requests, AWSALBCORS) for a duration the operator specifies between 1 second and 7 days; AWSALBTG is a name
 *   reserved by the load balancer; target-group stickiness lasts 1 to 604,800 seconds as the operator sets it (AWS
 *   SDK reference); the Classic Load Balancer's AWSELB lasts the expiration period the operator sets, or the browser
 *   session if none is set.
 *
 * Re-checked 2026-12-06:
 * - Entity: no change (Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg); now from the May
 *   2026 notice, the Service Terms and the GDPR whitepaper instead of the datenanfragen record and the 2022 notice.
 * - Parent: no change (Amazon Web Services, Inc., 410 Terry Avenue North, Seattle), from the May 2026 notice.
 * - Role: processor, no change (GDPR whitepaper; the DPA text itself was read only in third-party copies).
 * - Transfers: the US transfer to Amazon Web Services, Inc. now rests on the Data Privacy Framework (was: standard
 *   contractual clauses only): the May 2026 notice says Amazon Web Services, Inc. participates in the EU-US DPF, the
 *   UK Extension and the Swiss-US DPF; the DPA's standard contractual clauses stay in the note. No stored copy of the
 *   DPF List entry was found, so the notice is the certification source.
 * - Device access: the ALB cookies' lifetime is set by the operator of the load balancer, not by AWS: AWSALB and
 *   AWSALBCORS now show AWS's upper limit of 7 days (was "session"), marked unconfirmed, with the Open Cookie
 *   Database's "session" recorded as a disagreement; AWSALBTG and AWSALBTGCORS likewise (AWS documents no lifetime for
 *   them beyond the target-group stickiness setting); AWSELB and AWSELBCORS keep "session", AWS's default when the
 *   operator sets no expiration period, marked unconfirmed. All stay first-party (set on the operator's domain).
 * - Sources: the datenanfragen record, the 2022 notice and aws.amazon.com/compliance/eu-data-protection (not re-read)
 *   are no longer cited.
 * - Unconfirmed: the cookie lifetimes above. No change to activities, urls or the DPO e-mail (from the May 2026 notice).
 */
export const amazonWebServices: Processor = {
  id: "amazon-web-services",
  name: "Amazon Web Services",
  aliases: ["AWS", "Amazon EC2", "Amazon S3"],
  categories: ["hosting"],
  entity: {
    name: "Amazon Web Services EMEA SARL",
    address: { street: "38 Avenue John F. Kennedy", postalCode: "L-1855", city: "Luxembourg", country: "LU" },
    email: "aws-EU-privacy@amazon.com",
    url: "https://aws.amazon.com/",
  },
  parent: {
    name: "Amazon Web Services, Inc.",
    address: { street: "410 Terry Avenue North", postalCode: "98109-5210", city: "Seattle", region: "WA", country: "US" },
    url: "https://aws.amazon.com/",
  },
  role: "processor",
  urls: {
    website: "https://aws.amazon.com/",
    privacyPolicy: "https://aws.amazon.com/privacy/",
  },
  description: {
    en: "Amazon Web Services rents out virtual servers, storage, databases and many other cloud services, run in data centre regions its customers pick.",
    de: "Amazon Web Services vermietet virtuelle Server, Speicher, Datenbanken und viele weitere Cloud-Dienste, betrieben in Rechenzentrumsregionen nach Wahl der Kunden.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Running our website and services on rented cloud infrastructure that is secure and scales with demand.",
          de: "Unsere Website und Dienste auf gemieteter, sicherer Cloud-Infrastruktur zu betreiben, die mit dem Bedarf wächst.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "the request your browser sends: page or file, time, browser and operating system",
          de: "die Anfrage Ihres Browsers: Seite oder Datei, Uhrzeit, Browser und Betriebssystem",
        },
      },
      {
        category: "user.content",
        details: { en: "whatever our site stores about you on these servers", de: "was unsere Website auf diesen Servern über Sie speichert" },
        collected: "content",
      },
    ],
    subjects: ["website_visitor", "user"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Amazon Web Services, Inc.",
      mechanism: "EU-US-DPF",
      certification: { frameworks: ["EU-US", "UK-Extension", "Swiss-US"], source: PRIVACY_NOTICE, checked: "2026-12-06" },
      note: {
        en: "Only if we choose a region outside the EEA, or where AWS needs it to run the service or must by law. Amazon Web Services, Inc. participates in the EU-US Data Privacy Framework, as AWS's privacy notice states; AWS's data processing addendum also contains the EU standard contractual clauses.",
        de: "Nur wenn wir eine Region außerhalb des EWR wählen oder AWS dies für den Betrieb des Dienstes benötigt oder gesetzlich muss. Amazon Web Services, Inc. nimmt nach AWS' Datenschutzhinweis am EU-US-Datenschutzrahmen teil; AWS' Vertrag zur Auftragsverarbeitung enthält zudem die EU-Standardvertragsklauseln.",
      },
      checked: "2026-12-06",
    },
  ],
  deviceAccess: [
    {
      name: "AWSALB",
      technology: "cookie",
      purpose: {
        en: "Sends the visitor back to the same server behind AWS's load balancer.",
        de: "Leitet Besucher hinter dem Lastverteiler von AWS wieder zum selben Server.",
      },
      duration: "P7D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "AWSALBCORS",
      technology: "cookie",
      purpose: {
        en: "The same server binding, for requests made from other sites' scripts.",
        de: "Dieselbe Serverbindung für Anfragen aus Skripten anderer Websites.",
      },
      duration: "P7D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "AWSALBTG",
      technology: "cookie",
      purpose: {
        en: "Keeps the visitor on one server within a target group of the load balancer.",
        de: "Hält Besucher innerhalb einer Zielgruppe des Lastverteilers auf einem Server.",
      },
      duration: "P7D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "AWSALBTGCORS",
      technology: "cookie",
      purpose: {
        en: "Target-group server binding for cross-site requests.",
        de: "Serverbindung innerhalb der Zielgruppe für websiteübergreifende Anfragen.",
      },
      duration: "P7D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "AWSELB",
      technology: "cookie",
      purpose: {
        en: "Links the session to one server behind AWS's classic load balancer.",
        de: "Verbindet die Sitzung mit einem Server hinter dem klassischen Lastverteiler von AWS.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "AWSELBCORS",
      technology: "cookie",
      purpose: {
        en: "Classic load balancer binding for cross-site requests.",
        de: "Bindung an den klassischen Lastverteiler für websiteübergreifende Anfragen.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    // AWS Privacy Notice, last updated 18 May 2026, as archived by Open Terms Archive.
    { url: PRIVACY_NOTICE, facts: ["entity", "parent", "urls", "transfers"], checked: "2026-12-06", updated: "2026-05-18" },
    // AWS Service Terms, last updated 20 August 2026, as archived by Open Terms Archive: the AWS Contracting Party for EMEA.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/48abc9a7a78b6e94c40f6c63d0c18f3f4f338e83/Amazon%20Web%20Services/Terms%20of%20Service.md",
      facts: ["entity"],
      checked: "2026-12-06",
      updated: "2026-08-20",
    },
    // Read in a stored copy served through a mirror host of docs.aws.amazon.com.
    {
      url: "https://docs.aws.amazon.com/whitepapers/latest/navigating-gdpr-compliance/in-detail.html",
      facts: ["entity", "transfers", "activities"],
      checked: "2026-12-06",
    },
    {
      url: "https://docs.aws.amazon.com/whitepapers/latest/navigating-gdpr-compliance/aws-data-processing-addendum-dpa.html",
      facts: ["role", "transfers"],
      checked: "2026-12-06",
    },
    { url: ALB_STICKY, facts: ["device-access"], checked: "2026-12-06" },
    { url: CLB_STICKY, facts: ["device-access"], checked: "2026-12-06" },
    { url: TG_STICKY, facts: ["device-access"], checked: "2026-12-06" },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "deviceAccess[0].duration",
      note: "Set by the operator of the load balancer: AWS's guide lets the stickiness duration range from 1 second to 7 days (the longest is shown). Check the target group's stickiness setting.",
    },
    {
      fact: "deviceAccess[1].duration",
      note: "AWSALBCORS carries the same information as AWSALB (AWS's guide), so its lifetime is the operator's stickiness duration, 1 second to 7 days.",
    },
    {
      fact: "deviceAccess[2].duration",
      note: "AWS reserves the name AWSALBTG for the load balancer but documents no lifetime for it; target-group stickiness lasts 1 second to 7 days as the operator sets it (AWS SDK reference).",
    },
    {
      fact: "deviceAccess[3].duration",
      note: "No AWS document read names AWSALBTGCORS; shown like AWSALBTG, whose lifetime the operator sets (1 second to 7 days).",
    },
    {
      fact: "deviceAccess[4].duration",
      note: "AWS's Classic Load Balancer guide: the cookie lasts the expiration period the operator sets, or the browser session if none is set (shown).",
    },
    {
      fact: "deviceAccess[5].duration",
      note: "No AWS document read names AWSELBCORS; shown like AWSELB (the Open Cookie Database says session).",
    },
  ],
  disagreements: [
    { fact: "deviceAccess[0].duration", value: "session", source: OCD },
    { fact: "deviceAccess[1].duration", value: "session", source: OCD },
    { fact: "deviceAccess[2].duration", value: "session", source: OCD },
    { fact: "deviceAccess[3].duration", value: "session", source: OCD },
  ],
};
