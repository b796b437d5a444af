import { describe, expect, it } from "vitest";
import { controller, shop } from "../../test/fixtures/compose/policies.js";
import { safeParsePolicy } from "./parse-policy.js";

function issues(country: string, extra: Record<string, unknown> = {}) {
  const result = safeParsePolicy({
    meta: { version: "1", effective: "2026-01-01" },
    locales: ["de"],
    controller: { ...controller, address: { ...controller.address, country } },
    services: [{ ...shop, name: "Onlineshop", retention: { duration: "P10Y" } }],
    ...extra,
  });
  expect(result.success).toBe(true);
  return result.issues.filter((issue) => issue.code === "jurisdiction-mismatch" || issue.code === "missing-representative");
}

describe("tdddg for a controller outside Germany", () => {
  it("is a warning at the jurisdiction, naming the controller's country", () => {
    expect(issues("AT", { jurisdictions: ["gdpr", "tdddg"] })).toEqual([
      expect.objectContaining({
        code: "jurisdiction-mismatch",
        severity: "warning",
        path: "jurisdictions[1]",
        message: expect.stringContaining("the controller is in AT"),
      }),
    ]);
  });

  it("is no warning for a controller in Germany", () => {
    expect(issues("DE", { jurisdictions: ["gdpr", "tdddg"] })).toEqual([]);
  });
});

describe("a controller outside the EU/EEA", () => {
  it("without a representative in the Union is warned, at its country (Art. 27 GDPR)", () => {
    expect(issues("US")).toEqual([
      expect.objectContaining({
        code: "missing-representative",
        severity: "warning",
        path: "controller.address.country",
        message: expect.stringMatching(/^the controller is in US, outside the EU\/EEA: .* \(representative, Art\. 27\), or say why you need none/),
      }),
    ]);
  });

  it("is not warned with a representative, or with an exemption of Art. 27(2)", () => {
    const representative = { name: "EU Rep Ltd", address: { street: "1 Quay", city: "Dublin", country: "IE" } };
    expect(issues("US", { representative })).toEqual([]);
    expect(issues("US", { representativeExemption: "A27-2-a" })).toEqual([]);
    expect(issues("NO")).toEqual([]);
  });
});
