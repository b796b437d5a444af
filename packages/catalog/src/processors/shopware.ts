import type { Processor } from "@policy/core";

const checked = "2026-12-06";

/** Shopware's developer documentation (shopware/docs, the source of developer.shopware.com), at the snapshot read. */
const docs = "https://github.com/shopware/docs/blob/23afd5cbd6ee7cac751fcc1e5fa4184928435f52";
/** Shopware's source code (shopware/shopware), at the snapshot read (24 October 2024, Shopware 6.6). */
const source = "https://github.com/shopware/shopware/blob/cfc087db92b7381885333c3035b8a034ec251bae";

/**
 * Shopware 6 run by the shop itself: the shop software of shopware AG, installed on servers the shop controls (its own,
 * or a hosting provider's, which is an entry of its own). Nothing of the shop's customer data goes to shopware AG, so
 * this is self-hosted software with no processor. Shopware's own cloud editions (SaaS and PaaS Native, which Shopware
 * hosts and manages) would make shopware AG a provider and are not this entry.
 *
 * Read (2026-12-06):
 * - shopware AG, General Terms and Conditions, "Last Updates: 2021-06-02", https://www.shopware.com/en/gtc (stored
 *   copy; the English text is a convenience version): "shopware AG, Ebbinghoff 10, 48624 Schöppingen, Germany";
 *   section 2: Shopware "is the producer of the 'Shopware' shop software, which Shopware offers to the customer for
 *   running its own online shop". Shopware's Special Contractual Terms for Shopware Nexus (stored copy,
 *   https://www.shopware.com/nl/legal/shopware-nexus, undated) give the same name and address.
 * - shopware AG, EU Data Act Addendum, https://www.shopware.com/nl/legal/data-act-addendum (stored copy, English,
 *   undated), section 1.3: it applies to Shopware's cloud services (SaaS and/or PaaS) and "does not apply to pure
 *   self-hosting / on-premises scenarios".
 * - Shopware developer documentation, products/paas/shopware/index.md (shopware/docs at commit 23afd5cb, file last
 *   changed 10 July 2025): in the comparison table, the infrastructure of a self-hosted Shopware is "Fully managed by
 *   the customer", that of SaaS "Fully managed by Shopware".
 * - Shopware developer documentation, concepts/commerce/content/cookie-consent-management.md (last changed 14 April
 *   2026): the consent system's own cookies cookie-preference (the visitor's choices) and cookie-config-hash (which
 *   cookie configuration they were made for, per language), each 30 days; the cookies it never removes, "session-*"
 *   (the shop's session) and "timezone".
 * - Shopware developer documentation, concepts/framework/http_cache.md (last changed 23 January 2026): sw-cache-hash
 *   holds a hash of what makes a page differ for this visitor (logged in or not, tax state, currency, matched rules)
 *   and is set once that differs from the default; sw-currency (set when a visitor who is not logged in and has an
 *   empty cart changes the currency) and sw-states (tags such as logged-in and cart-filled) are deprecated and go in
 *   v6.8.0.0.
 * - Shopware developer documentation, guides/hosting/performance/session.md (last changed 18 June 2026): the session
 *   cookie lives as long as framework.session.cookie_lifetime says; unset, PHP's default applies, "typically 0,
 *   meaning until the browser closes".
 * - Shopware source (shopware/shopware at commit cfc087db, 24 October 2024): CacheResponseSubscriber.php sets
 *   sw-cache-hash, sw-currency and sw-states without an expiry (session cookies); timezone.util.js writes the
 *   browser's time zone into the timezone cookie for 30 days; CustomerDefinition.php (customer accounts: name, e-mail
 *   address, password hash, addresses, remote address) and RemoteAddressFieldSerializer.php with the setting
 *   "Save customer IP addresses as plain text" (off unless the shop turns it on: the address is stored shortened).
 *   The current CookieProvider.php (index copy at commit 073e0c42) lists session, timezone, cookie-preference (30
 *   days) and cookie-config-hash as technically required.
 *
 * Left out, and why:
 * - sw-context-token: in the Twig storefront the context token is kept in the session and sent as a request header,
 *   not as a cookie (StorefrontSubscriber.php); headless front ends (Shopware Frontends) that keep it in a cookie are
 *   not this entry.
 * - Cookies set only with the visitor's choice for a feature or another service (youtube-video, vimeo-video,
 *   wishlist-enabled, google-analytics-enabled, google-ads-enabled): they belong to those features and services.
 * - Shopware's data-sharing agreement (https://www.shopware.com/de/rechtliches/data-use-details, stored copy): a shop
 *   that agrees to it provides order, usage and diagnostic data from Shopware 6 to shopware AG; this entry is for a
 *   shop that has not, and a shop that has must name shopware AG as a recipient.
 * - Retention and deletion: a self-hosted shop keeps orders and accounts as long as it decides (and the law requires),
 *   so the policy states its own periods.
 * - Domains: the shop runs on its own domain, so there is no host to recognise Shopware by.
 */
export const shopware: Processor = {
  id: "shopware",
  name: "Shopware",
  aliases: ["Shopware 6"],
  categories: ["shop-platform"],
  selfHosted: true,
  role: "none",
  entity: {
    name: "shopware AG",
    address: { street: "Ebbinghoff 10", postalCode: "48624", city: "Schöppingen", country: "DE" },
    url: "https://www.shopware.com/",
  },
  urls: {
    website: "https://www.shopware.com/",
  },
  description: {
    en: "Shopware is shop software that runs an online store's product pages, shopping cart, checkout and customer accounts; here the shop runs it itself, on servers it controls, not in Shopware's cloud.",
    de: "Shopware ist eine Shopsoftware, mit der ein Onlineshop seine Produktseiten, den Warenkorb, die Kasse und die Kundenkonten betreibt; hier betreibt der Shop sie selbst auf Servern, über die er verfügt, und nicht in der Cloud von Shopware.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "Running our online shop: showing our products, keeping your shopping cart, taking your orders and managing your customer account.",
          de: "Betrieb unseres Onlineshops: Anzeige unserer Produkte, Speichern Ihres Warenkorbs, Annahme Ihrer Bestellungen und Verwaltung Ihres Kundenkontos.",
        },
      },
    ],
    data: [
      { category: "user.name", collected: "provided" },
      { category: "user.contact.email", collected: "provided" },
      {
        category: "user.contact.address",
        details: {
          en: "billing and delivery addresses",
          de: "Rechnungs- und Lieferadressen",
        },
        collected: "provided",
      },
      {
        category: "user.authorization.password",
        details: {
          en: "the password of your customer account, stored only as a one-way hash",
          de: "das Passwort Ihres Kundenkontos, nur als nicht umkehrbarer Hashwert gespeichert",
        },
        collected: "provided",
      },
      {
        category: "user.behavior.purchase_history",
        details: {
          en: "the orders you place with us",
          de: "die Bestellungen, die Sie bei uns aufgeben",
        },
        collected: "usage",
      },
      {
        category: "user.device.ip_address",
        details: {
          en: "stored with your customer account, in shortened form by default",
          de: "mit Ihrem Kundenkonto gespeichert, standardmäßig gekürzt",
        },
        collected: "automatic",
      },
    ],
    subjects: ["customer", "website_visitor"],
  },
  domains: [],
  transfers: [],
  deviceAccess: [
    {
      name: "session-*",
      technology: "cookie",
      purpose: {
        en: "Keeps your visit to the shop together, with your shopping cart and, once you log in, your login.",
        de: "Hält Ihren Besuch im Shop zusammen, mit Ihrem Warenkorb und nach der Anmeldung Ihrem Login.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "timezone",
      technology: "cookie",
      purpose: {
        en: "Stores your browser's time zone so that dates and times are shown in your local time.",
        de: "Speichert die Zeitzone Ihres Browsers, damit Datums- und Zeitangaben in Ihrer Ortszeit angezeigt werden.",
      },
      duration: "P30D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "cookie-preference",
      technology: "cookie",
      purpose: {
        en: "Remembers that you have made your cookie choices, so the banner is not shown again.",
        de: "Merkt sich, dass Sie Ihre Cookie-Auswahl getroffen haben, damit das Banner nicht erneut erscheint.",
      },
      duration: "P30D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "cookie-config-hash",
      technology: "cookie",
      purpose: {
        en: "Records which version of our cookie settings your choices apply to, so we ask again when they change.",
        de: "Hält fest, für welche Fassung unserer Cookie-Einstellungen Ihre Auswahl gilt, damit wir bei Änderungen erneut fragen.",
      },
      duration: "P30D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "sw-cache-hash",
      technology: "cookie",
      purpose: {
        en: "Holds a code for what makes the pages you see differ from the standard ones (login, currency, prices), so that stored copies of pages are not mixed up.",
        de: "Enthält einen Code dafür, was die angezeigten Seiten von den Standardseiten unterscheidet (Anmeldung, Währung, Preise), damit zwischengespeicherte Seiten nicht verwechselt werden.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "sw-currency",
      technology: "cookie",
      purpose: {
        en: "Remembers the currency you chose while not logged in.",
        de: "Merkt sich die Währung, die Sie ohne Anmeldung gewählt haben.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "sw-states",
      technology: "cookie",
      purpose: {
        en: "Notes whether you are logged in or have items in your cart, so that pages made for you are not taken from the shared page cache.",
        de: "Vermerkt, ob Sie angemeldet sind oder Artikel im Warenkorb haben, damit für Sie erstellte Seiten nicht aus dem gemeinsamen Seitenzwischenspeicher kommen.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    // shopware AG's General Terms and Conditions (last updated 2 June 2021, stored copy): the company, its address and
    // website, and that it makes the Shopware shop software for running one's own online shop.
    { url: "https://www.shopware.com/en/gtc", facts: ["entity", "urls"], checked, updated: "2021-06-02" },
    // shopware AG's EU Data Act Addendum (stored copy, undated): for its cloud services, not for self-hosting.
    { url: "https://www.shopware.com/nl/legal/data-act-addendum", facts: ["role"], checked },
    // Shopware's documentation on PaaS Native (shopware/docs): self-hosted infrastructure is managed by the customer.
    { url: `${docs}/products/paas/shopware/index.md`, facts: ["role"], checked, updated: "2025-07-10" },
    // Shopware's documentation on cookie consent: cookie-preference and cookie-config-hash (30 days), session-* and timezone.
    { url: `${docs}/concepts/commerce/content/cookie-consent-management.md`, facts: ["device-access"], checked, updated: "2026-04-14" },
    // Shopware's documentation on the HTTP cache: sw-cache-hash, sw-currency and sw-states.
    { url: `${docs}/concepts/framework/http_cache.md`, facts: ["device-access"], checked, updated: "2026-01-23" },
    // Shopware's documentation on sessions: the session cookie lasts until the browser closes unless configured.
    { url: `${docs}/guides/hosting/performance/session.md`, facts: ["device-access"], checked, updated: "2026-06-18" },
    // Shopware's source: the cache cookies are set without an expiry.
    { url: `${source}/src/Core/Framework/Adapter/Cache/Http/CacheResponseSubscriber.php`, facts: ["device-access"], checked },
    // Shopware's source: the timezone cookie, 30 days.
    { url: `${source}/src/Storefront/Resources/app/storefront/src/utility/timezone/timezone.util.js`, facts: ["device-access"], checked },
    // Shopware's source: what a customer account holds (name, e-mail address, password hash, addresses, IP address).
    { url: `${source}/src/Core/Checkout/Customer/CustomerDefinition.php`, facts: ["activities"], checked },
    // Shopware's source: the customer's IP address is stored shortened unless the shop chooses plain text.
    { url: `${source}/src/Core/Framework/DataAbstractionLayer/FieldSerializer/RemoteAddressFieldSerializer.php`, facts: ["activities"], checked },
  ],
  checked,
  unconfirmed: [],
  disagreements: [],
};
