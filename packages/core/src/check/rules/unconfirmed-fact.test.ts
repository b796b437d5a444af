import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../../test/fixtures/validate/zoom-policy.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

describe("unconfirmed-fact", () => {
  it("warns when the policy relies on a fact the provider's documents do not confirm, unless the service states its own", () => {
    const doubtful = { ...zoom, unconfirmed: [{ fact: "transfers[0].mechanism", note: "the DPA names no mechanism" }] };
    const result = safeParsePolicy(policy(), { catalog: { zoom: doubtful } });
    expect(result.success).toBe(true);
    expect(result.issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: "unconfirmed-fact", severity: "warning", path: "services[0].processor" },
    ]);
    expect(result.issues[0]?.message).toBe(
      "Zoom: the provider's documents do not confirm transfers[0].mechanism (to US), so the policy does not state it; confirm it with the provider, and state it in this service where it applies (`policy catalog show zoom` says what is known) (Art. 13(1)(e) and (f) GDPR (the recipients and transfers as they are))",
    );
    const own = safeParsePolicy(policy({ transfers: [{ country: "US", mechanism: "A46-2-c" }] }), { catalog: { zoom: doubtful } });
    expect(own.issues).toEqual([]);
  });

  it("asks for the service's transfers where the provider's documents do not say where the data goes, until the service states them", () => {
    const open = { ...zoom, unconfirmed: [{ fact: "transfers", note: "the sub-processor list was not read" }] };
    const result = safeParsePolicy(policy(), { catalog: { zoom: open } });
    expect(result.issues.map(({ code }) => code)).toEqual(["unconfirmed-fact"]);
    expect(result.issues[0]?.message).toContain("do not confirm transfers (whether, and where, the data leaves the EU/EEA)");
    const own = safeParsePolicy(policy({ transfers: [{ country: "US", mechanism: "A46-2-c" }] }), { catalog: { zoom: open } });
    expect(own.issues).toEqual([]);
  });
});
