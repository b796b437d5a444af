import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../../test/fixtures/validate/zoom-policy.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

describe("missing-provision", () => {
  it("warns when people give data themselves and the policy does not say whether they must", () => {
    const silent = safeParsePolicy(policy({ provision: undefined }), { catalog: { zoom } });
    expect(silent.success).toBe(true);
    expect(silent.issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: "missing-provision", severity: "warning", path: "services[0]" },
    ]);
    const automaticOnly = safeParsePolicy(policy({ provision: undefined, data: ["user.device.ip_address", "user.behavior"] }), {
      catalog: { zoom },
    });
    expect(automaticOnly.issues).toEqual([]);
    const declared = safeParsePolicy(policy({ provision: undefined, data: [{ category: "user.device.ip_address", collected: "provided" }] }), {
      catalog: { zoom },
    });
    expect(declared.issues.map(({ code }) => code)).toEqual(["missing-provision"]);
    const content = safeParsePolicy(policy({ provision: undefined, data: ["user.content.private"] }), { catalog: { zoom } });
    expect(content.issues.map(({ code }) => code)).toEqual(["missing-provision"]);
  });
});
