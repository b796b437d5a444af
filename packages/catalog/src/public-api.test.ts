import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The public API, name by name, so that an export is never added or lost by accident: a change here
// goes with the package's README (its API section) and its changeset. Types leave no runtime name
// and are not listed; the entry points are (package.json "exports").

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { readonly exports: Record<string, unknown> };

describe("the public API of @policy/catalog", () => {
  it("has these entry points", () => {
    expect(Object.keys(manifest.exports).sort()).toEqual([".", "./*", "./package.json", "./translations"]);
  });

  it("exports translated from @policy/catalog/translations, which gives an entry the texts the whole catalog has", async () => {
    const { translated } = await import("./translations.js");
    const { catalog } = await import("./catalog.js");
    const { zoom } = await import("./processors/zoom.js");
    expect(zoom.description).not.toHaveProperty("fr");
    expect(translated(zoom)).toEqual(catalog.zoom);
  });

  it("exports these names from @policy/catalog", async () => {
    expect(Object.keys(await import("./index.js")).sort()).toEqual([
      "activecampaign",
      "adobeAnalytics",
      "adobeFonts",
      "adyen",
      "allInkl",
      "amazonPay",
      "amazonWebServices",
      "atlassian",
      "brevo",
      "bunnyNet",
      "calendly",
      "catalog",
      "catalogCoverage",
      "cdnjs",
      "cleverreach",
      "cloudflare",
      "cloudflareTurnstile",
      "cloudflareWebAnalytics",
      "cookiebot",
      "crisp",
      "criteo",
      "dhlPaket",
      "dpd",
      "dropbox",
      "etracker",
      "facebookSocialPlugins",
      "friendlyCaptcha",
      "googleAds",
      "googleAdsense",
      "googleAnalytics",
      "googleAnalyticsUs",
      "googleCloud",
      "googleFonts",
      "googleMaps",
      "googleMeet",
      "googleRecaptcha",
      "googleTagManager",
      "googleWorkspace",
      "gotoMeeting",
      "hcaptcha",
      "hetzner",
      "hotjar",
      "hubspot",
      "instagramEmbeds",
      "intercom",
      "ionos",
      "jimdo",
      "jotform",
      "jsdelivr",
      "klarna",
      "klaviyo",
      "linkedinInsightTag",
      "mailchimp",
      "mailerlite",
      "mailjet",
      "mapbox",
      "matomo",
      "matomoCloud",
      "metaPixel",
      "metaPixelUs",
      "microsoft365",
      "microsoftAdvertising",
      "microsoftAzure",
      "microsoftClarity",
      "microsoftTeams",
      "mollie",
      "netlify",
      "nextcloud",
      "openstreetmap",
      "outbrain",
      "paypal",
      "pinterestTag",
      "plausible",
      "rapidmail",
      "redditPixel",
      "salesforce",
      "searchCatalog",
      "sendgrid",
      "sentry",
      "shopify",
      "shopifyUs",
      "shopware",
      "slack",
      "soundcloud",
      "spotify",
      "squarespace",
      "strato",
      "stripe",
      "stripeUs",
      "suggestCatalogId",
      "taboola",
      "tidio",
      "tiktokPixel",
      "translatedLocales",
      "trustedShops",
      "typeform",
      "usercentrics",
      "userlike",
      "vercel",
      "vimeo",
      "webex",
      "wistia",
      "wix",
      "woocommerce",
      "wordpressCom",
      "xPixel",
      "youtube",
      "zendesk",
      "zoom",
    ]);
  });
});
