import type { Processor } from "@policy/core";

const checked = "2026-12-06";

const IMPRINT = "https://business.trustedshops.com/imprint";
const FAQ = "https://help.etrusted.com/hc/en-gb/articles/23970819574290-FAQ-on-Trusted-Shops-Data-Protection";
const JCA = "https://help.etrusted.com/hc/de/articles/4402587369105-Vertrag-%C3%BCber-die-gemeinsame-Verantwortlichkeit-nach-DSGVO";
const JCA_SUMMARY = "https://help.etrusted.com/hc/en-gb/articles/4402587369105-Joint-Controllership-agreement-GDPR";
const GDPR_PAGE = "https://support.trustedshops.com/de/lp/dsgvo";
const RIGHTS = "https://help.etrusted.com/hc/en-gb/articles/13208959054877-Data-subject-rights-under-the-joint-controllership-agreement";
const COOKIES = "https://help.etrusted.com/hc/en-gb/articles/28996215262226-Data-protection-guideline-Information-about-cookies";
const RECOGNITION =
  "https://help.etrusted.com/hc/en-gb/articles/360026658512-Data-protection-guideline-recognition-of-registered-Trusted-Shops-customers";
const DOCUMENTATION = "https://help.etrusted.com/hc/en-gb/articles/23970823488530-Trustbadge-documentation-for-online-retailers";
const TEMPLATE = "https://help.etrusted.com/hc/en-gb/articles/23970861473042-Template-text-for-your-privacy-declaration-Trustbadge-and-widgets";

/**
 * Trusted Shops: the Trustbadge and other widgets that show an online shop's Trusted Shops trustmark and its
 * reviews, and that after an order offer the buyer Trusted Shops' buyer protection and a review invitation. For shops
 * with a Trusted Shops membership.
 *
 * Read (2026-12-06), stored copies of Trusted Shops' own pages:
 * - Imprint (business.trustedshops.com/imprint, EU English version): "Trusted Shops SE, Colonius Carré, Subbelrather
 *   Straße 15c, 50823 Cologne, Germany", info@trustedshops.com. (Older copies name Trusted Shops AG and Trusted Shops
 *   GmbH at the same address.)
 * - "FAQ on Trusted Shops Data Protection" (help.etrusted.com, article 23970819574290): "Trusted Shops does not provide
 *   services as a processor pursuant to Art. 28 ... Rather, there is data processing under joint responsibility"; the
 *   Joint Controllership Agreement (JCA) is part of Trusted Shops' general terms and covers the integration of the
 *   Trustbadge, the transmission of data for buyer protection, review request e-mails sent on the shop's behalf and the
 *   collection of ratings. Its table: the content of the Trustbadge and the use of Trusted Shops services, and sending
 *   review invites, are jointly the responsibility of both; the B2C online system and the review system are Trusted
 *   Shops' alone. (An older version of the FAQ, article 360026764732, still described Trusted Shops as a processor for
 *   displaying the Trustbadge; the newer one is followed.)
 * - "Vertrag über die gemeinsame Verantwortlichkeit nach DSGVO" (help.etrusted.com/hc/de, article 4402587369105): the
 *   agreement under Art. 26(1) GDPR between Trusted Shops (named there as Trusted Shops AG, Subbelrather Str. 15c,
 *   Köln) and the member; the processing under joint responsibility and who is in charge of what are set out in its
 *   Annex I. Only sections 1 and 2 could be read; section 3 on data subjects' rights was not reached.
 * - support.trustedshops.com/de/lp/dsgvo: the processing takes place in joint responsibility with each member, set out
 *   in a JCA under Art. 26 GDPR; members must update their records, balance interests under Art. 6(1)(f) and adjust
 *   their privacy policy.
 * - "Data subject rights under the joint controllership agreement" (help.etrusted.com, article 13208959054877): a buyer
 *   who wants to end a buyer protection account must contact Trusted Shops; the shop forwards other deletion requests
 *   with a copy of the request; e-mail addresses given to Trusted Shops for review invitations are deleted
 *   automatically 180 days after the invitation was sent unless a review was submitted.
 * - "Data protection guideline – recognition of registered Trusted Shops customers" (article 360026658512): after an
 *   order the Trustbadge reads e-mail address, order number, amount, currency and, for product reviews, the product
 *   from an element of the checkout page, hashes the e-mail address and sends the data to Trusted Shops to check whether
 *   the buyer is registered; members act as joint controller and must meet their e-privacy rules.
 * - "Data protection guideline – Information about cookies" (article 28996215262226): "Trusted Shops does not use
 *   cookies when integrating widgets and does not store any information in the local storage of website visitors' end
 *   devices."
 * - "Trustbadge documentation for online retailers" (article 23970823488530): Trusted Shops offers members a privacy
 *   policy template, and in its own privacy policy "informs users of all cases in which Trusted Shops is responsible
 *   for the processing of their data".
 * - "Template text for your privacy declaration – Trustbadge and widgets" (article 23970861473042): for the US,
 *   "Service providers from the USA are generally certified under the EU-U.S. Data Privacy Framework (DPF) ... Where
 *   service providers are not certified under the DPF, standard contractual clauses have been concluded". Trusted
 *   Shops' GDPR page for members (business.trustedshops.com/members/gdpr, older) says the Trustbadge is delivered by a
 *   CDN provider and that Trusted Shops also uses service providers from the USA.
 *
 * Roles: joint controller with the shop for the Trustbadge, the order data it passes on and review invitations (JCA);
 * controller on its own for its review platform and the buyer protection it provides to buyers under their own
 * contract with it (FAQ table; recognition guideline).
 *
 * Left out, and why:
 * - The transfer's recipient and mechanism: Trusted Shops names neither the CDN provider nor whether it is certified
 *   under the Data Privacy Framework; the transfer is kept with the standard contractual clauses, marked unconfirmed.
 * - How long Trusted Shops keeps the Trustbadge's server logs: its own template was not read that far (customers'
 *   copies of it, leads only, say the IP address is anonymised right away).
 * - Domains: no Trusted Shops developer page read names the hosts the Trustbadge loads from.
 * - Device access: none, as Trusted Shops states; reading the order details from the checkout page is not storage on
 *   the device.
 */
export const trustedShops: Processor = {
  id: "trusted-shops",
  name: "Trusted Shops",
  aliases: ["Trustbadge", "Trusted Shops Trustbadge", "eTrusted"],
  categories: ["reviews"],
  entity: {
    name: "Trusted Shops SE",
    address: { street: "Colonius Carré, Subbelrather Straße 15c", postalCode: "50823", city: "Cologne", country: "DE" },
    email: "info@trustedshops.com",
    url: "https://business.trustedshops.com/",
  },
  role: "joint-controller",
  roles: [
    {
      role: "joint-controller",
      scope: {
        en: "showing the Trustbadge with our trustmark and reviews, passing on your order details through it after an order, and sending review invitations",
        de: "die Anzeige des Trustbadge mit unserem Gütesiegel und unseren Bewertungen, die Weitergabe Ihrer Bestelldaten über das Trustbadge nach einer Bestellung und den Versand von Bewertungseinladungen",
      },
      arrangement: {
        en: "We and Trusted Shops have set out in an agreement under Art. 26 GDPR which of us is in charge of which step. We inform you about the Trustbadge in this policy, and Trusted Shops about its own services in its privacy notice. You can exercise your rights with either of us; a request to close a Trusted Shops buyer protection account goes to Trusted Shops, and we pass on other requests that Trusted Shops must act on.",
        de: "Wir und Trusted Shops haben in einer Vereinbarung nach Art. 26 DSGVO festgelegt, wer von uns für welchen Schritt zuständig ist. Über das Trustbadge informieren wir Sie in dieser Erklärung, über seine eigenen Leistungen informiert Trusted Shops in seinen Datenschutzhinweisen. Sie können Ihre Rechte bei jedem von uns geltend machen; ein Antrag, ein Käuferschutzkonto bei Trusted Shops zu schließen, richtet sich an Trusted Shops, und andere Anfragen, um die sich Trusted Shops kümmern muss, leiten wir dorthin weiter.",
      },
      arrangementUrl: JCA,
    },
    {
      role: "controller",
      scope: {
        en: "its review platform and the buyer protection it provides to you under its own contract with you",
        de: "seine Bewertungsplattform und den Käuferschutz, den es Ihnen aufgrund eines eigenen Vertrags mit Ihnen bietet",
      },
    },
  ],
  urls: {
    website: "https://business.trustedshops.com/",
  },
  description: {
    en: "Trusted Shops certifies online shops and collects their customer reviews; its Trustbadge shows the shop's trustmark and rating and, after an order, offers buyer protection and an invitation to review the purchase.",
    de: "Trusted Shops zertifiziert Onlineshops und sammelt deren Kundenbewertungen; sein Trustbadge zeigt das Gütesiegel und die Bewertung des Shops und bietet nach einer Bestellung Käuferschutz und eine Einladung zur Bewertung des Einkaufs an.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Showing visitors our Trusted Shops trustmark and the reviews of our shop, so that they can judge whether to buy from us.",
          de: "Besuchern unser Trusted-Shops-Gütesiegel und die Bewertungen unseres Shops zu zeigen, damit sie einschätzen können, ob sie bei uns kaufen möchten.",
        },
      },
      {
        purpose: "marketing.communications.email",
        legalBasis: "A6-1-a",
        description: {
          en: "After an order, offering you Trusted Shops' buyer protection and an invitation to review your purchase.",
          de: "Ihnen nach einer Bestellung den Käuferschutz von Trusted Shops und eine Einladung zur Bewertung Ihres Einkaufs anzubieten.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "sent when the Trustbadge is loaded and recorded in Trusted Shops' server logs",
          de: "wird beim Laden des Trustbadge übertragen und in den Server-Logdateien von Trusted Shops erfasst",
        },
      },
      {
        category: "user.contact.email",
        details: {
          en: "after an order, hashed before it is sent, to check whether you already use Trusted Shops",
          de: "nach einer Bestellung, vor der Übertragung gehasht, um zu prüfen, ob Sie Trusted Shops bereits nutzen",
        },
      },
      {
        category: "user.behavior.purchase_history",
        details: {
          en: "order number, order amount and currency, and the product bought where we collect product reviews",
          de: "Bestellnummer, Bestellbetrag und Währung sowie das gekaufte Produkt, wenn wir Produktbewertungen sammeln",
        },
      },
    ],
    subjects: ["website_visitor", "customer"],
  },
  domains: [],
  transfers: [
    {
      country: "US",
      recipient: {
        en: "service providers of Trusted Shops in the US",
        de: "Dienstleister von Trusted Shops in den USA",
      },
      mechanism: "A46-2-c",
      note: {
        en: "Trusted Shops says its US service providers are generally certified under the EU-US Data Privacy Framework and that standard contractual clauses are in place with those that are not; it does not say which applies to which provider.",
        de: "Trusted Shops gibt an, dass seine Dienstleister in den USA in der Regel nach dem EU-US-Datenschutzrahmen zertifiziert sind und mit den übrigen Standardvertragsklauseln geschlossen wurden; für welchen Dienstleister was gilt, sagt es nicht.",
      },
    },
  ],
  retention: {
    criteria: {
      en: "Trusted Shops deletes an e-mail address we passed to it for a review invitation 180 days after the invitation was sent, unless a review was written.",
      de: "Trusted Shops löscht eine E-Mail-Adresse, die wir ihm für eine Bewertungseinladung übermittelt haben, 180 Tage nach dem Versand der Einladung, sofern keine Bewertung abgegeben wurde.",
    },
  },
  deletion: {
    en: "To close a Trusted Shops buyer protection account, contact Trusted Shops directly. For anything else about the Trustbadge you can contact us; we pass your request on to Trusted Shops where it concerns Trusted Shops.",
    de: "Um ein Käuferschutzkonto bei Trusted Shops zu schließen, wenden Sie sich direkt an Trusted Shops. Mit allen anderen Anliegen zum Trustbadge können Sie sich an uns wenden; soweit sie Trusted Shops betreffen, leiten wir sie dorthin weiter.",
  },
  deviceAccess: [],
  sources: [
    // Imprint, EU English version; stored copy.
    { url: IMPRINT, facts: ["entity", "urls"], checked },
    // FAQ on Trusted Shops Data Protection (newer version); stored copy.
    { url: FAQ, facts: ["role"], checked },
    // The joint controllership agreement (German), sections 1 and 2; stored copy.
    { url: JCA, facts: ["role"], checked },
    // The help centre's summary of the joint controllership agreement; stored copy.
    { url: JCA_SUMMARY, facts: ["role"], checked },
    // Trusted Shops' GDPR page for members (German); stored copy.
    { url: GDPR_PAGE, facts: ["role"], checked },
    // Data subject rights under the joint controllership agreement; stored copy.
    { url: RIGHTS, facts: ["role", "retention", "deletion"], checked },
    // Recognition of registered Trusted Shops customers: what the Trustbadge reads and sends after an order; stored copy.
    { url: RECOGNITION, facts: ["role", "activities"], checked },
    // Information about cookies: no cookies, no local storage; stored copy.
    { url: COOKIES, facts: ["device-access", "activities"], checked },
    // Trustbadge documentation for online retailers: who informs visitors of what; stored copy.
    { url: DOCUMENTATION, facts: ["role"], checked },
    // Template text for members' privacy policies: US service providers, DPF or standard contractual clauses; stored copy.
    { url: TEMPLATE, facts: ["transfers"], checked },
  ],
  checked,
  unconfirmed: [
    {
      fact: "transfers[0].mechanism",
      note: "Trusted Shops' template text says its US service providers are generally certified under the Data Privacy Framework and that standard contractual clauses apply to the others, without naming the providers (the Trustbadge's CDN provider included) or which applies to each.",
    },
  ],
  disagreements: [],
};
