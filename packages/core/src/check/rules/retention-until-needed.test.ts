import { describe, expect, it } from "vitest";
import { findings, service } from "../../../test/fixtures/check/findings.js";

describe("retention-until-needed", () => {
  it("fails a retention that says only that the data is kept until no longer needed, as `policy init` writes it", () => {
    const vague = { ...service, retention: { until: "it is no longer needed for the purposes above" } };
    expect(findings("retention-until-needed", [vague])).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "services[0].retention",
        message: expect.stringContaining("(Art. 13(2)(a) GDPR; Article 29 Working Party, Guidelines on transparency"),
      }),
    ]);
    const german = { ...service, retention: { until: "sie für die genannten Zwecke nicht mehr benötigt werden" } };
    expect(findings("retention-until-needed", [german])).toHaveLength(1);
  });

  it("passes a period, an event, or criteria", () => {
    expect(findings("retention-until-needed", [{ ...service, retention: { duration: "P6M" } }])).toEqual([]);
    expect(findings("retention-until-needed", [{ ...service, retention: { until: "you unsubscribe" } }])).toEqual([]);
    const withCriteria = { ...service, retention: { until: "it is no longer needed", criteria: "Tax law requires ten years." } };
    expect(findings("retention-until-needed", [withCriteria])).toEqual([]);
  });
});
