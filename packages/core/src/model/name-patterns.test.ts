import { describe, expect, it } from "vitest";
import { hostMatches, nameMatches } from "./name-patterns.js";

describe("hostMatches", () => {
  it("matches a host exactly, or any subdomain of a wildcard, but not the wildcard's own domain", () => {
    expect(hostMatches("fonts.gstatic.com", "fonts.gstatic.com")).toBe(true);
    expect(hostMatches("fonts.gstatic.com", "FONTS.GSTATIC.COM.")).toBe(true);
    expect(hostMatches("fonts.gstatic.com", "gstatic.com")).toBe(false);
    expect(hostMatches("*.hotjar.com", "static.hotjar.com")).toBe(true);
    expect(hostMatches("*.hotjar.com", "in.static.hotjar.com")).toBe(true);
    expect(hostMatches("*.hotjar.com", "hotjar.com")).toBe(false);
    expect(hostMatches("*.hotjar.com", "nothotjar.com")).toBe(false);
  });
});

describe("nameMatches", () => {
  it("matches a name exactly, or with * and [placeholders] for any characters, and nothing else as a pattern", () => {
    expect(nameMatches("_ga", "_ga")).toBe(true);
    expect(nameMatches("_ga", "_gat")).toBe(false);
    expect(nameMatches("_ga_*", "_ga_ABC123")).toBe(true);
    expect(nameMatches("_pk_id.*", "_pk_id.1.a3f2")).toBe(true);
    expect(nameMatches("_pk_id.*", "_pk_idX1")).toBe(false);
    expect(nameMatches("[clip_id]_password", "123456_password")).toBe(true);
    expect(nameMatches("a+b", "aab")).toBe(false);
  });
});
