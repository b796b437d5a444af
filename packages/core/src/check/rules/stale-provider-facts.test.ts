import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../../test/fixtures/validate/zoom-policy.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

describe("stale-provider-facts", () => {
  it("warns when the provider's facts were last checked more than twelve months before today", () => {
    const checked = { ...zoom, checked: "2025-12-06" };
    expect(safeParsePolicy(policy(), { catalog: { zoom: checked }, today: "2026-12-06" }).issues).toEqual([]);
    const stale = safeParsePolicy(policy(), { catalog: { zoom: checked }, today: "2027-01-06" });
    expect(stale.issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: "stale-provider-facts", severity: "warning", path: "services[0].processor" },
    ]);
    expect(stale.issues[0]?.message).toContain("last checked on 2025-12-06, more than 12 months ago");
  });
});
