import { describe, expect, it } from "vitest";
import { findings, service } from "../../../test/fixtures/check/findings.js";
import type { ServiceInput } from "../../model/service.js";

const cookie = { name: "_ads", purpose: "Measures our adverts.", duration: "P90D", party: "third", ground: "strictly-necessary" } as const;
const ads: ServiceInput = {
  ...service,
  id: "ads",
  name: "Ads",
  purposes: [{ purpose: "marketing.advertising.third_party", legalBasis: "A6-1-a" }],
  provision: { requirement: "voluntary" },
};

describe("marketing-strictly-necessary", () => {
  it("fails a strictly-necessary cookie of a service that is for marketing only", () => {
    expect(
      findings("marketing-strictly-necessary", [{ ...ads, deviceAccess: [cookie] }], { consentSettingsUrl: "https://example.com/cookies" }),
    ).toEqual([expect.objectContaining({ severity: "error", path: "services[0].deviceAccess[0].ground" })]);
  });

  it("passes the cookie on consent, or a service that also serves other purposes", () => {
    expect(
      findings("marketing-strictly-necessary", [{ ...ads, deviceAccess: [{ ...cookie, ground: "consent" }] }], {
        consentSettingsUrl: "https://example.com/cookies",
      }),
    ).toEqual([]);
    expect(findings("marketing-strictly-necessary", [{ ...service, deviceAccess: [cookie] }])).toEqual([]);
  });
});
