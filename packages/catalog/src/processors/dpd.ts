import type { Processor } from "@policy/core";

const PRIVACY_DE = "https://www.dpd.com/de/de/datenschutz/";
const PRIVACY_EN = "https://www.dpd.com/de/en/datenschutz/";
const PREDICT_FAQ = "https://www.dpd.com/be/en/faq/bekommt-der-empfaenger-eine-nachricht-darueber-wann-mein-paket-ihn-erreicht-2/";

/**
 * DPD: parcel delivery in Germany by DPD Deutschland GmbH in Aschaffenburg, part of Geopost (La Poste group). A shop
 * hands DPD the buyer's name and delivery address and, if it books DPD's "Predict" notice, an e-mail address or
 * mobile number.
 *
 * Read (2026-12-06):
 * - DPD's data protection notice for Germany, German and English (stored copies of dpd.com/de/de/datenschutz/ and
 *   dpd.com/de/en/datenschutz/, opening parts, undated; an older stored version under dpd.com/de/siteutilities/
 *   datenschutz was compared): the notice covers the processing of personal data "bei der DPD Deutschland GmbH" with
 *   "Sitz in der Wailandtstraße 1 in 63741 Aschaffenburg", part of Geopost, a subsidiary of La Poste; "Als
 *   Postdienstleister verfolgt DPD die primäre Aufgabe, Sendungen im Auftrag der Versender an die vorgesehenen
 *   Empfänger sicher und verlässlich zuzustellen"; DPD processes data on its own legal bases (Art. 6(1)(a), (b), (c),
 *   (e) and (f) GDPR and §§ 39, 41, 41a-41c of the Postal Act for shipment, billing and master data); rights under
 *   Art. 15-22 GDPR are exercised through DPD's data protection form linked there.
 * - DPD Belgium's FAQ "What is Predict? How is the private consignee informed?" (stored copy, undated; the same group
 *   service): with Predict, DPD tells the consignee by e-mail or SMS on which day the parcel is due, lets them change
 *   day, address or pick-up shop, and on the day gives a one-hour window.
 * - Lead only: a DPD information sheet on parcel shipping under Art. 13/14 GDPR, hosted on a customer's shop, describes
 *   the shipment data DPD processes and its legal bases.
 *
 * Role: controller. DPD's notice treats the recipient's data as processed by DPD itself, as a postal service provider
 * under the Postal Act and on legal bases of its own, and answers data subject requests itself; no DPD document read
 * makes it a processor for the shop or a joint controller with it.
 *
 * Left out, and why:
 * - Transfers: none listed, and the list is marked unconfirmed as a whole: parcels abroad are handed to DPD's group
 *   companies in the destination country, but no DPD document read names recipients or mechanisms.
 * - Retention: not in the parts read ("richtet sich ... nach gesetzlichen und organisatorischen Anforderungen" appears
 *   only in the lead).
 * - Device access and domains: none; a shop does not embed DPD on its pages for delivery.
 */
export const dpd: Processor = {
  id: "dpd",
  name: "DPD",
  aliases: ["DPD Deutschland"],
  categories: ["shipping"],
  entity: {
    name: "DPD Deutschland GmbH",
    address: { street: "Wailandtstraße 1", postalCode: "63741", city: "Aschaffenburg", country: "DE" },
    url: "https://www.dpd.com/de/",
  },
  role: "controller",
  urls: {
    website: "https://www.dpd.com/de/",
    privacyPolicy: PRIVACY_DE,
  },
  description: {
    en: "DPD, part of the French La Poste group's parcel business Geopost, delivers parcels in Germany and lets recipients change the day or place of delivery.",
    de: "DPD gehört zu Geopost, dem Paketgeschäft der französischen La-Poste-Gruppe, stellt Pakete in Deutschland zu und lässt Empfänger Zustelltag oder -ort ändern.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To deliver your order: we give DPD your name and delivery address for the parcel label.",
          de: "Um Ihnen Ihre Bestellung zuzustellen: Wir geben DPD Ihren Namen und Ihre Lieferadresse für das Paketetikett weiter.",
        },
      },
      {
        purpose: "essential.service.notifications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "If you agree, we also pass DPD your e-mail address or mobile number, so that DPD can announce the delivery and you can change the day or place.",
          de: "Wenn Sie einwilligen, geben wir DPD auch Ihre E-Mail-Adresse oder Mobilnummer weiter, damit DPD Ihnen die Zustellung ankündigen und Sie Tag oder Ort ändern können.",
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
        details: { en: "only if you agreed to DPD's delivery notice", de: "nur wenn Sie der Zustellankündigung durch DPD zugestimmt haben" },
        collected: "provided",
      },
      {
        category: "user.contact.phone_number",
        details: { en: "only if you agreed to a notice by text message", de: "nur wenn Sie einer Ankündigung per SMS zugestimmt haben" },
        collected: "provided",
      },
    ],
    subjects: ["customer"],
  },
  domains: [],
  transfers: [],
  deletion: {
    en: "DPD decides itself what it keeps about the delivery. To ask DPD for a copy of your data or have it deleted, use the data protection form on DPD's privacy page (https://www.dpd.com/de/de/datenschutz/). You can withdraw your consent to passing on your e-mail address or mobile number at any time; ask us.",
    de: "DPD entscheidet selbst, was es zur Zustellung speichert. Auskunft oder Löschung Ihrer Daten bei DPD verlangen Sie über das Datenschutzformular auf der Datenschutzseite von DPD (https://www.dpd.com/de/de/datenschutz/). Ihre Einwilligung in die Weitergabe Ihrer E-Mail-Adresse oder Mobilnummer können Sie jederzeit bei uns widerrufen.",
  },
  deviceAccess: [],
  sources: [
    // Data protection notice for Germany, German: stored copy, opening part, undated (entity, address, role as postal provider, rights).
    { url: PRIVACY_DE, facts: ["entity", "role", "urls", "deletion"], checked: "2026-12-06" },
    // The same notice in English: stored copy, opening part, undated.
    { url: PRIVACY_EN, facts: ["entity", "role"], checked: "2026-12-06" },
    // DPD Belgium FAQ on Predict: stored copy, undated (notice by e-mail or SMS, changing day or place).
    { url: PREDICT_FAQ, facts: ["activities"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "DPD's privacy notice says parcels sent abroad are handed to DPD's group companies in the destination country; it names neither the partners nor the ground, so a shop that ships outside the EU/EEA must state that transfer itself.",
    },
  ],
  disagreements: [],
};
