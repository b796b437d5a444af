import type { Processor } from "@policy/core";

const TERMS =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/e48c8c7a2dcd5f2aefc859595a1d32d4d972e92b/WordPress.com/Terms%20of%20Service.md";
const PRIVACY_POLICY =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/b59fe8173e4b00c25cee04682c1ea2aa85b6a008/WordPress.com/Privacy%20Policy.md";
const SOURCE = "https://github.com/woocommerce/woocommerce/blob";
const checked = "2026-12-06";

/**
 * WooCommerce: the open-source shop plugin that a website installs on its own WordPress and runs on its own servers.
 * Nothing goes to a provider, so the entry is self-hosted software with no processor. WooCommerce's paid or connected
 * services (WooPayments, WooCommerce Shipping and Tax, WooPay, the Woo marketplace) and a shop on WordPress.com
 * (wordpress-com) are other things.
 *
 * Read (2026-12-06):
 * - WordPress.com Terms of Service, "Last Updated: April 10, 2026" (Open Terms Archive contrib-versions,
 *   WordPress.com/Terms of Service.md, commit e48c8c7a, recorded 11 April 2026), section 1 "Who's Who": "Woo services
 *   includes WooCommerce, WooPayments, WooCommerce Shipping, WooCommerce Tax, MailPoet, and other products or services
 *   available at WooCommerce.com"; for someone residing in the "Designated Countries" (all countries in Europe among
 *   them) the agreement is with "WooCommerce Ireland Ltd." (elsewhere WooCommerce, Inc.). Section 3c: "Woo is an open
 *   source, customizable ecommerce platform". WooCommerce Ireland Ltd. is the maker named here; it receives nothing from
 *   a self-hosted shop.
 * - Automattic Privacy Policy, newest change-log entry 11 December 2025 (contrib-versions, WordPress.com/Privacy
 *   Policy.md, commit b59fe817, recorded 13 August 2026), "Controllers and Responsible Companies": WooCommerce Ireland
 *   Ltd., Grand Canal Dock, 25 Herbert Pl, Dublin, D02 AY86, Ireland, for Woo services in the Designated Countries;
 *   "How to Reach Us": a web form or privacypolicyupdates@automattic.com.
 * - WooCommerce's suggested privacy policy text, WC_Privacy::get_privacy_message() in the plugin's source
 *   (woocommerce/woocommerce, plugins/woocommerce/includes/class-wc-privacy.php, commit 6a3f93e6): the store tracks
 *   products viewed ("show you products you've recently viewed"), "Location, IP address and browser type" (for
 *   "estimating taxes and shipping") and the shipping address; at purchase it asks for name, billing and shipping
 *   address, e-mail, phone, "credit card/payment details" and optional account details (username, password), used to
 *   handle the order and account, take payment, meet legal duties "such as calculating taxes", and keep order
 *   information "for tax and accounting purposes"; reviews are stored if left. The same class registers WooCommerce's
 *   exporters and erasers for customer data, orders, downloads and payment tokens.
 * - "WooCommerce Cookies", https://woocommerce.com/document/woocommerce-cookies/ (undated; the stored copy at
 *   woocommerce.com/?p=8734366 shows the table's start: woocommerce_cart_hash and woocommerce_items_in_cart, "session",
 *   "Helps WooCommerce determine when cart contents/data changes"). Its further rows (wp_woocommerce_session_ "2 days",
 *   woocommerce_recently_viewed and store_notice[notice id] "session") were read only in merchants' copies of the table,
 *   a lead; each is confirmed in WooCommerce's source:
 *   - class-wc-cart-session.php (commit cc779db8): woocommerce_items_in_cart and woocommerce_cart_hash are set through
 *     wc_setcookie() with no expiry, so they end with the browser session.
 *   - class-wc-session-handler.php (commit 6e578d43, WooCommerce 10): the cookie is named 'wp_woocommerce_session_' .
 *     COOKIEHASH; it expires after 2 days, or a week when the customer is logged in (WEEK_IN_SECONDS), and is renewed
 *     when less than a day remains.
 *   - wc-product-functions.php (commit 1e049bd5): wc_track_product_view() sets woocommerce_recently_viewed, "for session
 *     only", and only when the recently viewed products widget is active.
 *   - client/legacy/js/frontend/woocommerce.js (commit 61b29e11): 'store_notice' plus the notice's ID, set to "hidden"
 *     without an expiry when the visitor dismisses the store notice.
 * - "Order Attribution Tracking", https://woocommerce.com/document/order-attribution-tracking/ (stored copy, undated):
 *   since WooCommerce 8.5 the feature is "enabled by default"; "no data is stored in WooCommerce unless an order is
 *   placed and all cookies of this feature expire with each session"; a session lasts 30 minutes from the first visit.
 *   OrderAttributionController.php (commit 39dbaa57): the Sourcebuster cookies' lifetime defaults to 0.00001 months,
 *   which "forces Sourcebuster into making the cookies valid for the current session only", and the session length to 30
 *   minutes; the feature registers the WP Consent API integration. order-attribution.js (commit 18ffb2fa): the cookies
 *   are sbjs_current, sbjs_current_add, sbjs_first, sbjs_first_add, sbjs_session, sbjs_udata, sbjs_migrations and
 *   sbjs_promo; at checkout or registration it saves the source type, referring URL, UTM values, entry page, session
 *   start, pages in the session, number of visits and user agent with the order or the customer.
 *
 * Left out, and why:
 * - Geolocation: with "Geolocate" chosen as the customer's default location and no MaxMind database installed,
 *   WooCommerce sends the visitor's IP address to an outside lookup service (class-wc-geolocation.php: ipinfo.io,
 *   ip-api.com). The default setting is the shop's base address, which sends nothing; a shop that turns geolocation on
 *   must name that service in its policy.
 * - The WordPress cookies a shop also sets (logged-in customers, comments) belong to WordPress itself, not to WooCommerce.
 * - Retention: WooCommerce lets the shop choose when to delete inactive accounts, trash pending, failed and cancelled
 *   orders and anonymise completed ones (class-wc-privacy.php); the policy states the shop's own periods.
 * - Cookies for the shop's staff in /wp-admin (woocommerce_snooze_suggestions__*, woocommerce_dismissed_suggestions__*,
 *   tk_ai in the cookie page's dashboard table) concern the shop's own team, not its visitors.
 * - The mini cart's copy of the cart in the browser's storage (wc_fragments_*, wc_cart_hash_*, wc_cart_created, in
 *   client/legacy/js/frontend/cart-fragments.js): WooCommerce's cookie page does not list it, and the cart hash is also
 *   kept in local storage, which has no expiry to state.
 * - Order attribution also reports each order's source to WooCommerce's usage tracking (WC_Tracks), which records
 *   nothing unless the shop has allowed usage tracking (WC_Site_Tracking::is_tracking_enabled()); a shop that allows it
 *   sends data to Automattic and must say so separately. Other features in the source that connect to outside services
 *   (address autocomplete, fraud protection, geolocation of customers) were not examined.
 * - Domains: the plugin's scripts load from the website's own host.
 */
export const woocommerce: Processor = {
  id: "woocommerce",
  name: "WooCommerce",
  aliases: ["Woo"],
  categories: ["shop-platform"],
  selfHosted: true,
  role: "none",
  entity: {
    name: "WooCommerce Ireland Ltd.",
    address: { street: "Grand Canal Dock, 25 Herbert Pl", postalCode: "D02 AY86", city: "Dublin", country: "IE" },
    email: "privacypolicyupdates@automattic.com",
    url: "https://woocommerce.com/",
  },
  urls: {
    website: "https://woocommerce.com/",
  },
  description: {
    en: "WooCommerce is open-source shop software that runs as a plugin on a WordPress website: product pages, cart, checkout, customer accounts and orders. In this case the website runs it on its own servers; payment and shipping services connected to it are separate services.",
    de: "WooCommerce ist eine quelloffene Shopsoftware, die als Plugin auf einer WordPress-Website läuft: Produktseiten, Warenkorb, Kasse, Kundenkonten und Bestellungen. Hier betreibt die Website sie auf ihren eigenen Servern; daran angebundene Zahlungs- und Versanddienste sind eigene Dienste.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-b",
        description: {
          en: "To show you our shop, keep your cart, take and deliver your order and, if you wish, keep a customer account for you.",
          de: "Um Ihnen unseren Shop zu zeigen, Ihren Warenkorb zu speichern, Ihre Bestellung anzunehmen und auszuliefern und, wenn Sie möchten, ein Kundenkonto für Sie zu führen.",
        },
      },
      {
        purpose: "essential.legal_obligation",
        legalBasis: "A6-1-c",
        description: {
          en: "To calculate taxes on your order and keep the order records that tax and accounting law require.",
          de: "Um die Steuern auf Ihre Bestellung zu berechnen und die Bestellunterlagen aufzubewahren, die das Steuer- und Buchführungsrecht verlangt.",
        },
      },
      {
        purpose: "analytics.reporting.campaign_insights",
        legalBasis: "A6-1-a",
        description: {
          en: "To see which website, search engine or campaign brought you to our shop when you place an order.",
          de: "Um zu sehen, über welche Website, Suchmaschine oder Kampagne Sie zu unserem Shop gekommen sind, wenn Sie bestellen.",
        },
      },
    ],
    data: [
      // What you provide
      { category: "user.name", collected: "provided" },
      {
        category: "user.contact.address",
        details: { en: "billing and shipping address", de: "Rechnungs- und Lieferadresse" },
        collected: "provided",
      },
      { category: "user.contact.email", collected: "provided" },
      { category: "user.contact.phone_number", collected: "provided" },
      {
        category: "user.payment",
        details: { en: "the payment method you choose", de: "die Zahlungsart, die Sie wählen" },
        collected: "provided",
      },
      {
        category: "user.account.username",
        details: { en: "if you open a customer account", de: "wenn Sie ein Kundenkonto eröffnen" },
        collected: "provided",
      },
      {
        category: "user.authorization.password",
        details: { en: "the password of your customer account", de: "das Passwort Ihres Kundenkontos" },
        collected: "provided",
      },
      {
        category: "user.content.public",
        details: { en: "product reviews you write", de: "Produktbewertungen, die Sie schreiben" },
        collected: "content",
      },
      // What is recorded while you shop
      {
        category: "user.behavior.purchase_history",
        details: { en: "what you order, when, and at what price", de: "was Sie wann zu welchem Preis bestellen" },
        collected: "usage",
      },
      {
        category: "user.behavior.browsing_history",
        details: {
          en: "the products you viewed, where our shop shows recently viewed products",
          de: "die Produkte, die Sie angesehen haben, wenn unser Shop zuletzt angesehene Produkte anzeigt",
        },
        collected: "usage",
      },
      {
        category: "user.device.ip_address",
        details: { en: "used, for example, to work out taxes and shipping", de: "etwa zur Berechnung von Steuern und Versand" },
        collected: "automatic",
      },
      {
        category: "user.location.imprecise",
        details: {
          en: "the country or region you shop from, for taxes and shipping",
          de: "das Land oder die Region, aus der Sie einkaufen, für Steuern und Versand",
        },
        collected: "automatic",
      },
      {
        category: "user.telemetry",
        details: {
          en: "with your order: the website, search engine or campaign that brought you, the page you arrived on, how many pages you viewed and how many visits you made, and your browser",
          de: "mit Ihrer Bestellung: die Website, Suchmaschine oder Kampagne, über die Sie kamen, die Seite, auf der Sie ankamen, wie viele Seiten Sie aufriefen und wie oft Sie uns besuchten, sowie Ihr Browser",
        },
        collected: "automatic",
      },
    ],
    subjects: ["customer", "website_visitor"],
  },
  domains: [],
  transfers: [],
  deletion: {
    en: "Ask us to delete your customer account or the personal data in your orders. WooCommerce gives us the means to export this data for you and to erase it.",
    de: "Bitten Sie uns, Ihr Kundenkonto oder die personenbezogenen Daten in Ihren Bestellungen zu löschen. WooCommerce gibt uns die Mittel, diese Daten für Sie zu exportieren und zu löschen.",
  },
  deviceAccess: [
    {
      name: "woocommerce_cart_hash",
      technology: "cookie",
      purpose: {
        en: "Lets the shop notice when the contents of your cart change.",
        de: "Lässt den Shop erkennen, wenn sich der Inhalt Ihres Warenkorbs ändert.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "woocommerce_items_in_cart",
      technology: "cookie",
      purpose: {
        en: "Notes that there is something in your cart, so that the shop shows your cart up to date.",
        de: "Vermerkt, dass etwas in Ihrem Warenkorb liegt, damit der Shop Ihren Warenkorb aktuell anzeigt.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "wp_woocommerce_session_*",
      technology: "cookie",
      purpose: {
        en: "Holds a code that links your browser to your cart and checkout details in our shop's database. It lasts two days, or a week while you are logged in to a customer account.",
        de: "Enthält einen Code, der Ihren Browser mit Ihrem Warenkorb und Ihren Angaben an der Kasse in der Datenbank unseres Shops verbindet. Es gilt zwei Tage, bei Anmeldung in einem Kundenkonto eine Woche.",
      },
      duration: "P2D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "woocommerce_recently_viewed",
      technology: "cookie",
      purpose: {
        en: "Remembers the products you looked at, so that the shop can show them to you again; set only where our shop shows recently viewed products.",
        de: "Merkt sich die Produkte, die Sie angesehen haben, damit der Shop sie Ihnen wieder zeigen kann; nur gesetzt, wenn unser Shop zuletzt angesehene Produkte anzeigt.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
    {
      name: "store_notice*",
      technology: "cookie",
      purpose: {
        en: "Remembers that you closed the shop's notice banner, so that it stays hidden.",
        de: "Merkt sich, dass Sie das Hinweisbanner des Shops geschlossen haben, damit es ausgeblendet bleibt.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "sbjs_session",
      technology: "cookie",
      purpose: {
        en: "Marks your current visit and counts its pages, so that an order can be credited to where the visit came from.",
        de: "Kennzeichnet Ihren laufenden Besuch und zählt dessen Seiten, damit eine Bestellung der Quelle des Besuchs zugeordnet werden kann.",
      },
      duration: "PT30M",
      party: "first",
      ground: "consent",
    },
    {
      name: "sbjs_*",
      technology: "cookie",
      purpose: {
        en: "The other order-attribution cookies (sbjs_current, sbjs_first, sbjs_udata and related ones) remember where your visit came from, such as a search engine, another website or a campaign link, the page you arrived on and your browser, so that an order can be credited to that source.",
        de: "Die übrigen Cookies der Bestellzuordnung (sbjs_current, sbjs_first, sbjs_udata und verwandte) merken sich, woher Ihr Besuch kam, etwa von einer Suchmaschine, einer anderen Website oder über einen Kampagnenlink, auf welcher Seite Sie ankamen und Ihren Browser, damit eine Bestellung dieser Quelle zugeordnet werden kann.",
      },
      duration: "session",
      party: "first",
      ground: "consent",
    },
  ],
  sources: [
    // WordPress.com Terms of Service (they cover Woo services), last updated 10 April 2026, as archived by Open Terms
    // Archive: for Woo services a customer in Europe contracts with WooCommerce Ireland Ltd.; Woo is an open-source platform.
    { url: TERMS, facts: ["entity", "role", "urls"], checked, updated: "2026-04-10" },
    // Automattic Privacy Policy, last changed 11 December 2025, as archived by Open Terms Archive: WooCommerce Ireland
    // Ltd.'s address and the privacy contact.
    { url: PRIVACY_POLICY, facts: ["entity"], checked, updated: "2025-12-11" },
    // WooCommerce's suggested privacy policy text and its data exporters and erasers, in the plugin's own source.
    {
      url: `${SOURCE}/6a3f93e68de421a9185f818ad20aaba74a9d93c0/plugins/woocommerce/includes/class-wc-privacy.php`,
      facts: ["role", "activities", "deletion"],
      checked,
    },
    // WooCommerce's cookie page (read as the stored copy at woocommerce.com/?p=8734366): the cart cookies, for the session.
    { url: "https://woocommerce.com/document/woocommerce-cookies/", facts: ["device-access"], checked },
    // WooCommerce's source: the cart cookies, the session cookie and its lifetimes, the recently viewed products cookie
    // and the store notice cookie.
    {
      url: `${SOURCE}/cc779db83c083d2909b07d1957ea3deb349df794/plugins/woocommerce/includes/class-wc-cart-session.php`,
      facts: ["device-access"],
      checked,
    },
    {
      url: `${SOURCE}/6e578d4316814c304f04767301ba66d6d8e47ead/plugins/woocommerce/includes/class-wc-session-handler.php`,
      facts: ["device-access"],
      checked,
    },
    {
      url: `${SOURCE}/1e049bd54733c6220b07a8b3c68459a4356e24f8/plugins/woocommerce/includes/wc-product-functions.php`,
      facts: ["device-access"],
      checked,
    },
    {
      url: `${SOURCE}/61b29e11dddeab0eb2f7301ac464e084c692eecb/plugins/woocommerce/client/legacy/js/frontend/woocommerce.js`,
      facts: ["device-access"],
      checked,
    },
    // WooCommerce's page on order attribution (stored copy): on by default since 8.5, cookies for the session only.
    { url: "https://woocommerce.com/document/order-attribution-tracking/", facts: ["activities", "device-access"], checked },
    // The order attribution feature in WooCommerce's source: cookie lifetime and session length, cookie names, what is
    // saved with an order.
    {
      url: `${SOURCE}/39dbaa5788be7a233a019e5dbab7564f784d2039/plugins/woocommerce/src/Internal/Orders/OrderAttributionController.php`,
      facts: ["activities", "device-access"],
      checked,
    },
    {
      url: `${SOURCE}/18ffb2fac0f3a3130872bee2d4ff06c0d40199f4/plugins/woocommerce/client/legacy/js/frontend/order-attribution.js`,
      facts: ["activities", "device-access"],
      checked,
    },
  ],
  checked,
  unconfirmed: [],
  disagreements: [],
};
