import type { Processor } from "@policy/core";

const TERMS = "https://all-inkl.com/en/terms-and-conditions/";
const PRIVACY_POLICY = "https://all-inkl.com/en/support/data-protection-information/";
const FAQ = "https://all-inkl.com/wichtig/";
const checked = "2026-12-06";

/**
 * ALL-INKL.COM: web hosting (web space, e-mail, domains, databases) from Friedersdorf in Saxony, with its own data
 * centres in Dresden, for a website operator who hosts its site or e-mail there.
 *
 * Read (2026-12-06; stored copies of All-Inkl's own pages, of which only the openings could be read):
 * - General Terms and Conditions and Mandatory Information, English version, "as at 26 June 2024"
 *   (all-inkl.com/en/terms-and-conditions/), sections 1.1 to 1.5:
 *   - entity: the contract is between customers and "ALL- INKL.COM - Neue Medien Münnich, owner: René Münnich,
 *     Hauptstraße 68, D-02742 Friedersdorf" ("NMM"), reachable at +49 35872 35310 and info@all-inkl.com; the terms
 *     apply to consumers and to businesses alike. ALL-INKL.COM is thus a sole proprietorship of René Münnich, trading
 *     under this name.
 *   - role: 1.4: "Upon conclusion of the contract, the additional "Contractual conditions for order processing in the
 *     web hosting contract"" apply. "Order processing" is All-Inkl's English for Auftragsverarbeitung, processing on
 *     behalf of the customer under Art. 28 GDPR; the conditions themselves are concluded in the customer area and are
 *     not public.
 * - Privacy Policy, English version (all-inkl.com/en/support/data-protection-information/, undated in the part read),
 *   sections 1 to 2.1: the same owner and address; its main business is web hosting: web space on which the customer's
 *   content is stored, e-mail storage and addresses, and the registration and administration of domains.
 * - FAQ "Wichtig" (all-inkl.com/wichtig/, German, undated), question 5: "ALL-INKL.COM verfügt über mehrere eigene
 *   Rechenzentren, die sich am Standort Dresden befinden. Alle Kundendaten werden somit ausschließlich in Deutschland
 *   gespeichert." Hence no transfers.
 *
 * Left out, and why:
 * - Retention: how long All-Inkl keeps the web server's access logs and visitors' IP addresses is in the FAQ's section
 *   on Auftragsverarbeitung and the privacy policy's later sections, neither of which could be read (a customer's
 *   policy cites "7 days" for IP data: a lead only).
 * - Deletion: not stated in the parts read.
 * - The data processing conditions' own text, and whether All-Inkl uses sub-processors: not public, not read.
 * - Leads only, not sources: the datenanfragen record, e-recht24.de and av-vertrag.org (which quotes the FAQ on how the
 *   processing agreement is concluded in the customer area, together with the hosting contract since 25 May 2018).
 */
export const allInkl: Processor = {
  id: "all-inkl",
  name: "ALL-INKL.COM",
  aliases: ["All-Inkl", "All Inkl", "Neue Medien Münnich"],
  categories: ["hosting"],
  entity: {
    name: "ALL-INKL.COM - Neue Medien Münnich",
    address: { street: "Hauptstraße 68", postalCode: "02742", city: "Friedersdorf", country: "DE" },
    email: "info@all-inkl.com",
    url: "https://all-inkl.com/",
  },
  role: "processor",
  urls: {
    website: "https://all-inkl.com/",
    privacyPolicy: PRIVACY_POLICY,
  },
  description: {
    en: "ALL-INKL.COM is a German web host: it stores websites, e-mail boxes and databases on servers in its own data centres in Dresden and manages domains for its customers.",
    de: "ALL-INKL.COM ist ein deutscher Webhoster: Er speichert Websites, E-Mail-Postfächer und Datenbanken auf Servern in eigenen Rechenzentren in Dresden und verwaltet Domains für seine Kunden.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Delivering our website and handling our e-mail reliably through a hosting provider with servers in Germany.",
          de: "Unsere Website und unsere E-Mails zuverlässig über einen Hosting-Anbieter mit Servern in Deutschland bereitzustellen und abzuwickeln.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "reaches All-Inkl's servers with every request for one of our pages",
          de: "erreicht mit jedem Abruf einer unserer Seiten die Server von All-Inkl",
        },
      },
      {
        category: "user.content.private",
        details: {
          en: "what you send us through our website or by e-mail, which is stored on All-Inkl's servers",
          de: "was Sie uns über unsere Website oder per E-Mail senden; es wird auf den Servern von All-Inkl gespeichert",
        },
        collected: "provided",
      },
    ],
    subjects: ["website_visitor", "contact_person"],
  },
  domains: [],
  transfers: [],
  deviceAccess: [],
  sources: [
    // General Terms and Conditions, English, as at 26 June 2024 (stored copy of this address, sections 1.1-1.5): the
    // contracting party, its address and e-mail; the processing conditions that come with every web hosting contract.
    { url: TERMS, facts: ["entity", "role", "urls"], checked, updated: "2024-06-26" },
    // Privacy Policy, English (stored copy of this address, sections 1-2.1): owner, address; what the web hosting covers.
    { url: PRIVACY_POLICY, facts: ["entity", "urls", "activities"], checked },
    // FAQ "Wichtig", German (stored copy of this address, opening): own data centres in Dresden; customer data stored
    // only in Germany.
    { url: FAQ, facts: ["transfers", "activities"], checked },
  ],
  checked,
  unconfirmed: [],
  disagreements: [],
};
