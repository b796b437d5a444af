import type { Processor } from "@policy/core";

const PRIVACY_POLICY_PL = "https://www.mailerlite.com/pl/legal/privacy-policy";
const DPA = "https://www.mailerlite.com/legal/data-processing-agreement";

/**
 * MailerLite: newsletters, sign-up forms, pop-ups and landing pages for small businesses and creators; for customers
 * billed in the EEA, the UK or Switzerland it is run by MailerLite Limited in Dublin.
 *
 * Read (2026-12-06):
 * - MailerLite's privacy policy, Polish version (stored copy of mailerlite.com/pl/legal/privacy-policy, pages corpus,
 *   opening part, undated): "MailerLite" means "MailerLite Limited, spółkę zarejestrowaną w Irlandii pod adresem 38
 *   Mount Street Upper, Dublin 2, D02 PR89 Irlandia", where the customer's billing address in the order form is in the
 *   EEA, the UK or Switzerland; as MailerLite it processes personal data "jako Podmiot Przetwarzający Dane w imieniu
 *   Klienta" (as a processor on the customer's behalf). The English version was not stored.
 * - MailerLite's Data Processing Addendum (stored copies of mailerlite.com/legal/data-processing-agreement and the same
 *   page without "www", opening part, undated): it supplements the Terms of Use between the customer and "MailerLite
 *   (together with subsidiary(ies))" where the GDPR applies; § 1.4: "Customer Data" is personal data MailerLite
 *   "Processes on behalf of the Customer as a Data Processor". The clauses on sub-processors and transfers were not in
 *   the stored part.
 * - Help centre, "Everything about unsubscribed recipients" (stored copy, undated): subscribers unsubscribe through the
 *   link in the newsletter's footer and are then removed from the active list and no longer receive newsletters or
 *   automation e-mails; they stay listed as unsubscribed.
 * - Help centre, "How to enable and disable tracking options" (stored copy, undated): all e-mail tracking is on by
 *   default; opens are tracked "using an invisible beacon", clicks are tracked and reported even when open tracking is
 *   switched off; opens are also reported by location.
 * - Help centre, "Which cookies are used by MailerLite forms" (stored copy, undated): survey forms store ml_guid in
 *   localStorage; pop-up forms use mailerlite:webform:shown, mailerlite:session_id and
 *   mailerlite:forms:submitted:[ID]; landing pages place only essential cookies. No lifetimes are given.
 *
 * Left out, and why:
 * - Transfers: none listed. The DPA's clauses on sub-processors and international transfers and MailerLite's
 *   sub-processor list were not readable here; third-party pages (consent-tool vendor pages) describe hosting in the
 *   EU but are not sources. A reviewer who can read the DPA should add any transfer it names.
 * - Device access: the form cookies and the ml_guid storage key are named by MailerLite, but with no lifetime in any
 *   document read, so they are not listed (a lifetime would have to be guessed).
 * - Parent: MailerLite, Inc. (for customers outside Europe) appears only in third-party notes; no document read says it
 *   receives data of European customers' subscribers.
 * - Retention: no period stated in the parts read.
 */
export const mailerlite: Processor = {
  id: "mailerlite",
  name: "MailerLite",
  aliases: [],
  categories: ["newsletter"],
  entity: {
    name: "MailerLite Limited",
    address: { street: "38 Mount Street Upper", postalCode: "D02 PR89", city: "Dublin 2", country: "IE" },
    url: "https://www.mailerlite.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.mailerlite.com/",
    privacyPolicy: "https://www.mailerlite.com/legal/privacy-policy",
    dpa: DPA,
  },
  description: {
    en: "MailerLite is an e-mail marketing service for newsletters and automated e-mails, with sign-up forms, pop-ups and landing pages and reports on opens and clicks.",
    de: "MailerLite ist ein E-Mail-Marketing-Dienst für Newsletter und automatisierte E-Mails, mit Anmeldeformularen, Pop-ups und Landingpages sowie Auswertungen zu Öffnungen und Klicks.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.communications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "To send you the newsletter you subscribed to.",
          de: "Um Ihnen den Newsletter zu senden, den Sie abonniert haben.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To see how many recipients open each newsletter and which links they click.",
          de: "Um zu sehen, wie viele Empfänger einen Newsletter öffnen und welche Links sie anklicken.",
        },
      },
    ],
    data: [
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.name",
        details: { en: "if the sign-up form asks for it", de: "wenn das Anmeldeformular danach fragt" },
        collected: "provided",
      },
      {
        category: "user.behavior",
        details: {
          en: "whether you opened a newsletter and which of its links you clicked",
          de: "ob Sie einen Newsletter geöffnet und welche Links Sie darin angeklickt haben",
        },
        collected: "usage",
      },
      {
        category: "user.location.imprecise",
        details: { en: "roughly where a newsletter was opened", de: "ungefähr, wo ein Newsletter geöffnet wurde" },
      },
    ],
    subjects: ["newsletter_subscriber"],
  },
  domains: [],
  transfers: [],
  deletion: {
    en: "Our newsletters have an unsubscribe link in the footer. After you use it, you no longer receive our newsletters or automated e-mails; your address stays marked as unsubscribed so that it is not written to again. To have it deleted entirely, ask us.",
    de: "Unsere Newsletter enthalten in der Fußzeile einen Abmeldelink. Danach erhalten Sie keine Newsletter und keine automatisierten E-Mails mehr von uns; Ihre Adresse bleibt als abgemeldet markiert, damit sie nicht erneut angeschrieben wird. Wenn Sie sie vollständig löschen lassen möchten, wenden Sie sich an uns.",
  },
  deviceAccess: [],
  sources: [
    // Privacy policy, Polish version, undated: stored copy, opening part (entity for EEA/UK/Swiss customers, processor role).
    { url: PRIVACY_POLICY_PL, facts: ["entity", "role", "urls"], checked: "2026-12-06" },
    // Data Processing Addendum, undated: stored copy, opening part (processor for Customer Data).
    { url: DPA, facts: ["role", "urls"], checked: "2026-12-06" },
    // Help centre: unsubscribed recipients, stored copy, undated.
    { url: "https://www.mailerlite.com/help/everything-about-unsubscribed-recipients", facts: ["deletion"], checked: "2026-12-06" },
    // Help centre: tracking options, stored copy, undated (opens tracked with an invisible beacon, clicks always tracked).
    { url: "https://www.mailerlite.com/help/how-to-enable-and-disable-tracking", facts: ["activities"], checked: "2026-12-06" },
    // Help centre: cookies used by MailerLite forms, stored copy, undated (names only; see "Left out").
    { url: "https://www.mailerlite.com/help/which-cookies-are-used-by-mailerlite-forms", facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "MailerLite's data processing agreement could be read only up to its definitions (section 1.7), and its sub-processor list was not read: no MailerLite document read says whether, or where, the data leaves the EU/EEA.",
    },
    {
      fact: "entity.address",
      note: "38 Mount Street Upper, Dublin 2, D02 PR89 is the address in MailerLite's own privacy policy (Polish version, undated stored copy). Customers' privacy policies found in public code give other Dublin addresses for MailerLite Limited (71 Lower Baggot Street, D02 P593; 88 Harcourt Street, D02 DK18), so the current address should be checked against MailerLite's English privacy policy or DPA.",
    },
  ],
  disagreements: [],
};
