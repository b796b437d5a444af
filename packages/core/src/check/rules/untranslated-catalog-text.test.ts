import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../../test/fixtures/validate/zoom-policy.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

describe("untranslated-catalog-text", () => {
  const englishOnly = { ...zoom, description: { en: "Video meetings." }, retention: { until: { en: "the account is deleted" } } };

  it("refuses an entry that lacks one of the policy's languages, naming each missing text", () => {
    const result = safeParsePolicy(policy({}, ["en", "de"]), { catalog: { zoom: englishOnly } });
    expect(result.success).toBe(false);
    expect(result.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      {
        code: "untranslated-catalog-text",
        path: "services[0].processor",
        message:
          "the catalog entry zoom has no de text for description, retention.until: a policy in de cannot use it until it is translated (see policy locales) (Art. 12(1) GDPR)",
      },
    ]);
  });

  it("passes the same entry in a policy in the languages it has", () => {
    expect(safeParsePolicy(policy({}, ["en"]), { catalog: { zoom: englishOnly } }).issues).toEqual([]);
    expect(safeParsePolicy(policy({}, ["en", "de"]), { catalog: { zoom } }).issues).toEqual([]);
  });
});
