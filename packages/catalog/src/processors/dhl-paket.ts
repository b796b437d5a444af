import type { Processor } from "@policy/core";

const PRIVACY_DE = "https://www.dhl.de/de/toolbar/footer/datenschutz.html";
const PRIVACY_EN = "https://dhl.de/en/toolbar/footer/datenschutz.html";
const PRIVACY_BUSINESS = "https://www.dhl.de/de/geschaeftskunden/paket/information/datenschutz-gkp.html";
const REDIRECT_HELP = "https://www.dhl.de/de/privatkunden/pakete-empfangen/an-einem-abholort-empfangen/paketumleitung.html";

/**
 * DHL Paket: parcel delivery in Germany by DHL Paket GmbH in Bonn. A shop hands DHL the buyer's name and delivery
 * address on the parcel label and, if it chooses, the buyer's e-mail address for DHL's delivery notice.
 *
 * Read (2026-12-06):
 * - DHL's privacy notice for dhl.de, German and English (stored copies of dhl.de/de/toolbar/footer/datenschutz.html and
 *   dhl.de/en/toolbar/footer/datenschutz.html, opening parts, undated): "Verantwortlich für diese Webseite und weitere
 *   DHL Paket Produkte und Services ist DHL Paket GmbH, Sträßchensweg 10, 53113 Bonn"; the group data protection
 *   officer is reached at Konzerndatenschutz, 53250 Bonn, datenschutz[at]dpdhl.com; data subjects have the rights of
 *   Art. 15 ff. GDPR towards "the relevant controller".
 * - DHL Paket's privacy notice for business customers (stored copy of dhl.de/de/geschaeftskunden/paket/information/
 *   datenschutz-gkp.html, opening part, undated): it applies to "DHL Paket GmbH, Sträßchensweg 10, 53225 Bonn" (another
 *   postcode for the same street address); DHL processes data "um den mit Ihnen bzw. einem Absender geschlossenen
 *   Vertrag zu erfüllen", for customer service, legal duties and its own security, statistics, quality assurance and
 *   planning; supervisory authority for postal services: the Federal Commissioner for Data Protection (BfDI).
 * - DHL help page "Paketumleitung" (stored copy, undated): once "der Absender die elektronischen Empfängerdaten zu Ihrer
 *   Sendung an uns übermittelt hat", DHL's parcel announcement ("Paketankündigung") tells the recipient by e-mail when
 *   the parcel is expected and offers to redirect it.
 *
 * Role: controller. DHL Paket names itself the controller for its products and services and processes the
 * recipient's data to perform the carriage contract with the sender and for purposes of its own (customer service,
 * legal duties, security, statistics, quality); no DHL document read makes it a processor for the shop or a joint
 * controller with it.
 *
 * Left out, and why:
 * - Transfers: none listed, and the list is marked unconfirmed as a whole: parcels abroad go to DHL's partners in the
 *   destination country, but no DHL Paket document read names recipients or mechanisms.
 * - Retention: not in the parts read.
 * - Device access and domains: none; a shop does not embed DHL on its pages for delivery.
 * - The datenanfragen record for DHL Paket GmbH (same address, 53113) is a lead only and not cited.
 */
export const dhlPaket: Processor = {
  id: "dhl-paket",
  name: "DHL Paket",
  aliases: ["DHL", "DHL Paket GmbH"],
  categories: ["shipping"],
  entity: {
    name: "DHL Paket GmbH",
    address: { street: "Sträßchensweg 10", postalCode: "53113", city: "Bonn", country: "DE" },
    url: "https://www.dhl.de/",
  },
  role: "controller",
  urls: {
    website: "https://www.dhl.de/",
    privacyPolicy: PRIVACY_DE,
  },
  description: {
    en: "DHL Paket, part of DHL Group, delivers parcels in Germany and lets recipients follow a parcel, choose another delivery day or redirect it to a Packstation or a branch.",
    de: "DHL Paket, ein Unternehmen der DHL Group, stellt Pakete in Deutschland zu; Empfänger können die Sendung verfolgen, einen anderen Zustelltag wählen oder sie an eine Packstation oder Filiale umleiten.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To deliver your order: we give DHL your name and delivery address for the parcel label.",
          de: "Um Ihnen Ihre Bestellung zuzustellen: Wir geben DHL Ihren Namen und Ihre Lieferadresse für das Paketetikett weiter.",
        },
      },
      {
        purpose: "essential.service.notifications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "If you agree, we also pass DHL your e-mail address, so that DHL can tell you when your parcel will arrive and you can change the delivery.",
          de: "Wenn Sie einwilligen, geben wir DHL auch Ihre E-Mail-Adresse weiter, damit DHL Ihnen ankündigen kann, wann Ihr Paket kommt, und Sie die Zustellung ändern können.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      {
        category: "user.contact.address",
        details: { en: "the delivery address", de: "die Lieferadresse" },
        collected: "provided",
      },
      {
        category: "user.contact.email",
        details: { en: "only if you agreed to DHL's delivery notice", de: "nur wenn Sie der Paketankündigung durch DHL zugestimmt haben" },
        collected: "provided",
      },
    ],
    subjects: ["customer"],
  },
  domains: [],
  transfers: [],
  deletion: {
    en: "DHL decides itself what it keeps about the delivery. To ask DHL Paket about your data or have it deleted, write to its data protection officer (Konzerndatenschutz, 53250 Bonn, datenschutz@dpdhl.com). You can withdraw your consent to passing on your e-mail address at any time; ask us.",
    de: "DHL entscheidet selbst, was es zur Zustellung speichert. Auskunft oder Löschung Ihrer Daten bei DHL Paket verlangen Sie beim Konzerndatenschutz von DHL (53250 Bonn, datenschutz@dpdhl.com). Ihre Einwilligung in die Weitergabe Ihrer E-Mail-Adresse können Sie jederzeit bei uns widerrufen.",
  },
  deviceAccess: [],
  sources: [
    // Privacy notice for dhl.de, German: stored copy, opening part, undated (controller for DHL Paket products, DPO, rights).
    { url: "https://dhl.de/de/toolbar/footer/datenschutz.html", facts: ["entity", "role", "urls", "deletion"], checked: "2026-12-06" },
    // The same notice in English: stored copy, opening part, undated.
    { url: PRIVACY_EN, facts: ["entity", "role"], checked: "2026-12-06" },
    // Privacy notice for business customers: stored copy, opening part, undated (purposes, contract with the sender).
    { url: PRIVACY_BUSINESS, facts: ["role", "activities"], checked: "2026-12-06" },
    // Help page on redirecting parcels: stored copy, undated (the sender's electronic recipient data, the e-mail announcement).
    { url: REDIRECT_HELP, facts: ["activities"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "DHL's privacy notice says parcels sent abroad are handed to partners in the destination country; it names neither the partners nor the ground, so a shop that ships outside the EU/EEA must state that transfer itself.",
    },
  ],
  disagreements: [
    {
      fact: "entity.address",
      value: "Sträßchensweg 10, 53225 Bonn",
      source: PRIVACY_BUSINESS,
    },
  ],
};
