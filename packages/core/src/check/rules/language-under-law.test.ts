import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../../test/fixtures/validate/zoom-policy.js";
import type { PolicyInput } from "../../model/policy.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

/** The Berlin policy of the fixture, moved to `country`, in `locales`. */
function abroad(country: "GB" | "CH" | "DE", locales: PolicyInput["locales"]): PolicyInput {
  const berlin = policy({}, locales);
  return { ...berlin, controller: { ...berlin.controller, address: { ...berlin.controller.address, country } } };
}

const codes = (input: PolicyInput) => safeParsePolicy(input, { catalog: { zoom } }).issues.filter((issue) => issue.code === "language-under-law");

describe("language-under-law", () => {
  it("refuses French for a text under the UK GDPR or the Swiss FADP, naming the languages it is written in", () => {
    expect(codes(abroad("GB", ["en", "fr"])).map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: "locales",
        message: "the text under the UK GDPR is written in en, de only, not in fr: remove fr from locales (Art. 12(1) GDPR)",
      },
    ]);
    expect(codes(abroad("CH", ["de", "fr", "it"]))[0]?.message).toMatch(/^the text under the Swiss FADP is written in en, de only, not in fr, it:/);
  });

  it("passes every language for a text under the GDPR, and English and German under the others", () => {
    expect(codes(abroad("DE", ["fr", "it", "es", "nl", "pl"]))).toEqual([]);
    expect(codes(abroad("GB", ["en", "de"]))).toEqual([]);
    expect(codes(abroad("CH", ["de", "en"]))).toEqual([]);
  });
});
