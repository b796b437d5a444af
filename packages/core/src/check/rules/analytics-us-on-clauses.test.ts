import { describe, expect, it } from "vitest";
import { findings } from "../../../test/fixtures/check/findings.js";
import type { ServiceInput } from "../../model/service.js";

const entity = { name: "Stats Inc.", address: { street: "1 Market Street", city: "San Francisco", region: "CA", country: "US" } } as const;

const stats = (transfers: unknown[], categories: string[] = ["analytics"]): ServiceInput => ({
  id: "stats",
  processor: { id: "stats", name: "Stats", categories, entity, description: "Counts our visitors.", transfers } as never,
  purposes: [{ purpose: "analytics.reporting", legalBasis: "A6-1-a" }],
  data: ["user.device.ip_address", "user.behavior"],
  subjects: ["visitor"],
  retention: { duration: "P14M" },
});

describe("analytics-us-on-clauses", () => {
  it("fails analytics data sent to the US on standard contractual clauses alone", () => {
    expect(findings("analytics-us-on-clauses", [stats([{ country: "US", mechanism: "A46-2-c" }])])).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "services[0].processor",
        message: expect.stringMatching(
          /^analytics data goes to the US on standard contractual clauses alone, .* \(DSB \(Austria\), partial decision of 22 December 2021, D155\.027/,
        ),
      }),
    ]);
  });

  it("passes a certified recipient, clauses with supplementary measures named, and services that are not analytics", () => {
    const certification = { frameworks: ["EU-US"], source: "https://www.dataprivacyframework.gov/list", checked: "2026-11-30" };
    expect(findings("analytics-us-on-clauses", [stats([{ country: "US", mechanism: "EU-US-DPF", certification }])])).toEqual([]);
    const measures = { country: "US", mechanism: "A46-2-c", note: "The IP address is shortened in the EU before it is sent." };
    expect(findings("analytics-us-on-clauses", [stats([measures])])).toEqual([]);
    const notAnalytics = {
      ...stats([{ country: "US", mechanism: "A46-2-c" }], ["hosting"]),
      purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
    };
    expect(findings("analytics-us-on-clauses", [notAnalytics as ServiceInput])).toEqual([]);
  });
});
