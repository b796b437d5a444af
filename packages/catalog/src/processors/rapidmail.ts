import type { Processor } from "@policy/core";

const GTC_UK = "https://www.rapidmail.co.uk/general-terms-and-conditions";
const GTC_COM = "https://www.rapidmail.com/general-terms-and-conditions";
const PRIVACY_TERMS = "https://www.rapidmail.de/datenschutzbestimmungen";

/**
 * rapidmail: newsletter software for businesses from rapidmail GmbH in Freiburg im Breisgau.
 *
 * Read (2026-12-06):
 * - rapidmail General Terms and Conditions (stored copies of rapidmail.co.uk/general-terms-and-conditions and
 *   rapidmail.com/general-terms-and-conditions, pages corpus, opening parts, undated): the services are provided by
 *   "rapidmail GmbH, Wentzingerstraße 21, 79106 Freiburg im Breisgau", to businesses only (not consumers); the
 *   co.uk version goes on "If, as part of the contractual relationship with you, we process any personal data for
 *   you ..." where the stored part ends.
 * - rapidmail Datenschutzbestimmungen (stored copy of rapidmail.de/datenschutzbestimmungen, opening part, undated and
 *   older: it still gives Augustinerplatz 2, 79098 Freiburg): where rapidmail has concluded "einen Vertrag zur
 *   Auftragsdatenverarbeitung" with the customer, that contract takes precedence; the rest of the page is about the
 *   customers' own account data.
 * - Help centre (rapidmail.at/hilfe/oeffnungsrate-klickrate-von-newslettern and rapidmail.at/hilfe/newsletter-kennzahlen-
 *   im-ueberblick, stored copies, undated): opens are counted with a tracking pixel that the mail program has to load;
 *   links are replaced by tracking links, so every click is recorded (also on a click map), along with the devices on
 *   which a mailing was read.
 * - Help centre (rapidmail.de/hilfe/blacklist-eintraege-loeschen, stored copy, undated): contacts unsubscribe from a
 *   recipient list; addresses on the blacklist are never mailed, even if still active in another list.
 *
 * Role: processor. rapidmail processes the recipients' data for its business customers under a contract for processing
 * on their behalf (Auftragsverarbeitung), as its privacy terms and general terms say; no rapidmail document read
 * describes any use of recipients' data for its own purposes.
 *
 * Left out, and why:
 * - Transfers: none listed; no rapidmail document read names a recipient outside the EEA (the AV contract and any list
 *   of sub-processors were not stored). A customer's policy that says the data is stored on rapidmail's servers in
 *   Germany is a lead only.
 * - Device access and domains: no rapidmail document read names a cookie or host for sign-up forms.
 * - Retention: no period stated in the parts read.
 * - The datenanfragen record gives the data protection contact "c/o Keyed GmbH, Altenberge"; that is not rapidmail's
 *   own address and comes from no rapidmail document we read.
 */
export const rapidmail: Processor = {
  id: "rapidmail",
  name: "rapidmail",
  aliases: [],
  categories: ["newsletter"],
  entity: {
    name: "rapidmail GmbH",
    address: { street: "Wentzingerstraße 21", postalCode: "79106", city: "Freiburg im Breisgau", country: "DE" },
    url: "https://www.rapidmail.de/",
  },
  role: "processor",
  urls: {
    website: "https://www.rapidmail.de/",
    privacyPolicy: PRIVACY_TERMS,
  },
  description: {
    en: "rapidmail is a German newsletter service for businesses: it keeps recipient lists, sends newsletters and reports on opens and clicks.",
    de: "rapidmail ist ein deutscher Newsletter-Dienst für Unternehmen: Er verwaltet Empfängerlisten, versendet Newsletter und wertet Öffnungen und Klicks aus.",
  },
  activities: {
    purposes: [
      {
        purpose: "marketing.communications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "To send you the newsletter you signed up for.",
          de: "Um Ihnen den Newsletter zu senden, für den Sie sich angemeldet haben.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To count how often our newsletter is opened and which of its links are clicked.",
          de: "Um zu zählen, wie oft unser Newsletter geöffnet wird und welche Links darin angeklickt werden.",
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
          en: "whether your e-mail program loaded a hidden counting image in the newsletter (counted as an open) and which links you clicked",
          de: "ob Ihr E-Mail-Programm ein verstecktes Zählbild im Newsletter nachgeladen hat (als Öffnung gezählt) und welche Links Sie angeklickt haben",
        },
        collected: "usage",
      },
      {
        category: "user.device",
        details: { en: "the kind of device on which the newsletter was read", de: "die Art des Geräts, auf dem der Newsletter gelesen wurde" },
        collected: "usage",
      },
    ],
    subjects: ["newsletter_subscriber"],
  },
  domains: [],
  transfers: [],
  deletion: {
    en: "You can unsubscribe from our newsletter at any time; after that, your address is no longer mailed. To have your data deleted entirely, ask us.",
    de: "Sie können sich jederzeit von unserem Newsletter abmelden; danach wird Ihre Adresse nicht mehr angeschrieben. Wenn Sie Ihre Daten vollständig löschen lassen möchten, wenden Sie sich an uns.",
  },
  deviceAccess: [],
  sources: [
    // General Terms and Conditions, English (co.uk), undated: stored copy, opening part (entity, address, processing for customers).
    { url: GTC_UK, facts: ["entity", "role"], checked: "2026-12-06" },
    // General Terms and Conditions, English (.com), undated: stored copy, opening part (the same entity and address).
    { url: GTC_COM, facts: ["entity"], checked: "2026-12-06" },
    // Datenschutzbestimmungen, undated, older address: stored copy, opening part (contract for processing on behalf).
    { url: PRIVACY_TERMS, facts: ["role", "urls"], checked: "2026-12-06" },
    // Help centre: open and click rates (tracking pixel, tracking links), stored copy, undated.
    { url: "https://rapidmail.at/hilfe/oeffnungsrate-klickrate-von-newslettern", facts: ["activities"], checked: "2026-12-06" },
    // Help centre: key figures (click map, devices), stored copy, undated.
    { url: "https://rapidmail.at/hilfe/newsletter-kennzahlen-im-ueberblick", facts: ["activities"], checked: "2026-12-06" },
    // Help centre: unsubscribes and the blacklist (stored copy, undated).
    { url: "https://www.rapidmail.de/hilfe/blacklist-eintraege-loeschen", facts: ["deletion"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "rapidmail's processing contract (AV-Vertrag) and its list of sub-processors were not read: no rapidmail document read says whether, or where, the data leaves the EU/EEA.",
    },
  ],
  disagreements: [],
};
