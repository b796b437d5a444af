import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../../test/fixtures/validate/zoom-policy.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

describe("missing-retention", () => {
  it("asks for a retention where neither the service nor its processor gives one", () => {
    const { retention: _none, ...silent } = zoom;
    const result = safeParsePolicy(policy({ processor: "silent" }), { catalog: { silent: { ...silent, id: "silent" } } });
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "missing-retention", path: "services[0]" }]);
    expect(result.success).toBe(false);
  });

  it("passes a service that gives its own retention, or whose processor gives one", () => {
    const { retention: _none, ...silent } = zoom;
    const own = safeParsePolicy(policy({ processor: "silent", retention: { duration: "P30D" } }), {
      catalog: { silent: { ...silent, id: "silent" } },
    });
    expect(own.issues).toEqual([]);
    expect(safeParsePolicy(policy(), { catalog: { zoom } }).issues).toEqual([]);
  });
});
