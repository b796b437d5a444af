import { describe, expect, it } from "vitest";
import { controller } from "../../../test/fixtures/compose/policies.js";
import { findings } from "../../../test/fixtures/check/findings.js";
import type { ServiceInput } from "../../model/service.js";

const lessons: ServiceInput = {
  id: "lessons",
  name: "Online lessons",
  purposes: [{ purpose: "essential.service", legalBasis: "A6-1-a" }],
  data: ["user.name", "user.childrens"],
  subjects: ["customer"],
  provision: { requirement: "voluntary" },
  retention: { until: "the course ends" },
  deletion: "Leave the course in your account.",
};

const inCountry = (country: string) => ({ controller: { ...controller, address: { ...controller.address, country } } }) as never;

describe("child-consent", () => {
  it("fails a service on consent with data about children that does not say how a parent consents, naming the country's age", () => {
    expect(findings("child-consent", [lessons])).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "services[0]",
        message: expect.stringContaining("a child under 16 (Art. 8(1) GDPR) cannot consent alone"),
      }),
    ]);
    expect(findings("child-consent", [lessons], inCountry("AT"))[0]?.message).toContain(
      "a child under 14 (Section 4(4) of the Austrian Data Protection Act (DSG)) cannot consent alone",
    );
    expect(findings("child-consent", [lessons], inCountry("FR"))[0]?.message).toContain(
      "a child below the age the law sets (16 under Art. 8(1) GDPR, unless national law sets a lower one, not below 13)",
    );
  });

  it("passes with parentalConsent, on another basis, without data about children, and under the FADP", () => {
    const said = { ...lessons, parentalConsent: "For children under 16 we ask a parent to confirm by e-mail." };
    expect(findings("child-consent", [said])).toEqual([]);
    expect(findings("child-consent", [{ ...lessons, purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }] }])).toEqual([]);
    expect(findings("child-consent", [{ ...lessons, data: ["user.name"] }])).toEqual([]);
    expect(findings("child-consent", [lessons], inCountry("CH"))).toEqual([]);
  });
});
