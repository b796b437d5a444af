import type { Processor } from "@policy/core";

const TOSDR = "https://github.com/tosdr/tosdr-versions/blob";
const PRIVACY_POLICY = `${TOSDR}/6fdf351795f32611e69bb554a2b9351127b43679/Dropbox/Merged.md`;
const TERMS = `${TOSDR}/09f335b2170c6ed6b25993ca7835018adaba9bc7/Dropbox/Terms%20of%20Service.md`;
const PRIVACY_FAQ = `${TOSDR}/8a25774b800841b05e9a50374927e45f0e10dfa3/Dropbox/Privacy%20Policy.md`;
const EU_DATA_ACT = "https://help.dropbox.com/security/eu-data-act-information";
const checked = "2026-12-06";

/**
 * Dropbox on a team plan (Dropbox "Team": Standard, Advanced, Business, Enterprise and the like): cloud storage and
 * sharing of files for an organisation, here one in the EU whose files hold other people's data (documents customers or
 * applicants send, contracts, correspondence). A personal plan (Basic, Plus, Essentials) is not this entry: for it
 * Dropbox is a controller in its own right.
 *
 * Read (2026-12-06):
 * - Dropbox Privacy Policy, "Posted: September 26, 2023 / Effective: September 26, 2023", in full, as ToS;DR archived it
 *   (tosdr-versions, Dropbox/Merged.md, commit 6fdf3517). It says:
 *   - role: "Outside of North America, if you are a Dropbox Team customer or use the Dropbox Sign or DocSend team
 *     portions of the Services, Dropbox acts as a processor of your data"; for other users outside North America
 *     "Dropbox International Unlimited Company acts as a controller"; in North America Dropbox, Inc. is the service
 *     provider. A banner notes that a signed Business, Services or Enterprise Agreement may modify the policy.
 *   - transfers: Dropbox may "store, process, and transmit data in the United States and locations around the world";
 *     for data from the EU/EEA, the UK and Switzerland it relies on contracts with customers and affiliates, the
 *     standard contractual clauses, the EU-US Data Privacy Framework with its UK Extension, the Swiss-US framework and
 *     adequacy decisions; "Dropbox has certified to the U.S. Department of Commerce that it adheres to the Principles
 *     of these Data Privacy Frameworks", except for DocSend and Formswift.
 *   - retention: kept as long as the account exists or as needed to provide the services; deletion starts 30 days after
 *     an account is deleted; kept longer where needed for legal obligations, disputes or enforcing agreements.
 *   - contact: the Data Protection Officer at privacy@dropbox.com. No postal address of any Dropbox company.
 * - Dropbox Terms of Service, "Posted: January 17, 2023 / Effective: April 3, 2023" (tosdr-versions, Dropbox/Terms of
 *   Service.md, commit 09f335b2), read in full: "If you reside outside of the United States of America, Canada and
 *   Mexico ("North America") your agreement is with Dropbox International Unlimited Company"; Dropbox Teams (Standard,
 *   Advanced, Enterprise, Education and other teams) are under the organisation's control. The only postal address is
 *   that of Dropbox, Inc.'s copyright agent, 1800 Owens St, San Francisco, CA 94158.
 * - "EU Data Act Information", Dropbox Help Center, "Updated Aug 19, 2025" (stored copy of
 *   help.dropbox.com/security/eu-data-act-information, two parts read): outside North America "the Services are
 *   provided by Dropbox International Unlimited Company, whose infrastructure is subject to the jurisdiction of the
 *   Republic of Ireland"; when an account is deleted, deletion of its files starts after 30 days, and on a team only
 *   the admin can disable an account and delete its files.
 * - "The Dropbox Privacy Policy: frequently asked questions", "Updated Apr 09, 2024" (tosdr-versions, Dropbox/Privacy
 *   Policy.md, commit 8a25774b), read in full: the trusted third parties that receive personal data include Dropbox,
 *   Inc., Amazon Web Services, Inc., Google LLC, Oracle America Inc. and others; the 30-day deletion after an account
 *   is deleted; on a team only the admin deletes files.
 *
 * Left out, and why:
 * - The address of Dropbox International Unlimited Company: no Dropbox document read gives it. The address below
 *   (One Park Place, Upper Hatch Street, Dublin 2) is what third-party records give (the datenanfragen record, which
 *   cites Dropbox's 2018 privacy policy and a German imprint page that could not be read); it is kept as unconfirmed.
 * - The Dropbox Business Agreement and its data processing terms (dropbox.com/business_agreement): not among the stored
 *   copies; only third-party copies of 2014-2017 versions exist. So the company named as processor in it, its
 *   sub-processor list and its transfer clauses are not read; the privacy policy says only "Dropbox" acts as processor
 *   for team customers outside North America, and the terms and the Data Act page say the services there are provided
 *   by Dropbox International Unlimited Company.
 * - Parent: no Dropbox document read names Dropbox, Inc. as the parent of the Irish company; Dropbox, Inc. is named as
 *   a recipient (FAQ) and is the transfer's recipient below.
 * - Which other countries "around the world" data may go to: not named in any document read; only the United States is.
 * - The certified company on the DPF List: the list entry was not read. The privacy policy's statement speaks of
 *   "Dropbox"; its US company is Dropbox, Inc., which the transfer names as recipient.
 * - Cookies and domains: Dropbox's cookie article concerns Dropbox's own websites; storing files in Dropbox puts no
 *   Dropbox cookie or host on our website.
 * - EU data residency for team plans: mentioned only by third-party pages, not confirmed.
 */
export const dropbox: Processor = {
  id: "dropbox",
  name: "Dropbox",
  aliases: ["Dropbox Business", "Dropbox Team", "Dropbox International Unlimited Company"],
  categories: ["hosting", "collaboration"],
  entity: {
    name: "Dropbox International Unlimited Company",
    address: { street: "One Park Place, Upper Hatch Street", city: "Dublin", country: "IE" },
    email: "privacy@dropbox.com",
    url: "https://www.dropbox.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.dropbox.com/",
    privacyPolicy: "https://www.dropbox.com/privacy",
  },
  description: {
    en: "Dropbox is a cloud service for storing, syncing and sharing files; on a team plan the organisation's files are kept in Dropbox for the organisation and its staff.",
    de: "Dropbox ist ein Cloud-Dienst zum Speichern, Synchronisieren und Teilen von Dateien; bei einem Team-Tarif verwahrt Dropbox die Dateien der Organisation für diese und ihre Beschäftigten.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.operations",
        legalBasis: "A6-1-f",
        description: {
          en: "To store the documents and files we work with in a cloud service our team can reach from anywhere and share among itself.",
          de: "Um die Unterlagen und Dateien, mit denen wir arbeiten, in einem Cloud-Dienst abzulegen, auf den unser Team von überall zugreifen und den es gemeinsam nutzen kann.",
        },
        legitimateInterest: {
          en: "Keeping our documents in one place, safely backed up and available to the people in our team who need them.",
          de: "Unsere Unterlagen an einem Ort, sicher gespeichert und gesichert und für die Personen in unserem Team verfügbar zu halten, die sie brauchen.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact", collected: "provided" },
      {
        category: "user.content.private",
        details: {
          en: "documents and files you send us or that we create in dealing with you, such as correspondence, contracts and attachments",
          de: "Unterlagen und Dateien, die Sie uns senden oder die bei der Zusammenarbeit mit Ihnen bei uns entstehen, etwa Schriftverkehr, Verträge und Anhänge",
        },
        collected: "provided",
      },
    ],
    subjects: ["customer", "contact_person"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "Dropbox, Inc.",
      mechanism: "EU-US-DPF",
      certification: {
        frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
        source: PRIVACY_POLICY,
        checked,
      },
      note: {
        en: "Dropbox may store and process data in the United States, where Dropbox, Inc. is based. Dropbox states that it is certified under the EU-US Data Privacy Framework, its UK Extension and the Swiss-US framework; it also names the EU standard contractual clauses and its contracts with customers among the grounds it uses.",
        de: "Dropbox kann Daten in den USA speichern und verarbeiten, wo die Dropbox, Inc. ihren Sitz hat. Dropbox erklärt, nach dem EU-US-Datenschutzrahmen, dessen Erweiterung für das Vereinigte Königreich und dem Schweiz-US-Rahmen zertifiziert zu sein; daneben nennt es die Standardvertragsklauseln der EU und seine Verträge mit Kunden als Grundlagen, auf die es sich stützt.",
      },
      checked,
    },
  ],
  retention: {
    criteria: {
      en: "Files stay in our Dropbox account for as long as we keep them there and the account exists; when an account is deleted, Dropbox starts deleting its files after 30 days. Dropbox may keep data longer where it needs it to meet legal duties, settle disputes or enforce its agreements.",
      de: "Dateien bleiben in unserem Dropbox-Konto, solange wir sie dort aufbewahren und das Konto besteht; wird ein Konto gelöscht, beginnt Dropbox nach 30 Tagen mit dem Löschen seiner Dateien. Länger kann Dropbox Daten aufbewahren, soweit es sie für gesetzliche Pflichten, die Klärung von Streitigkeiten oder die Durchsetzung seiner Verträge braucht.",
    },
  },
  deletion: {
    en: "Dropbox keeps these files for us and on our instructions: ask us if you want your documents deleted.",
    de: "Dropbox verwahrt diese Dateien für uns und nach unseren Weisungen: Wenden Sie sich an uns, wenn Ihre Unterlagen gelöscht werden sollen.",
  },
  deviceAccess: [],
  sources: [
    // Dropbox Privacy Policy, effective 26 September 2023, as archived by ToS;DR (read in full).
    {
      url: PRIVACY_POLICY,
      facts: ["entity", "role", "urls", "transfers", "activities", "retention", "deletion"],
      checked,
      updated: "2023-09-26",
    },
    // Dropbox Terms of Service, effective 3 April 2023, as archived by ToS;DR (read in full): the contracting company
    // outside North America.
    { url: TERMS, facts: ["entity", "urls"], checked, updated: "2023-04-03" },
    // Dropbox Help Center, "EU Data Act Information" (stored copy of this address, two parts read): the company providing
    // the services outside North America; deletion after an account is deleted.
    { url: EU_DATA_ACT, facts: ["entity", "retention", "deletion"], checked, updated: "2025-08-19" },
    // Dropbox Privacy Policy FAQ, updated 9 April 2024, as archived by ToS;DR (read in full): Dropbox, Inc. among the
    // recipients; deletion on teams.
    { url: PRIVACY_FAQ, facts: ["transfers", "retention", "deletion"], checked, updated: "2024-04-09" },
  ],
  checked,
  unconfirmed: [
    {
      fact: "transfers",
      note: 'Dropbox\'s privacy policy says it may store, process and transmit data in the United States and "locations around the world"; it names only the United States, so the list may not be complete.',
    },
    {
      fact: "entity.address",
      note: "No Dropbox document read gives the address of Dropbox International Unlimited Company (privacy policy, terms, privacy FAQ, EU Data Act page). One Park Place, Upper Hatch Street, Dublin 2 is what third-party records give (the datenanfragen record adds 'Floor 5' and cites Dropbox's 2018 privacy policy and German imprint, neither of which could be read). Checked 2026-12-06.",
    },
  ],
  disagreements: [],
};
