import { catalog as realCatalog } from "@policy/catalog";
import { definePolicy, parsePolicy, type Processor } from "@policy/core";
import { describe, expect, it } from "vitest";
import { matchObservation, type Observation } from "../src/index.js";

/** Catalog entries as the scan sees them: the real ones, with the hosts these tests need. */
const catalog: Record<string, Processor> = {
  "google-fonts": { ...realCatalog["google-fonts"], domains: ["fonts.googleapis.com", "fonts.gstatic.com"] },
  "meta-pixel": { ...realCatalog["meta-pixel"], domains: ["connect.facebook.net", "*.facebook.com"] },
  "meta-pixel-us": { ...realCatalog["meta-pixel-us"], domains: ["connect.facebook.net", "*.facebook.com"] },
  "google-analytics": { ...realCatalog["google-analytics"], domains: ["*.google-analytics.com"] },
  brevo: { ...realCatalog.brevo, domains: ["*.sibforms.com"] },
};

const policy = parsePolicy(
  definePolicy({
    meta: { version: "1", effective: "2026-12-01" },
    locales: ["en"],
    controller: { name: "Shop GmbH", address: { street: "Weg 1", postalCode: "10115", city: "Berlin", country: "DE" }, email: "p@shop.example" },
    consentSettingsUrl: "https://shop.example/consent",
    deviceAccess: [{ name: "sid", purpose: { en: "Keeps the basket." }, duration: "session", party: "first", ground: "strictly-necessary" }],
    services: [
      { id: "ads", processor: "meta-pixel", retention: { criteria: { en: "As Meta says." } } },
      { id: "newsletter", processor: "brevo", retention: { until: { en: "you unsubscribe" } } },
    ],
  }),
  { catalog },
);

const page = "https://shop.example/";
const before = { page, phase: "before-consent" as const };
const observation: Observation = {
  site: "https://shop.example/",
  pages: [before],
  requests: [
    { url: "https://shop.example/app.js", host: "shop.example", ...before },
    { url: "https://static.shop.example/logo.png", host: "static.shop.example", ...before },
    { url: "https://connect.facebook.net/en_US/fbevents.js", host: "connect.facebook.net", ...before },
    { url: "https://fonts.googleapis.com/css2?family=Inter", host: "fonts.googleapis.com", ...before },
    { url: "https://fonts.gstatic.com/s/inter/v1.woff2", host: "fonts.gstatic.com", ...before },
    { url: "https://cdn.unknown-widget.example/w.js", host: "cdn.unknown-widget.example", ...before },
  ],
  cookies: [
    { name: "sid", domain: "shop.example", ...before },
    { name: "_fbp", domain: "shop.example", ...before },
    { name: "_ga", domain: "shop.example", ...before },
    { name: "theme", domain: "shop.example", ...before },
  ],
  storage: [{ technology: "local-storage", key: "cart", origin: "https://shop.example", ...before }],
  policyLinks: ["https://shop.example/privacy"],
  skipped: [],
};

describe("matchObservation", () => {
  const report = matchObservation(observation, policy, { catalog });
  const kinds = report.findings.map((finding) => finding.kind);

  it("finds exactly one undeclared service, named with its catalog id and the requests that show it", () => {
    const undeclared = report.findings.filter((finding) => finding.kind === "undeclared-service");
    expect(undeclared).toEqual([
      {
        kind: "undeclared-service",
        message: "the site contacts fonts.googleapis.com, fonts.gstatic.com (Google Fonts), and no service of the policy names Google Fonts",
        catalogIds: ["google-fonts"],
        evidence: [
          { what: "https://fonts.googleapis.com/css2?family=Inter", page, phase: "before-consent" },
          { what: "https://fonts.gstatic.com/s/inter/v1.woff2", page, phase: "before-consent" },
        ],
      },
    ]);
  });

  it("counts the site's own hosts, subdomains included, as no third party, and sees the declared pixel", () => {
    expect(report.seen).toEqual([{ serviceId: "ads", hosts: ["connect.facebook.net"] }]);
    expect(report.findings.some((finding) => finding.message.includes("shop.example,") || finding.message.includes("static.shop.example"))).toBe(
      false,
    );
  });

  it("reports a cookie set before consent whose ground in the policy is consent, with the page", () => {
    expect(report.findings.filter((finding) => finding.kind === "before-consent")).toEqual([
      {
        kind: "before-consent",
        message: '_fbp is set before any consent was given, and the policy\'s ground for it is consent (service "ads")',
        catalogIds: [],
        serviceId: "ads",
        evidence: [{ what: "_fbp", page, phase: "before-consent" }],
      },
    ]);
  });

  it("reports cookies the policy does not list, naming the catalog entry that knows one", () => {
    const unlisted = report.findings
      .filter((finding) => finding.kind === "unlisted-device-access")
      .map((finding) => [finding.message, finding.catalogIds]);
    expect(unlisted).toEqual([
      [
        "the site sets the cookie _ga (shop.example), which the policy does not list; the catalog knows it from google-analytics",
        ["google-analytics"],
      ],
      ["the site sets the cookie theme (shop.example), which the policy does not list", []],
      ["the site sets the local storage key cart (shop.example), which the policy does not list", []],
    ]);
  });

  it("lists a host the catalog does not know, for the user to classify, and hints at a declared service it never saw", () => {
    expect(report.findings.find((finding) => finding.kind === "unknown-host")?.message).toBe(
      "the site contacts cdn.unknown-widget.example, which the catalog does not know: name the service it belongs to, or say why the policy need not",
    );
    expect(report.findings.find((finding) => finding.kind === "unseen-service")).toMatchObject({ serviceId: "newsletter" });
    expect(kinds.filter((kind) => kind === "unseen-service")).toHaveLength(1);
  });

  it("names a product's regional entries together, the entry they are named after first", () => {
    const onlyPixel: Observation = { ...observation, requests: [observation.requests[2]!], cookies: [], storage: [] };
    const withoutAds = parsePolicy(
      definePolicy({
        meta: { version: "1", effective: "2026-12-01" },
        locales: ["en"],
        controller: { name: "Shop GmbH", address: { street: "Weg 1", postalCode: "10115", city: "Berlin", country: "DE" } },
        services: [
          {
            id: "contact",
            purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
            data: ["user.name"],
            subjects: ["customer"],
            retention: { duration: "P1Y" },
          },
        ],
      }),
      { catalog },
    );
    const found = matchObservation(onlyPixel, withoutAds, { catalog }).findings;
    expect(found.map((finding) => finding.catalogIds)).toEqual([["meta-pixel", "meta-pixel-us"]]);
    // Another product on the same host (Facebook's plugins load from connect.facebook.net too) is named beside it.
    const withPlugins = { ...catalog, "facebook-social-plugins": { ...realCatalog["facebook-social-plugins"], domains: ["connect.facebook.net"] } };
    const [shared] = matchObservation(onlyPixel, withoutAds, { catalog: withPlugins }).findings;
    expect(shared?.catalogIds).toEqual(["facebook-social-plugins", "meta-pixel", "meta-pixel-us"]);
    expect(shared?.message).toBe(
      "the site contacts connect.facebook.net (Facebook Social Plugins or Meta Pixel: the host does not tell them apart), and no service of the policy names any of them",
    );
  });
});
