import { describe, expect, it } from "vitest";
import { findings, service } from "../../../test/fixtures/check/findings.js";

const onConsent = {
  name: "_stats",
  purpose: "Counts visits.",
  duration: "P13M",
  party: "first",
  ground: "consent",
} as const;

describe("consent-without-settings", () => {
  it("fails cookies on consent without consentSettingsUrl", () => {
    expect(findings("consent-without-settings", [service], { deviceAccess: [onConsent] })).toEqual([
      expect.objectContaining({ severity: "warning", path: "", message: expect.stringContaining("give consentSettingsUrl") }),
    ]);
  });

  it("passes with consentSettingsUrl, or with no cookie on consent", () => {
    expect(findings("consent-without-settings", [service], { deviceAccess: [onConsent], consentSettingsUrl: "https://example.com/cookies" })).toEqual(
      [],
    );
    expect(findings("consent-without-settings", [service], { deviceAccess: [{ ...onConsent, ground: "strictly-necessary" }] })).toEqual([]);
  });
});
