import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../../test/fixtures/validate/zoom-policy.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

describe("missing-legitimate-interest", () => {
  it("fails a purpose of the service on A6-1-f without its interest, and passes it with one", () => {
    const purpose = { purpose: "essential.service.security" as const, legalBasis: "A6-1-f" as const };
    const bare = safeParsePolicy(policy({ purposes: [purpose] }), { catalog: { zoom } });
    expect(bare.success).toBe(false);
    expect(bare.issues).toEqual([
      expect.objectContaining({
        code: "missing-legitimate-interest",
        path: "services[0].purposes[0]",
        message: "the legal basis is A6-1-f (legitimate interests): say which interest in legitimateInterest (Art. 13(1)(d) GDPR)",
      }),
    ]);
    const stated = safeParsePolicy(policy({ purposes: [{ ...purpose, legitimateInterest: "Keeping our meetings safe from intruders." }] }), {
      catalog: { zoom },
    });
    expect(stated.issues).toEqual([]);
  });

  it("checks the legitimate interest of a purpose that comes from the processor", () => {
    const activities = {
      purposes: [{ purpose: "analytics" as const, legalBasis: "A6-1-f" as const }],
      data: ["user.name" as const],
      subjects: ["customer" as const],
    };
    const result = safeParsePolicy(policy({ purposes: undefined }), { catalog: { zoom: { ...zoom, activities } } });
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "missing-legitimate-interest", path: "services[0].processor.activities.purposes[0]" },
    ]);
  });
});
