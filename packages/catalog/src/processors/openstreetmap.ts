import type { Processor } from "@policy/core";

const FAQ = "https://osmfoundation.org/wiki/Services_and_tile_users_privacy_FAQ";
const INCORPORATION = "https://osmfoundation.org/wiki/Incorporation";
const OSM_WEBSITE_LOCALE =
  "https://github.com/openstreetmap/openstreetmap-website/blob/9da0fa5ecbff8adc5e6e91c7cf22546755a91f77/config/locales/en.yml";

/**
 * OpenStreetMap map tiles in the "Standard Style", loaded from the OpenStreetMap Foundation's tile servers
 * (tile.openstreetmap.org) to show an embedded map, e.g. with Leaflet or OpenLayers. Maps from other tile providers
 * that use OpenStreetMap data (Mapbox, Stadia, Thunderforest, self-hosted tiles) are not this entry.
 *
 * Read (2026-12-06, stored copies of the OpenStreetMap Foundation's own wiki at osmfoundation.org):
 * - "Services and tile users privacy FAQ" (osmfoundation.org/wiki/Services_and_tile_users_privacy_FAQ, opening part):
 *   the OSMF operates the map tiles rendered in the OSM "Standard Style" (and Nominatim and the editing APIs), usable
 *   by third parties under its use policies and its privacy policy; "There is no Data Controller - Data Processor
 *   relationship between you and the OSMF ... The OSMF operates as an independent Data Controller and is not
 *   processing personal data on your behalf. You or your organisation neither have control over our data processing
 *   nor do you have access to any such data collected by us"; API servers and databases are in the United Kingdom,
 *   Ireland and the Netherlands; "Map tiles are provided over the Fastly content delivery network, where the cache
 *   server your browser or app accesses is determined by routing", supplied by regional rendering servers the OSMF
 *   operates; it points to tile.openstreetmap.org. The FAQ's later answers (what to put in a website's privacy
 *   statement) were not in the stored copy.
 * - "Incorporation" (osmfoundation.org/wiki/Incorporation): a company limited by guarantee registered in England and
 *   Wales, no. 05912761; "Address of Registered Office: Openstreetmap Foundation, St John's Innovation Centre, Cowley
 *   Road, Cambridge, CB4 0WS, United Kingdom".
 * - openstreetmap.org's own text (openstreetmap/openstreetmap-website, config/locales/en.yml, commit 9da0fa5e of
 *   20 August 2026): the privacy policy is at osmfoundation.org/wiki/Privacy_Policy.
 * - The privacy policy itself was read only in its opening part (third-party mirrors and the wiki's diff of revision
 *   11742, "Updated privacy policy, primary to account for the CDN"): it covers openstreetmap.org and its services and
 *   APIs; for people who use OSMF services without contributing, its section "Data we receive automatically" is the
 *   relevant one. That section was not in any stored copy.
 *
 * Role "controller", as the FAQ says. Transfers: the OSMF is in the UK (adequacy decision). Fastly, which delivers the
 * tiles, is named, but no OSMF document read says where Fastly processes the requests or on what safeguard, so no
 * transfer beyond the UK is listed; the data details say that the tiles come through Fastly's network.
 *
 * Left out, and why: retention and the contact for rights requests (in the privacy policy's sections not read);
 * cookies (none are set by tile requests as far as any document read says; none listed).
 */
export const openstreetmap: Processor = {
  id: "openstreetmap",
  name: "OpenStreetMap",
  aliases: ["OpenStreetMap tiles", "OSM", "OpenStreetMap Foundation"],
  categories: ["maps"],
  entity: {
    name: "OpenStreetMap Foundation",
    article: "die",
    address: { street: "St John's Innovation Centre, Cowley Road", postalCode: "CB4 0WS", city: "Cambridge", country: "GB" },
    url: "https://osmfoundation.org/",
  },
  role: "controller",
  urls: {
    website: "https://www.openstreetmap.org/",
    privacyPolicy: "https://osmfoundation.org/wiki/Privacy_Policy",
  },
  description: {
    en: "OpenStreetMap is a free world map made by volunteers; with this setup the map tiles of an embedded map are loaded from the OpenStreetMap Foundation's tile servers.",
    de: "OpenStreetMap ist eine freie, von Freiwilligen erstellte Weltkarte; bei dieser Einbindung werden die Kartenkacheln einer eingebetteten Karte von den Kachelservern der OpenStreetMap Foundation geladen.",
  },
  activities: {
    purposes: [
      {
        purpose: "functional.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Showing an interactive map on our pages, for example so that you can find us.",
          de: "Auf unseren Seiten eine interaktive Karte zu zeigen, etwa damit Sie uns finden.",
        },
      },
    ],
    data: [
      {
        category: "user.device.ip_address",
        details: {
          en: "sent with each map tile request; the tiles are delivered through the Fastly content delivery network, whose server is chosen by the route from your connection",
          de: "wird mit jeder Anfrage nach Kartenkacheln übermittelt; die Kacheln werden über das Content Delivery Network von Fastly ausgeliefert, dessen Server sich nach dem Weg von Ihrer Verbindung aus richtet",
        },
      },
      {
        category: "user.telemetry",
        details: {
          en: "the map tiles requested, that is the part of the map shown, and the browser information sent with each request",
          de: "die angeforderten Kartenkacheln, also der gezeigte Kartenausschnitt, und die Browserangaben, die mit jeder Anfrage gesendet werden",
        },
      },
    ],
    subjects: ["website_visitor"],
  },
  domains: ["tile.openstreetmap.org"],
  transfers: [
    {
      country: "GB",
      recipient: "OpenStreetMap Foundation",
      mechanism: "A45-3",
      checked: "2026-12-06",
    },
  ],
  deletion: {
    en: "The OpenStreetMap Foundation decides on this data itself, and we have no access to it; please contact the Foundation directly.",
    de: "Über diese Daten entscheidet die OpenStreetMap Foundation selbst, und wir haben keinen Zugriff darauf; wenden Sie sich bitte direkt an die Foundation.",
  },
  deviceAccess: [],
  sources: [
    // OSMF "Services and tile users privacy FAQ" (stored copy, opening part): independent controller, no DPA, Fastly CDN.
    { url: FAQ, facts: ["role", "transfers", "activities", "deletion", "domains"], checked: "2026-12-06" },
    // OSMF "Incorporation" page (stored copy): legal form and registered office.
    { url: INCORPORATION, facts: ["entity", "transfers"], checked: "2026-12-06" },
    // openstreetmap.org's English locale file: the link to the OSMF privacy policy.
    { url: OSM_WEBSITE_LOCALE, facts: ["urls"], checked: "2026-12-06" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "transfers",
      note: "The Foundation's privacy FAQ for tile users says the tiles are delivered through the Fastly content delivery network, the cache server chosen by routing; no OSMF document read says in which countries Fastly handles the requests or on which ground (the privacy policy revision updated for the CDN, 11742, was not read). So the list may not be complete.",
    },
  ],
  disagreements: [],
};
