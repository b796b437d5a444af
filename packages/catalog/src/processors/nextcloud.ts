import type { Processor } from "@policy/core";

const checked = "2026-12-06";

/** Nextcloud's documentation (nextcloud/documentation, the source of docs.nextcloud.com), as stored in the index. */
const docs = "https://github.com/nextcloud/documentation/blob";
/** Nextcloud's server source code (nextcloud/server), as stored in the index. */
const server = "https://github.com/nextcloud/server/blob";

/**
 * A Nextcloud server that the website's owner runs itself (on its own servers or with a hosting provider of its
 * choice, which is an entry of its own), used to share files with customers and partners: share links, uploads and
 * downloads. Nextcloud GmbH makes the software and hosts no instances for others, so nothing goes to it and the entry
 * is self-hosted software with no processor. A Nextcloud hosted by a provider is not this entry.
 *
 * Read (2026-12-06):
 * - Nextcloud GmbH, Privacy and Legal Policy for nextcloud.com, "Last updated: July 2024" (month only, so no date is
 *   recorded), https://nextcloud.com/privacy/, read in ToS;DR's archive (tosdr-versions, commit 050d194a), in full:
 *   section II names the controller "Nextcloud GmbH, Hauptmannsreute 44a, 70192 Stuttgart, Germany", telephone
 *   +49 711 25 24 28 90, e-mail "contact (at) nextcloud.com", web https://nextcloud.com. Section III: "As we do not
 *   offer Nextcloud hosting for others, this Privacy Policy cannot cover what happens on individual Nextcloud
 *   instances"; "Our software, be it the Nextcloud server or the Android or iOS apps, is designed from the ground up to
 *   ensure that no user data, especially personal data, is transferred to us." The same section names what can reach
 *   Nextcloud GmbH: the optional usage survey app (statistics the administrator checks first), the updater app
 *   (versions, installation time, update channel) and a push proxy for notifications to the mobile apps, which stores
 *   no personal data.
 * - Nextcloud Administration Manual, "Cookies", admin_manual/gdpr/cookies.rst (nextcloud/documentation at commit
 *   31b64a1e): Nextcloud stores only cookies it needs, all set by the Nextcloud server itself, none by third parties.
 *   The session cookie named after the instance ID and oc_sessionPassphrase last "Until browser is closed";
 *   __Host-nc_sameSiteCookiestrict and __Host-nc_sameSiteCookielax (without the prefix when Nextcloud is not reached
 *   over HTTPS) expire on 31 December 2100; the remember-me cookies nc_username, nc_token and nc_session_id are, as the
 *   manual puts it, set when a user selects "Remember me" at login (the login code read by a reviewer remembers logins
 *   by default, so the entry's texts do not state the condition), last 15 days by default (remember_login_cookie_lifetime) and are
 *   cleared at logout; ocDownloadStarted lasts 20 seconds while a download starts. Only nc_username holds personal
 *   data (the login name).
 * - Nextcloud Administration Manual, "Personal data stored", admin_manual/gdpr/personal_data.rst (commit 245837de):
 *   account data (user name, display name, e-mail address, password hash), file contents and metadata, share records,
 *   the activity log of file and sharing events (365 days by default), and the IP addresses in the web server's and
 *   Nextcloud's logs; optional features that send data out (the public lookup server lookup.nextcloud.com for profile
 *   fields a user publishes, the push proxy, federated sharing with other Nextcloud servers).
 * - Nextcloud server source: lib/base.php (commit 001b12c4) names the PHP session after the instance ID;
 *   lib/private/legacy/OC_Util.php (commit 00126022) generates the instance ID as "oc" followed by ten lower-case
 *   letters and digits; lib/private/Session/CryptoWrapper.php (commit 00126022) sets oc_sessionPassphrase with
 *   "expires" 0.
 *
 * Left out, and why:
 * - The optional features that reach Nextcloud GmbH or others (usage survey, updater, push proxy, lookup server,
 *   federated sharing): they are switched on or used by the operator or its users; where they are, the policy must
 *   name those recipients itself. This entry describes a server used for sharing files without them.
 * - Retention and deletion: the operator sets how long files, shares, the activity log and server logs are kept.
 * - Domains: the server runs under the operator's own domain, so there is no host to recognise Nextcloud by.
 * - The imprint (https://nextcloud.com/impressum/) was not read; the privacy policy gives the company's name and
 *   address.
 * - An administrator can set the instance ID in config.php; the "oc" prefix of the session cookie's name holds for
 *   the ID Nextcloud generates.
 */
export const nextcloud: Processor = {
  id: "nextcloud",
  name: "Nextcloud",
  aliases: ["Nextcloud Files", "Nextcloud Hub"],
  categories: ["collaboration"],
  selfHosted: true,
  role: "none",
  entity: {
    name: "Nextcloud GmbH",
    address: { street: "Hauptmannsreute 44a", postalCode: "70192", city: "Stuttgart", country: "DE" },
    email: "contact@nextcloud.com",
    url: "https://nextcloud.com/",
  },
  urls: {
    website: "https://nextcloud.com/",
  },
  description: {
    en: "Nextcloud is open-source software for storing and sharing files; here the website's owner runs it on a server it controls and uses it to exchange files with customers and partners.",
    de: "Nextcloud ist eine quelloffene Software zum Speichern und Teilen von Dateien; hier betreibt der Inhaber der Website sie auf einem Server, über den er verfügt, und tauscht damit Dateien mit Kunden und Partnern aus.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Exchanging files with customers and partners securely, on a file server we run ourselves.",
          de: "Dateien mit Kunden und Partnern sicher auszutauschen, über einen Dateiserver, den wir selbst betreiben.",
        },
      },
    ],
    data: [
      {
        category: "user.content.private",
        details: {
          en: "the files we share with you and the files you upload to us",
          de: "die Dateien, die wir mit Ihnen teilen, und die Dateien, die Sie zu uns hochladen",
        },
        collected: "content",
      },
      {
        category: "user.contact.email",
        details: {
          en: "your e-mail address, where we share files with you by e-mail or set up an account for you",
          de: "Ihre E-Mail-Adresse, wenn wir Dateien per E-Mail mit Ihnen teilen oder ein Konto für Sie einrichten",
        },
        collected: "provided",
      },
      {
        category: "user.name",
        details: {
          en: "your user name and display name, where we set up an account for you",
          de: "Ihr Benutzername und Anzeigename, wenn wir ein Konto für Sie einrichten",
        },
        collected: "provided",
      },
      {
        category: "user.behavior",
        details: {
          en: "a record of file events such as uploads, downloads and shares",
          de: "ein Protokoll von Dateivorgängen wie Hochladen, Herunterladen und Teilen",
        },
        collected: "usage",
      },
      {
        category: "user.device.ip_address",
        details: {
          en: "recorded in the server's logs",
          de: "in den Protokollen des Servers erfasst",
        },
        collected: "automatic",
      },
    ],
    subjects: ["customer", "business_partner", "contact_person"],
  },
  domains: [],
  transfers: [],
  deviceAccess: [
    {
      name: "oc[instance_id]",
      technology: "cookie",
      purpose: {
        en: "Holds a random session ID that links your visit to its session on the server.",
        de: "Enthält eine zufällige Sitzungskennung, die Ihren Besuch mit seiner Sitzung auf dem Server verbindet.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "oc_sessionPassphrase",
      technology: "cookie",
      purpose: {
        en: "Holds a random key that unlocks the encrypted session data on the server.",
        de: "Enthält einen zufälligen Schlüssel, mit dem die verschlüsselten Sitzungsdaten auf dem Server entschlüsselt werden.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "[__Host-]nc_sameSiteCookiestrict",
      technology: "cookie",
      purpose: {
        en: "Shows that a request comes from our file server's own pages, to protect against forged requests (CSRF).",
        de: "Zeigt an, dass eine Anfrage von den eigenen Seiten unseres Dateiservers kommt, zum Schutz vor gefälschten Anfragen (CSRF).",
      },
      duration: "P74Y",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "[__Host-]nc_sameSiteCookielax",
      technology: "cookie",
      purpose: {
        en: "Recognises when you arrive at our file server from another site, to protect against forged requests (CSRF).",
        de: "Erkennt, wenn Sie von einer anderen Website auf unseren Dateiserver kommen, zum Schutz vor gefälschten Anfragen (CSRF).",
      },
      duration: "P74Y",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "nc_username",
      technology: "cookie",
      purpose: {
        en: "Keeps you logged in after you log in: stores your login name.",
        de: "Hält Sie nach der Anmeldung angemeldet: speichert Ihren Anmeldenamen.",
      },
      duration: "P15D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "nc_token",
      technology: "cookie",
      purpose: {
        en: "Keeps you logged in after you log in: a random token that confirms the stored login without your password.",
        de: "Hält Sie nach der Anmeldung angemeldet: ein zufälliges Token, das die gespeicherte Anmeldung ohne Ihr Passwort bestätigt.",
      },
      duration: "P15D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "nc_session_id",
      technology: "cookie",
      purpose: {
        en: "Keeps you logged in after you log in: holds the ID of your original session so that it can be continued.",
        de: "Hält Sie nach der Anmeldung angemeldet: bewahrt die Kennung Ihrer ursprünglichen Sitzung, damit sie fortgesetzt werden kann.",
      },
      duration: "P15D",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "ocDownloadStarted",
      technology: "cookie",
      purpose: {
        en: "Tells the page for a few seconds that your download has started.",
        de: "Teilt der Seite für einige Sekunden mit, dass Ihr Download begonnen hat.",
      },
      duration: "PT20S",
      party: "first",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    // Nextcloud GmbH's privacy policy for nextcloud.com (July 2024), read in ToS;DR's archive: the company, its address,
    // e-mail and website; it hosts no instances for others and its software sends it no user data.
    {
      url: "https://github.com/tosdr/tosdr-versions/blob/050d194a110b8fbfaa8721e9ed060011ca462acc/Nextcloud/Privacy%20Policy.md",
      facts: ["entity", "role", "urls"],
      checked,
    },
    // Nextcloud Administration Manual, "Cookies": every cookie Nextcloud sets, its purpose and lifetime.
    { url: `${docs}/31b64a1e35a930de62f19dec1393b87dd205175b/admin_manual/gdpr/cookies.rst`, facts: ["device-access"], checked },
    // Nextcloud Administration Manual, "Personal data stored": accounts, files, shares, activity log, server logs.
    { url: `${docs}/245837dea4d037410d4890e59b8a17fa6de23cfe/admin_manual/gdpr/personal_data.rst`, facts: ["activities"], checked },
    // Nextcloud server source: the PHP session is named after the instance ID.
    { url: `${server}/001b12c482c24d43226afeb4164d0fc410383819/lib/base.php`, facts: ["device-access"], checked },
    // Nextcloud server source: the instance ID is "oc" and ten random letters and digits.
    { url: `${server}/001260223e544b6b583cbd9a9a87f11273c1642d/lib/private/legacy/OC_Util.php`, facts: ["device-access"], checked },
  ],
  checked,
  unconfirmed: [],
  disagreements: [],
};
