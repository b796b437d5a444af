import { loadPolicy, type Processor } from "@policy/core";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { catalog, searchCatalog } from "../src/index.js";
import { entries, entryFiles } from "./entries.js";

describe("catalog", () => {
  it("holds every entry file under its id, and the package exports each one by name", () => {
    expect(Object.keys(catalog).sort()).toEqual(entries.map((entry) => entry.id).sort());
    for (const [id, entry] of Object.entries(catalog)) expect(entry.id).toBe(id);
    for (const { exportName, exports } of entryFiles) {
      expect((api as Record<string, unknown>)[exportName], exportName).toBe(exports[exportName]);
    }
  });

  it("cannot be changed by a user by accident", () => {
    expect(Object.isFrozen(catalog)).toBe(true);
  });

  it("is what core's loadPolicy looks `processor: zoom` up in, with the entry's activities as defaults", () => {
    const yaml = [
      "meta: { version: '1', effective: 2026-12-01 }",
      "locales: [en]",
      "controller: { name: Beispiel GmbH, address: { street: Hauptstraße 1, city: Berlin, country: DE } }",
      "services:",
      "  - id: meetings",
      "    processor: zoom",
      "    retention: { duration: P30D }",
    ].join("\n");
    const [service] = loadPolicy(yaml, { catalog, filename: "policy.yaml" }).services;
    expect(service?.processor).toBe(catalog.zoom);
    expect(service?.purposes).toEqual(catalog.zoom.activities?.purposes);
    expect(service?.transfers).toEqual(catalog.zoom.transfers);
    expect(service?.retention).toEqual({ duration: "P30D" });
  });
});

describe("searchCatalog", () => {
  const entry = (id: string, name: string, aliases: string[], categories: Processor["categories"]) =>
    ({ ...catalog.zoom, id, name, aliases, categories }) as Processor;
  const small = {
    brevo: entry("brevo", "Brevo", ["Sendinblue"], ["newsletter"]),
    "bunny-net": entry("bunny-net", "bunny.net", ["BunnyCDN"], ["cdn"]),
    mailchimp: entry("mailchimp", "Mailchimp", [], ["newsletter"]),
    "mail-relay": entry("mail-relay", "Relay", ["Mailer"], ["hosting"]),
  };
  const ids = (found: Processor[]) => found.map((processor) => processor.id);

  it("finds an entry by an old name", () => {
    expect(ids(searchCatalog("sendinblue", small))).toEqual(["brevo"]);
  });

  it("ignores case, accents and punctuation", () => {
    expect(ids(searchCatalog("BUNNY NET", small))).toEqual(["bunny-net"]);
    expect(ids(searchCatalog("bünny-net", small))).toEqual(["bunny-net"]);
  });

  it("ranks an exact name before a name that starts with the query, before one that contains it, before a kind of service", () => {
    const chats = {
      helpdesk: entry("helpdesk", "Helpdesk", [], ["chat"]),
      livechat: entry("livechat", "Livechat", [], ["support"]),
      chatbox: entry("chatbox", "Chatbox", [], ["support"]),
      chat: entry("chat", "Chat", [], ["support"]),
    };
    expect(ids(searchCatalog("chat", chats))).toEqual(["chat", "chatbox", "livechat", "helpdesk"]);
  });

  it("sorts by name within a rank", () => {
    expect(ids(searchCatalog("mail", small))).toEqual(["mailchimp", "mail-relay", "brevo"]);
    expect(ids(searchCatalog("e-mail", small))).toEqual(["brevo", "mailchimp"]);
  });

  it("finds by kind of service in English and German", () => {
    expect(ids(searchCatalog("newsletter", small))).toEqual(["brevo", "mailchimp"]);
    expect(ids(searchCatalog("Videokonferenz"))).toContain("zoom");
  });

  it("finds the real entries by a cookie they set, a host a website contacts for them, or their company", () => {
    // The cookie's entries first; "ga" is also inside other names ("Engagement").
    expect(ids(searchCatalog("_ga")).slice(0, 2)).toEqual(["google-analytics", "google-analytics-us"]);
    expect(ids(searchCatalog("_fbp"))).toEqual(["meta-pixel", "meta-pixel-us"]);
    // Both editions of Matomo set it: the one we host and the one InnoCraft hosts.
    expect(ids(searchCatalog("_pk_id.1.abc"))).toEqual(["matomo", "matomo-cloud"]);
    // The name a cookie is known by, before its variable part.
    expect(ids(searchCatalog("_pk_id"))).toEqual(["matomo", "matomo-cloud"]);
    expect(ids(searchCatalog("fonts.gstatic.com"))).toEqual(["google-fonts"]);
    expect(ids(searchCatalog("https://static.hotjar.com/c/hotjar-1.js"))).toEqual(["hotjar"]);
    expect(ids(searchCatalog("Meta Platforms"))).toEqual(["facebook-social-plugins", "instagram-embeds", "meta-pixel", "meta-pixel-us"]);
    expect(ids(searchCatalog("Shopify International"))).toEqual(["shopify"]);
  });

  it("names the right entry, first, for the cookies people look up most", () => {
    const first = (query: string) => ids(searchCatalog(query))[0];
    expect(first("_gcl_au")).toBe("google-ads");
    expect(first("IDE")).toBe("google-ads");
    expect(ids(searchCatalog("IDE")).slice(0, 2)).toEqual(["google-ads", "google-adsense"]);
    expect(first("_uetsid")).toBe("microsoft-advertising");
    expect(ids(searchCatalog("_shopify_y"))).toEqual(["shopify", "shopify-us"]);
    expect(first("__hssc")).toBe("hubspot");
    expect(first("_pk_id")).toBe("matomo");
  });

  it("returns every entry by name for an empty query, and nothing for a query nothing matches", () => {
    expect(ids(searchCatalog("  ", small))).toEqual(["brevo", "bunny-net", "mailchimp", "mail-relay"]);
    expect(searchCatalog("no such service", small)).toEqual([]);
  });
});
