import { describe, expect, it } from "vitest";
import { catalog, suggestCatalogId as suggest } from "../src/index.js";

describe("suggestCatalogId", () => {
  it("suggests the id of a typo", () => {
    expect(suggest("zom")).toBe("zoom");
    expect(suggest("stirpe")).toBe("stripe");
    expect(suggest("google-analytic")).toBe("google-analytics");
  });

  it("suggests the id of a name or alias written another way", () => {
    expect(suggest("Zoom")).toBe("zoom");
    expect(suggest("Google Analytics")).toBe("google-analytics");
    expect(suggest("GA4")).toBe("google-analytics");
    expect(suggest("Sendinblue")).toBe("brevo");
  });

  it("suggests the entry a product's regional entries are named after, for the name they share", () => {
    expect(catalog["stripe-us"].name).toBe("Stripe");
    expect(suggest("Stripe")).toBe("stripe");
    expect(suggest("Meta Pixel")).toBe("meta-pixel");
    expect(catalog["shopify-us"].name).toBe("Shopify");
    expect(suggest("Shopify")).toBe("shopify");
    // A product with only a regional entry: the regional entry.
    const { "shopify-us": shopifyUs, zoom } = catalog;
    expect(suggest("Shopify", { "shopify-us": shopifyUs, zoom })).toBe("shopify-us");
  });

  it("suggests the only entry a search finds", () => {
    expect(suggest("teams")).toBe("microsoft-teams");
  });

  it("suggests nothing when several entries fit equally well, or none does", () => {
    expect(suggest("google")).toBeUndefined();
    expect(suggest("xyzzy-nothing")).toBeUndefined();
    expect(suggest("")).toBeUndefined();
    expect(suggest("x".repeat(500))).toBeUndefined();
  });

  it("looks in another catalog when given one", () => {
    const { zoom, stripe } = catalog;
    expect(suggest("stirpe", { zoom, stripe })).toBe("stripe");
    expect(suggest("Google Analytics", { zoom, stripe })).toBeUndefined();
  });
});
