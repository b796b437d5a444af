import type { Processor } from "@policy/core";

const TERMS = "https://www.activecampaign.com/ca/legal/terms-of-service";
const BRAZIL_SCC = "https://www.activecampaign.com/it/legal/brazilscc";
const GDPR_PAGE = "https://www.activecampaign.com/de/legal/gdpr-updates/privacy-shield";
const HOSTING_POLICY = "https://marketing.staging.app-us1.com/legal/mrdc-policy";
const SITE_TRACKING_HELP = "https://help.activecampaign.com/hc/en-us/articles/360000872064-Site-tracking-and-the-GDPR";
const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";

/**
 * ActiveCampaign: e-mail marketing, marketing automation and CRM, with site tracking that links a contact's visits to
 * the website to their record, from ActiveCampaign, LLC in Chicago.
 *
 * Read (2026-12-06):
 * - ActiveCampaign Terms of Service, "Last Updated: October 20, 2023" (stored copy of
 *   activecampaign.com/ca/legal/terms-of-service, opening part): the services are "provided by ActiveCampaign, LLC".
 *   No separate EU contracting entity is named in the part read.
 * - ActiveCampaign Privacy Policy, "Last Updated: January 17, 2024" (stored copy of activecampaign.com/legal/privacy-policy,
 *   opening part): the policy "does not apply where we process personal information as a data processor or service
 *   provider on behalf of our clients", such as the contacts clients import ("Contact Data"); names the group
 *   companies (among them ActiveCampaign Ireland Limited).
 * - ActiveCampaign Data Processing Addendum template (only a copy on a customer's site, autoinfoo.com/dpa.html, was
 *   stored; a lead): between the client and "ActiveCampaign, LLC"; "Company is a processor and/or service provider".
 * - Schedule 4 to the ActiveCampaign DPA, Brazil SCCs, "Last Updated: October 31, 2025" (stored copy of
 *   activecampaign.com/it/legal/brazilscc): importer (processor) "ActiveCampaign, LLC", "1 North Dearborn Street, Fifth
 *   Floor, Chicago, IL 60302"; onward transfers to the sub-processors on ActiveCampaign's sub-processor page.
 * - GDPR information page (stored copy of activecampaign.com/de/legal/gdpr-updates/privacy-shield, opening part,
 *   English text): the DPA uses the new EU standard contractual clauses (and the UK Addendum), signable in the account
 *   settings; it announces ActiveCampaign's "response" to the EU-US Data Privacy Framework further down, which the
 *   stored part does not reach.
 * - Multi-Regional Data Hosting Policy, "Last Updated: March 28, 2024" (stored copy on ActiveCampaign's own host
 *   marketing.staging.app-us1.com, the page published as activecampaign.com/legal/mrdc-policy; opening part): since 19
 *   February 2024 eligible customers can host Contact Data in ActiveCampaign's EU data centre; some services and
 *   processing ("Exclusions") continue outside the region.
 * - Help centre, "Site tracking and the GDPR" (stored copy, undated): site tracking records the pages a contact visits
 *   and the IP address and links them to the contact record; it is used for segments, targeted campaigns, site
 *   messages and attribution. No cookie is named.
 * - Help centre, "How to manage unsubscribes and list associations in automations" (stored copy, undated): contacts who
 *   click the unsubscribe link get an unsubscribed status for the lists set for that automation (all lists by default).
 * - The Open Cookie Database (commit 0ee5a17f): ac_enable_tracking (29 days) and prism_ (30 days), both citing
 *   ActiveCampaign's GDPR page, which names neither in the part stored.
 *
 * Left out, and why:
 * - Data Privacy Framework: ActiveCampaign's statement on it was not in the stored part, so the US transfer rests on
 *   the standard contractual clauses the GDPR page confirms; no certification is claimed.
 * - Parent and representative: none named in the documents read.
 * - Retention: no period stated in the parts read.
 * - Domains: the tracking hosts appear only on third-party pages.
 */
export const activecampaign: Processor = {
  id: "activecampaign",
  name: "ActiveCampaign",
  aliases: ["Active Campaign"],
  categories: ["newsletter", "crm"],
  entity: {
    name: "ActiveCampaign, LLC",
    address: { street: "1 North Dearborn Street, Fifth Floor", postalCode: "60302", city: "Chicago", region: "IL", country: "US" },
    url: "https://www.activecampaign.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.activecampaign.com/",
    privacyPolicy: "https://www.activecampaign.com/legal/privacy-policy",
  },
  description: {
    en: "ActiveCampaign is a US platform for e-mail marketing, marketing automation and customer relationship management; its site tracking links the pages a contact visits to their record.",
    de: "ActiveCampaign ist eine US-amerikanische Plattform für E-Mail-Marketing, Marketing-Automatisierung und Kundenbeziehungsmanagement; ihr Site-Tracking ordnet die Seiten, die ein Kontakt besucht, seinem Datensatz zu.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.communications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "To send you our newsletter and automated e-mails you agreed to receive.",
          de: "Um Ihnen unseren Newsletter und automatisierte E-Mails zu schicken, denen Sie zugestimmt haben.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To learn how our e-mails are received and, if you agreed to site tracking, which pages of our website you visit, so that we can send you e-mails that match your interests.",
          de: "Um zu erfahren, wie unsere E-Mails ankommen, und, wenn Sie dem Site-Tracking zugestimmt haben, welche Seiten unserer Website Sie besuchen, damit wir Ihnen passende E-Mails schicken können.",
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
        category: "user.device.ip_address",
        details: { en: "recorded by site tracking", de: "wird beim Site-Tracking erfasst" },
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the pages of our website you visit, linked to your contact record, if site tracking is on",
          de: "die Seiten unserer Website, die Sie besuchen, verknüpft mit Ihrem Kontaktdatensatz, wenn das Site-Tracking aktiv ist",
        },
        collected: "usage",
      },
    ],
    subjects: ["newsletter_subscriber", "website_visitor"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: "ActiveCampaign, LLC",
      mechanism: "A46-2-c",
      note: {
        en: "ActiveCampaign's data processing addendum includes the EU standard contractual clauses. Since February 2024 eligible customers can have their contacts' data hosted in ActiveCampaign's EU data centre, though some processing still takes place outside the EU.",
        de: "Der Auftragsverarbeitungsvertrag von ActiveCampaign enthält die Standardvertragsklauseln der EU. Seit Februar 2024 können berechtigte Kunden die Daten ihrer Kontakte im EU-Rechenzentrum von ActiveCampaign speichern lassen; ein Teil der Verarbeitung findet aber weiterhin außerhalb der EU statt.",
      },
      checked: "2026-12-06",
    },
  ],
  deletion: {
    en: "Our e-mails contain an unsubscribe link; after you use it, you are marked as unsubscribed and receive no more of those e-mails. To have your data deleted entirely, ask us.",
    de: "Unsere E-Mails enthalten einen Abmeldelink; danach werden Sie als abgemeldet geführt und erhalten diese E-Mails nicht mehr. Wenn Sie Ihre Daten vollständig löschen lassen möchten, wenden Sie sich an uns.",
  },
  deviceAccess: [
    {
      name: "ac_enable_tracking",
      technology: "cookie",
      purpose: {
        en: "Records that site tracking is switched on for your visit.",
        de: "Hält fest, dass das Site-Tracking für Ihren Besuch eingeschaltet ist.",
      },
      duration: "P29D",
      party: "first",
      ground: "consent",
    },
    {
      name: "prism_*",
      technology: "cookie",
      purpose: {
        en: "Used by ActiveCampaign's site tracking to link your visits to your contact record.",
        de: "Wird vom Site-Tracking von ActiveCampaign genutzt, um Ihre Besuche Ihrem Kontaktdatensatz zuzuordnen.",
      },
      duration: "P30D",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    // Terms of Service, last updated 20 October 2023: stored copy, opening part (provider of the services).
    { url: TERMS, facts: ["entity"], checked: "2026-12-06", updated: "2023-10-20" },
    // Privacy Policy, last updated 17 January 2024: stored copy, opening part (processor for Contact Data).
    { url: "https://www.activecampaign.com/legal/privacy-policy", facts: ["role", "urls"], checked: "2026-12-06", updated: "2024-01-17" },
    // DPA Schedule 4 (Brazil SCCs), last updated 31 October 2025: stored copy (importer and its address).
    { url: BRAZIL_SCC, facts: ["entity", "role", "transfers"], checked: "2026-12-06", updated: "2025-10-31" },
    // GDPR information page: stored copy, opening part (DPA with the new SCCs).
    { url: GDPR_PAGE, facts: ["transfers"], checked: "2026-12-06" },
    // Multi-Regional Data Hosting Policy, last updated 28 March 2024: stored copy on ActiveCampaign's staging host.
    { url: HOSTING_POLICY, facts: ["transfers"], checked: "2026-12-06", updated: "2024-03-28" },
    // Help centre: site tracking and the GDPR, stored copy, undated.
    { url: SITE_TRACKING_HELP, facts: ["activities"], checked: "2026-12-06" },
    // Help centre: unsubscribes in automations, stored copy, undated.
    {
      url: "https://help.activecampaign.com/hc/en-us/articles/12225946427420-How-to-manage-unsubscribes-and-list-associations-in-automations",
      facts: ["deletion"],
      checked: "2026-12-06",
    },
    // Open Cookie Database: ac_enable_tracking and prism_ (provider names neither in what we read).
    { url: OCD, facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "ActiveCampaign's Brazil SCC schedule (31 October 2025) gives 1 North Dearborn Street, Fifth Floor, Chicago, IL 60302; 60302 is not a downtown Chicago postcode, and a copy of ActiveCampaign's affiliate agreement on a third-party site gives 60602 for the same street address. Confirm the postcode against the DPA's own Schedule 1 or the SCC annex.",
    },
    {
      fact: "deviceAccess[0]",
      note: "Only the Open Cookie Database names ac_enable_tracking (29 days); ActiveCampaign's site-tracking help page names no cookie, and whether it is written on the site's own domain is not documented.",
    },
    {
      fact: "deviceAccess[1]",
      note: "Only the Open Cookie Database names prism_ (30 days), as a site-tracking cookie; ActiveCampaign names no cookie in what we read, and the domain it is written on is not documented.",
    },
  ],
  disagreements: [
    {
      fact: "entity.address",
      value: "1 North Dearborn Street, 5th Floor, Chicago, IL 60602",
      source: "https://www.monarchcentre.ca/activecampaign-agreement/",
    },
  ],
};
