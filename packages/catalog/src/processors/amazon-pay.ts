import type { Processor } from "@policy/core";

const PRIVACY_NOTICE = "https://pay.amazon.eu/help/3BBUMQW3YAJKD6A";
const PERSONAL_AGREEMENT = "https://pay.amazon.eu/help/201751590";

/**
 * Amazon Pay: lets shoppers pay in a web shop with the addresses and payment methods stored in their Amazon account,
 * run in Europe by Amazon Payments Europe S.C.A., a Luxembourg e-money institution.
 *
 * Read (2026-12-06):
 * - Amazon Payments Europe Privacy Notice, "Last updated 6 April 2023" (stored copy of pay.amazon.eu/help/3BBUMQW3YAJKD6A,
 *   pages corpus, opening part): "Amazon Payments Europe s.c.a., 38 avenue J.F. Kennedy, L-1855 Luxembourg"; "Amazon
 *   Payments is the 'Data Controller' of personal information collected and processed for the Services, and may
 *   transfer such personal information to Amazon Payments UK Limited, which will also act as Data Controller";
 *   Amazon EU SARL, Amazon Services Europe SARL and Amazon Media EU SARL (same Luxembourg address) are its processors.
 *   It uses the information to process payments, communicate about orders and offers and keep its records. The
 *   sections on sharing, cookies, retention and contact were not in the stored part.
 * - Amazon Payments Europe User Agreement - Personal Accounts, "Last updated: 17 July 2020" (stored copy of
 *   pay.amazon.eu/help/201751590, opening part): the agreement is with "Amazon Payments Europe s.c.a"; "Amazon
 *   Payments acts as the payment service provider of the Merchant in connection with the Service".
 * - Not used: "Amazon Payments Datenschutzbestimmungen" of 25 May 2018 (pay.amazon.com/de/help/201751600), which a
 *   review found to be the notice for sellers on Amazon (Amazon Services Europe), not Amazon Pay for shoppers.
 * - "Privacy Content for Pay with Amazon" (stored copy of paywithamazon.amazon.in/help/201597940, Amazon's Indian
 *   site, undated): when the transaction is completed, Amazon shares the selected delivery address with the merchant,
 *   and not the buyer's financial information without consent.
 * - The merchant user agreement with Amazon Payments Europe s.c.a. (versions of 3 July and 20 November 2020) was read
 *   only in copies on third-party sites (leads).
 *
 * Role: controller. Amazon's own notice makes Amazon Payments Europe the controller of what it collects for Amazon Pay;
 * no Amazon document read makes it a processor for the merchant or a joint controller with it.
 *
 * Left out, and why:
 * - Transfers to the United States or elsewhere: the notice's section on sharing was not readable, so none is listed
 *   (the 2013 notice mentioned Safe Harbor for Amazon.com, Inc., which is obsolete). The transfer to Amazon Payments
 *   UK Limited is listed: the notice names it, and the UK has an adequacy decision.
 * - Cookies and domains: no Amazon Pay document read names the cookies or hosts its button uses (third-party pages
 *   do; leads only).
 * - Retention: the notice's section "How Long Do We Keep Your Personal Information?" was not in the stored part.
 */
export const amazonPay: Processor = {
  id: "amazon-pay",
  name: "Amazon Pay",
  aliases: ["Amazon Payments", "Pay with Amazon"],
  categories: ["payment"],
  entity: {
    name: "Amazon Payments Europe S.C.A.",
    address: { street: "38 avenue J.F. Kennedy", postalCode: "L-1855", city: "Luxembourg", country: "LU" },
    url: "https://pay.amazon.eu/",
  },
  role: "controller",
  urls: {
    website: "https://pay.amazon.eu/",
    privacyPolicy: PRIVACY_NOTICE,
  },
  description: {
    en: "Amazon Pay lets you pay in other online shops with your Amazon account, using the delivery addresses and payment methods stored there.",
    de: "Mit Amazon Pay bezahlen Sie in anderen Onlineshops mit Ihrem Amazon-Konto und nutzen die dort gespeicherten Lieferadressen und Zahlungsmittel.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service.payment_processing",
        legalBasis: "A6-1-b",
        description: {
          en: "To let you pay for your order with Amazon Pay; Amazon passes us the delivery address you choose and takes the payment.",
          de: "Damit Sie Ihre Bestellung mit Amazon Pay bezahlen können; Amazon übermittelt uns die Lieferadresse, die Sie wählen, und wickelt die Zahlung ab.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.contact.address",
        details: {
          en: "the delivery and billing address you choose in your Amazon account",
          de: "die Liefer- und Rechnungsadresse, die Sie in Ihrem Amazon-Konto wählen",
        },
        collected: "provided",
      },
      {
        category: "user.financial",
        details: {
          en: "the payment method stored with Amazon",
          de: "das bei Amazon hinterlegte Zahlungsmittel",
        },
        collected: "provided",
      },
      {
        category: "user.behavior.purchase_history",
        details: { en: "amount, currency and order number", de: "Betrag, Währung und Bestellnummer" },
        collected: "usage",
      },
    ],
    subjects: ["customer"],
  },
  domains: [],
  transfers: [
    {
      country: "GB",
      recipient: "Amazon Payments UK Limited",
      mechanism: "A45-3",
      note: {
        en: "Amazon Payments Europe may pass the data to Amazon Payments UK Limited, which is a controller for the service as well.",
        de: "Amazon Payments Europe kann die Daten an Amazon Payments UK Limited weitergeben, die für den Dienst ebenfalls Verantwortlicher ist.",
      },
      checked: "2026-12-06",
    },
  ],
  deletion: {
    en: "Amazon decides itself what it keeps about your Amazon Pay payments. Requests about your data at Amazon Payments, including deletion, go to Amazon through the contact options in its privacy notice: https://pay.amazon.eu/help/3BBUMQW3YAJKD6A",
    de: "Amazon entscheidet selbst, was es zu Ihren Zahlungen mit Amazon Pay speichert. Anfragen zu Ihren Daten bei Amazon Payments, auch zur Löschung, richten Sie über die Kontaktmöglichkeiten in dessen Datenschutzhinweis an Amazon: https://pay.amazon.eu/help/3BBUMQW3YAJKD6A",
  },
  deviceAccess: [],
  sources: [
    // Amazon Payments Europe Privacy Notice, last updated 6 April 2023: stored copy, opening part.
    { url: PRIVACY_NOTICE, facts: ["entity", "role", "transfers", "activities", "urls", "deletion"], checked: "2026-12-06", updated: "2023-04-06" },
    // User Agreement - Personal Accounts, last updated 17 July 2020: stored copy, opening part (contract party; PSP of the merchant).
    { url: PERSONAL_AGREEMENT, facts: ["entity", "role"], checked: "2026-12-06", updated: "2020-07-17" },
    // Amazon's "Privacy Content for Pay with Amazon" (India site, stored copy, undated): Amazon shares the delivery address chosen with the merchant.
    { url: "https://paywithamazon.amazon.in/help/201597940", facts: ["activities"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "Only the opening of Amazon Payments Europe's privacy notice (6 April 2023) could be read; its section on sharing information was not, so transfers beyond Amazon Payments UK Limited are not known.",
    },
  ],
  disagreements: [],
};
