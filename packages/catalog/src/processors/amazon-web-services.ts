import type { Processor } from "@policy/core";

/**
 * Amazon Web Services: cloud servers, storage, databases and content delivery.
 *
 * Entity: the datenanfragen record (Amazon Web Services EMEA SARL, Luxembourg), which cites aws.amazon.com/privacy.
 * AWS's own privacy notice (last updated 1 September 2022, the newest copy Open Terms Archive holds that we could
 * read) gives the same address with the postal code written "L-1855", which we now follow instead of the record's
 * "1855"; it also calls the Luxembourg company the authorised representative of Amazon Web Services, Inc. in the EEA.
 *
 * Parent: Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210, the mailing address that privacy
 * notice gives; it says the company is located in the United States. The notice covers AWS's own customer and visitor
 * data, not the content customers store, and names no transfer mechanism ("in accordance with applicable data
 * protection laws"). The US transfer below rests on AWS's own statements that customers choose the regions their
 * content is stored in and that AWS's data processing addendum contains the standard contractual clauses for
 * transfers out of the EU.
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
    url: "https://aws.amazon.com",
  },
  parent: {
    name: "Amazon Web Services, Inc.",
    address: { street: "410 Terry Avenue North", postalCode: "98109-5210", city: "Seattle", region: "WA", country: "US" },
    url: "https://aws.amazon.com",
  },
  role: "processor",
  urls: {
    website: "https://aws.amazon.com",
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
  transfers: [
    {
      country: "US",
      mechanism: "A46-2-c",
      note: {
        en: "Only if we choose a region outside the EEA, or where AWS needs it to run the service or must by law; AWS's data processing addendum contains the EU standard contractual clauses.",
        de: "Nur wenn wir eine Region außerhalb des EWR wählen oder AWS dies für den Betrieb des Dienstes benötigt oder gesetzlich muss; AWS' Vertrag zur Auftragsverarbeitung enthält die EU-Standardvertragsklauseln.",
      },
      checked: "2026-11-29",
    },
  ],
  deviceAccess: [
    {
      name: "AWSALB",
      technology: "cookie",
      purpose: { en: "Sends the visitor back to the same server behind AWS's load balancer.", de: "Leitet Besucher hinter dem Lastverteiler von AWS wieder zum selben Server." },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "AWSALBCORS",
      technology: "cookie",
      purpose: { en: "The same server binding, for requests made from other sites' scripts.", de: "Dieselbe Serverbindung für Anfragen aus Skripten anderer Websites." },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "AWSALBTG",
      technology: "cookie",
      purpose: { en: "Keeps the visitor on one server within a target group of the load balancer.", de: "Hält Besucher innerhalb einer Zielgruppe des Lastverteilers auf einem Server." },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "AWSALBTGCORS",
      technology: "cookie",
      purpose: { en: "Target-group server binding for cross-site requests.", de: "Serverbindung innerhalb der Zielgruppe für websiteübergreifende Anfragen." },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "AWSELB",
      technology: "cookie",
      purpose: { en: "Links the session to one server behind AWS's classic load balancer.", de: "Verbindet die Sitzung mit einem Server hinter dem klassischen Lastverteiler von AWS." },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "AWSELBCORS",
      technology: "cookie",
      purpose: { en: "Classic load balancer binding for cross-site requests.", de: "Bindung an den klassischen Lastverteiler für websiteübergreifende Anfragen." },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/amazon-aws.json",
      facts: ["entity", "urls"],
    },
    // AWS Privacy Notice, last updated 1 September 2022, as archived by Open Terms Archive: the EEA controller's and
    // Amazon Web Services, Inc.'s addresses.
    {
      url: "https://github.com/OpenTermsArchive/contrib-versions/blob/00405e52007b5fc9858cc344032d0920efa9dced/Amazon%20Web%20Services/Privacy%20Policy.md",
      facts: ["entity", "parent"],
    },
    { url: "https://docs.aws.amazon.com/whitepapers/latest/navigating-gdpr-compliance/aws-data-processing-addendum-dpa.html", facts: ["transfers"] },
    { url: "https://aws.amazon.com/compliance/eu-data-protection/", facts: ["activities", "transfers"] },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
