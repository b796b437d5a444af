import type { Processor } from "@policy/core";

const API_DOCS_ADDRESS_CHANGE = "https://github.com/mollie/api-documentation/commit/8b689b9eefd5c235413acdb63d3c503ab0d045a0";

/**
 * Mollie: a Dutch payment service provider for web shops.
 *
 * Read:
 * - Mollie's privacy statement (stored copies of mollie.com/at/privacy, German, and mollie.com/is/legal/privacy,
 *   Icelandic, current layout; mollie.com/be/privacy, Dutch), opening parts: Mollie is a payment service provider
 *   supervised as a regulated payment institution; "for all activities and purposes mentioned in this privacy
 *   statement, Mollie acts as controller"; questions and requests go to the contact details at the end of the
 *   statement, which the stored copies do not reach. No date is shown in the parts read.
 * - mollie.com/be-fr/impressum and mollie.com/is/legal/impressum (stored copies): Mollie B.V., Dutch Chamber of
 *   Commerce no. 30204462, licensed by De Nederlandsche Bank; its service is limited to processing the payment on
 *   behalf of the web shop and settling the funds. No street address in the parts read.
 * - Mollie User Agreement v4 (stored copy, opening part): the agreement is between the organisation and Mollie B.V.
 * - Mollie's help centre, "What is the Data Processing Agreement?" (stored copy, English, Dutch and French): the DPA
 *   covers the Invoice product only, where Mollie is a processor; Mollie acts as a controller for the personal data in
 *   payment transactions, to execute the User Agreement, to monitor, prevent and detect fraud, to meet its legal and
 *   regulatory duties (anti-money-laundering screening, know-your-customer) and to improve its products.
 * - Mollie's own API documentation (github.com/mollie/api-documentation): its example organisation "Mollie B.V.",
 *   registration number 30204462, was moved from Keizersgracht 313, 1016 EE to Keizersgracht 126, 1015 CW Amsterdam in
 *   the commit "Change address to KZG 126" of 5 March 2021; Mollie's own Shopware plugin uses Keizersgracht 126 in its
 *   test data.
 *
 * Re-checked 2026-12-06:
 * - Entity address: Keizersgracht 126, 1015 CW Amsterdam (was Keizersgracht 313, 1016 EE, the datenanfragen record's):
 *   Mollie's own documentation moved its address to 126 in March 2021, and 313 appears only in older third-party
 *   pages. That documentation is example data, not a legal notice, and the privacy statement's and imprint's contact
 *   parts could not be read, so the address stays marked unconfirmed. The DPO e-mail and phone came from the
 *   datenanfragen record only and are dropped.
 * - Role: controller, no change (privacy statement; help centre). Mollie is a processor only for its invoicing
 *   product, which this entry does not cover, so no roles list.
 * - Transfers, retention, device access: still none stated (the parts of the privacy statement that would say were not
 *   readable).
 * - Deletion: now points to the contact details in Mollie's privacy statement instead of the dropped e-mail address.
 * - Sources: the datenanfragen record is no longer cited.
 */
export const mollie: Processor = {
  id: "mollie",
  name: "Mollie",
  aliases: ["Mollie Payments"],
  categories: ["payment"],
  entity: {
    name: "Mollie B.V.",
    address: { street: "Keizersgracht 126", postalCode: "1015 CW", city: "Amsterdam", country: "NL" },
    url: "https://www.mollie.com/",
  },
  role: "controller",
  urls: {
    website: "https://www.mollie.com/",
    privacyPolicy: "https://www.mollie.com/en/privacy",
  },
  description: {
    en: "Mollie, a licensed payment institution in Amsterdam, connects web shops to many payment methods, from cards to bank transfers, through one account.",
    de: "Mollie, ein zugelassenes Zahlungsinstitut aus Amsterdam, bindet Onlineshops über ein einziges Konto an viele Zahlarten an, von Karten bis Überweisungen.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.payment_processing",
        legalBasis: "A6-1-b",
        description: {
          en: "To take your payment with the method you choose at checkout.",
          de: "Um Ihre Zahlung mit der Zahlart abzuwickeln, die Sie an der Kasse wählen.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.financial",
        details: { en: "card or bank account details, depending on the payment method", de: "Karten- oder Kontodaten, je nach Zahlart" },
        collected: "provided",
      },
      {
        category: "user.behavior.purchase_history",
        details: { en: "amount, date and description of the payment", de: "Betrag, Datum und Verwendungszweck der Zahlung" },
        collected: "usage",
      },
    ],
    subjects: ["customer"],
  },
  domains: [],
  transfers: [],
  deletion: {
    en: "Mollie decides itself what it keeps about your payment. Requests about your data at Mollie, including deletion, go to Mollie through the contact details at the end of its privacy statement: https://www.mollie.com/en/privacy",
    de: "Mollie entscheidet selbst, was es zu Ihrer Zahlung speichert. Anfragen zu Ihren Daten bei Mollie, auch zur Löschung, richten Sie über die Kontaktdaten am Ende seiner Datenschutzerklärung an Mollie: https://www.mollie.com/en/privacy",
  },
  deviceAccess: [],
  sources: [
    { url: "https://www.mollie.com/at/privacy", facts: ["role", "activities", "deletion", "urls"], checked: "2026-12-06" },
    { url: "https://www.mollie.com/is/legal/privacy", facts: ["role"], checked: "2026-12-06" },
    { url: "https://www.mollie.com/be-fr/impressum", facts: ["entity"], checked: "2026-12-06" },
    { url: "https://www.mollie.com/user-agreement/v4", facts: ["entity"], checked: "2026-12-06" },
    { url: API_DOCS_ADDRESS_CHANGE, facts: ["entity"], checked: "2026-12-06" },
    {
      url: "https://help.mollie.com/hc/en-gb/articles/14826542080786-What-is-the-Data-Processing-Agreement",
      facts: ["role", "activities"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "Mollie's privacy statement and imprint were readable only in their opening parts, without an address. Mollie's own API documentation changed its example organisation Mollie B.V. (KvK 30204462) from Keizersgracht 313, 1016 EE to Keizersgracht 126, 1015 CW on 5 March 2021 (\"Change address to KZG 126\"); example data, not a legal notice.",
    },
  ],
  disagreements: [],
};
