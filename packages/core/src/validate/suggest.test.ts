import { describe, expect, it } from "vitest";
import { editDistance, suggest } from "./suggest.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps of neighbours", () => {
    expect(editDistance("zoom", "zoom")).toBe(0);
    expect(editDistance("zom", "zoom")).toBe(1);
    expect(editDistance("stirpe", "stripe")).toBe(1);
    expect(editDistance("hubspt", "hubspot")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("suggest", () => {
  it("finds what a typo meant, ignoring case", () => {
    expect(suggest("hetzer", ["hetzner", "stripe"])).toBe("hetzner");
    expect(suggest("USER.CONTACT.EMIAL", ["user.contact.email", "user.contact.phone_number"])).toBe("user.contact.email");
  });

  it("suggests nothing when two candidates are equally close, or none is close", () => {
    expect(suggest("ab", ["aa", "bb"])).toBeUndefined();
    expect(suggest("completely different", ["zoom"])).toBeUndefined();
    expect(suggest("x".repeat(300), ["x".repeat(300)])).toBeUndefined();
  });
});
