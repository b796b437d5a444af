import type { Processor } from "@policy/core";
import { matomoProduct } from "../products/matomo.js";

const checked = "2026-12-06";

/**
 * Matomo On-Premise: the open-source web analytics Matomo, installed and run by the website itself. Nothing goes to a
 * provider, so the entry is self-hosted software with no processor; matomo-cloud is the edition InnoCraft hosts.
 *
 * Read (2026-12-06, stored copies):
 * - Matomo Cloud Terms of Service, v. 4.0, effective 10 April 2025, https://matomo.org/matomo-cloud-terms-of-service:
 *   they "apply to Matomo Cloud services only and not to Matomo On-Premise which is hosted on your own servers"; Matomo
 *   On-Premise is governed by the Matomo Marketplace terms and the InnoCraft EULA.
 * - Matomo FAQ "Data sovereignty: where your analytics data is stored",
 *   https://matomo.org/faq/new-to-piwik/data-sovereignty-where-your-analytics-data-is-stored/ (undated): self-hosting
 *   gives "full control" over the country and place where the analytics data is stored, and the operator manages and
 *   secures the server.
 * - Matomo Cloud Privacy Policy, effective 13 August 2024, https://matomo.org/matomo-cloud-privacy-policy/: InnoCraft
 *   Limited, a New Zealand company "established by the creators of Matomo", 7 Waterloo Quay PO625, 6140 Wellington;
 *   the Matomo Cloud DPA (version 3.0, 9 October 2025) writes the address as "7 Waterloo Quay, PO Box 625", which
 *   matomo-cloud follows and this entry keeps. InnoCraft is the maker named here; it receives nothing from a
 *   self-hosted Matomo.
 * - Matomo FAQ "What data does Matomo track?", https://matomo.org/faq/new-to-piwik/faq_14/ (stored copy at
 *   piwik.org/faq/new-to-piwik/faq_14/, undated): by default the tracker records the IP address, the page's URL and
 *   title, the referrer, the user agent (from which browser and operating system are derived) and, in first-party
 *   cookies, a random visitor ID. The cookies themselves: see products/matomo.ts.
 *
 * Left out, and why:
 * - Retention: a self-hosted Matomo keeps its data as long as the website sets it to (Matomo can delete old raw data on
 *   a schedule the operator chooses), so the policy states its own period.
 * - Domains: the tracker is loaded from wherever the website installs Matomo, so there is no host to recognise it by.
 * - The Matomo Marketplace terms and the InnoCraft EULA were not read; they govern the licence, not the data.
 */
export const matomo: Processor = {
  id: "matomo",
  name: "Matomo",
  aliases: ["Matomo On-Premise", "Piwik"],
  categories: ["analytics"],
  selfHosted: true,
  role: "none",
  entity: {
    name: "InnoCraft Ltd",
    address: { street: "7 Waterloo Quay, PO Box 625", postalCode: "6140", city: "Wellington", country: "NZ" },
    email: "privacy@innocraft.com",
    url: "https://matomo.org/",
  },
  urls: {
    website: "https://matomo.org/",
  },
  description: {
    en: "Matomo is open-source web analytics that counts visits and shows how visitors use a website. Matomo On-Premise is the edition a website installs on its own servers.",
    de: "Matomo ist eine quelloffene Webanalyse, die Besuche zählt und zeigt, wie Besucher eine Website nutzen. Matomo On-Premise ist die Ausgabe, die eine Website auf eigenen Servern installiert.",
  },
  activities: matomoProduct.activities,
  domains: [],
  transfers: [],
  deviceAccess: matomoProduct.deviceAccess,
  sources: [
    // Matomo Cloud Terms of Service v. 4.0: Matomo On-Premise is hosted on the customer's own servers.
    { url: "https://matomo.org/matomo-cloud-terms-of-service", facts: ["role"], checked, updated: "2025-04-10" },
    // Matomo's FAQ on where the analytics data is stored: self-hosting leaves it where the operator puts it.
    { url: "https://matomo.org/faq/new-to-piwik/data-sovereignty-where-your-analytics-data-is-stored/", facts: ["role"], checked },
    // Matomo Cloud Privacy Policy: InnoCraft, established by the creators of Matomo, and its address.
    { url: "https://matomo.org/matomo-cloud-privacy-policy/", facts: ["entity", "urls"], checked, updated: "2024-08-13" },
    // Matomo Cloud DPA v3.0: InnoCraft's address as a customer's contract writes it.
    { url: "https://matomo.org/matomo-cloud-dpa/", facts: ["entity"], checked, updated: "2025-10-09" },
    // Matomo's FAQ "What data does Matomo track?" (read as the stored copy at its old piwik.org address): the IP address,
    // the pages visited, the browser's user agent and a visitor ID in first-party cookies.
    { url: "https://matomo.org/faq/new-to-piwik/faq_14/", facts: ["activities"], checked },
    // Matomo's cookie FAQ: the cookies the tracker sets on the website's domain, and their lifetimes.
    { url: "https://matomo.org/faq/general/faq_146/", facts: ["device-access"], checked },
  ],
  checked,
  unconfirmed: [],
  disagreements: [],
};
