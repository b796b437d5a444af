import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../../test/fixtures/validate/zoom-policy.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

describe("missing-special-category-condition", () => {
  it("fails special categories of data without a condition of Art. 9(2), naming them", () => {
    const result = safeParsePolicy(policy({ data: ["user.name", "user.health_and_medical"] }), { catalog: { zoom } });
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "missing-special-category-condition",
        path: "services[0]",
        message:
          "the data includes special categories (user.health_and_medical): name the Art. 9(2) condition in specialCategoryCondition (Art. 9(1) and (2) GDPR)",
      }),
    ]);
  });

  it("passes them with a condition, and passes data that is not special", () => {
    const withCondition = policy({ data: ["user.name", "user.health_and_medical"], specialCategoryCondition: "A9-2-a" });
    expect(safeParsePolicy(withCondition, { catalog: { zoom } }).issues).toEqual([]);
    expect(safeParsePolicy(policy(), { catalog: { zoom } }).issues).toEqual([]);
  });
});
