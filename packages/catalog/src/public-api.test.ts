import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The public API, name by name, so that an export is never added or lost by accident: a change here
// goes with the package's README (its API section) and its changeset. Types leave no runtime name
// and are not listed; the entry points are (package.json "exports").

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { readonly exports: Record<string, unknown> };

describe("the public API of @policy/catalog", () => {
  it("has these entry points", () => {
    expect(Object.keys(manifest.exports).sort()).toEqual([".", "./*", "./package.json"]);
  });

  it("exports these names from @policy/catalog", async () => {
    expect(Object.keys(await import("./index.js")).sort()).toEqual([
      "adobeFonts",
      "adyen",
      "amazonWebServices",
      "brevo",
      "bunnyNet",
      "calendly",
      "catalog",
      "cleverreach",
      "cloudflare",
      "crisp",
      "facebookSocialPlugins",
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
      "hetzner",
      "hotjar",
      "hubspot",
      "instagramEmbeds",
      "intercom",
      "ionos",
      "jimdo",
      "klarna",
      "linkedinInsightTag",
      "mailchimp",
      "matomo",
      "matomoCloud",
      "metaPixel",
      "metaPixelUs",
      "microsoftClarity",
      "microsoftTeams",
      "mollie",
      "netlify",
      "paypal",
      "pinterestTag",
      "plausible",
      "salesforce",
      "searchCatalog",
      "sentry",
      "shopify",
      "shopifyUs",
      "soundcloud",
      "spotify",
      "squarespace",
      "strato",
      "stripe",
      "stripeUs",
      "suggestCatalogId",
      "tiktokPixel",
      "typeform",
      "vercel",
      "vimeo",
      "webex",
      "wix",
      "wordpressCom",
      "xPixel",
      "youtube",
      "zendesk",
      "zoom",
    ]);
  });
});
