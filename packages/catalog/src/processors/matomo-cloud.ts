import type { Processor } from "@policy/core";
import { matomoProduct } from "../products/matomo.js";

/**
 * Matomo Cloud, the hosted Matomo run by InnoCraft (self-hosted Matomo has no processor).
 *
 * Read (stored copies):
 * - Matomo Cloud Data Processing Agreement, https://matomo.org/matomo-cloud-dpa/ (version 3.0, 9 October 2025):
 *   "InnoCraft Ltd, 7 Waterloo Quay, PO Box 625, 6140 Wellington, New Zealand"; the customer is controller and
 *   InnoCraft processor for the analytics service.
 * - Matomo Cloud privacy policy, https://matomo.org/matomo-cloud-privacy-policy/ (effective 13 August 2024): InnoCraft
 *   Limited, NZBN 6106769, "7 Waterloo Quay PO625, 6140 Wellington"; privacy@innocraft.com.
 * - Matomo Cloud terms of service (version 4.0, effective 10 April 2025): the service is provided by InnoCraft Limited,
 *   a New Zealand company.
 * - Sub-processor list, https://matomo.org/matomo-cloud-dpa/subprocessors (last updated 9 October 2025): AWS EMEA SARL
 *   hosts servers, databases and logs in Frankfurt with backups in Dublin; Oblivion Cloud Control B.V. (Netherlands)
 *   manages the AWS infrastructure; an optional AWS CDN for the tracking script serves each visitor from a nearby
 *   server, and traffic from the EU stays in the EU; Tideways GmbH monitors performance. The rows after Tideways could
 *   not be read.
 * - Matomo FAQ "What are the cookies created by Matomo JavaScript Tracking client?", https://matomo.org/faq/general/faq_146/
 *   (stored copy): first-party cookies set on the website's domain; _pk_id 13 months, _pk_ref 6 months, _pk_ses 30
 *   minutes by default.
 *
 * Address: the DPA (the newer document, and the one a customer signs) is followed: "7 Waterloo Quay, PO Box 625".
 *
 * Transfers: New Zealand has an EU adequacy decision (Commission Implementing Decision 2013/65/EU, as recorded in
 * core's adequacy table), so the transfer to InnoCraft rests on Art. 45(3) GDPR.
 *
 * Re-checked 2026-12-06:
 * - entity, role, urls: no change; role now has a source (the DPA).
 * - transfers: no change (InnoCraft in New Zealand, adequacy); the note still matches the sub-processor list.
 * - retention: none stated, as before; the documents read give no period for the analytics data.
 * - device access: no change in values; the source is now Matomo's own cookie FAQ instead of the Open Cookie Database
 *   (both agree), which also states that the cookies are first party on the website's domain.
 * - Nothing is marked unconfirmed.
 */
export const matomoCloud: Processor = {
  id: "matomo-cloud",
  name: "Matomo Cloud",
  aliases: ["Matomo Analytics Cloud", "InnoCraft"],
  categories: ["analytics"],
  entity: {
    name: "InnoCraft Ltd",
    address: { street: "7 Waterloo Quay, PO Box 625", postalCode: "6140", city: "Wellington", country: "NZ" },
    email: "privacy@innocraft.com",
    url: "https://matomo.org/",
  },
  role: "processor",
  urls: {
    website: "https://matomo.org/",
    privacyPolicy: "https://matomo.org/matomo-cloud-privacy-policy/",
    dpa: "https://matomo.org/matomo-cloud-dpa/",
  },
  description: {
    en: "Matomo Cloud is the hosted edition of the open-source Matomo web analytics, run by InnoCraft on servers in Frankfurt.",
    de: "Matomo Cloud ist die gehostete Ausgabe der quelloffenen Webanalyse Matomo, betrieben von InnoCraft auf Servern in Frankfurt.",
  },
  activities: matomoProduct.activities,
  domains: [],
  transfers: [
    {
      country: "NZ",
      recipient: "InnoCraft Ltd",
      mechanism: "A45-3",
      note: {
        en: "InnoCraft is based in New Zealand, which has an EU adequacy decision; the analytics data itself is hosted by AWS in Frankfurt, with backups in Dublin.",
        de: "InnoCraft sitzt in Neuseeland, für das ein Angemessenheitsbeschluss der EU besteht; die Analysedaten selbst liegen bei AWS in Frankfurt, Sicherungen in Dublin.",
      },
      checked: "2026-12-06",
    },
  ],
  deviceAccess: matomoProduct.deviceAccess,
  sources: [
    {
      url: "https://matomo.org/matomo-cloud-dpa/",
      facts: ["entity", "role", "urls", "activities"],
      checked: "2026-12-06",
      updated: "2025-10-09",
    },
    {
      url: "https://matomo.org/matomo-cloud-privacy-policy/",
      facts: ["entity", "urls"],
      checked: "2026-12-06",
      updated: "2024-08-13",
    },
    {
      url: "https://matomo.org/matomo-cloud-dpa/subprocessors",
      facts: ["activities", "transfers"],
      checked: "2026-12-06",
      updated: "2025-10-09",
    },
    {
      url: "https://matomo.org/matomo-cloud-terms-of-service",
      facts: ["entity"],
      checked: "2026-12-06",
      updated: "2025-04-10",
    },
    { url: "https://matomo.org/faq/general/faq_146/", facts: ["device-access"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: [],
};
