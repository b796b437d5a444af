import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../../test/fixtures/validate/zoom-policy.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

describe("transfer-ground-mismatch", () => {
  it("checks transfers of an inline processor against the adequacy decisions", () => {
    const us = { country: "US" as const, mechanism: "EU-US-DPF" as const };
    const inline = { ...zoom, transfers: [us, { country: "IN" as const, mechanism: "A45-3" as const }] };
    const result = safeParsePolicy(policy({ processor: inline }));
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "transfer-ground-mismatch", path: "services[0].processor.transfers[1].mechanism" }),
    ]);
    const adequate = { ...zoom, transfers: [us, { country: "JP" as const, mechanism: "A45-3" as const }] };
    expect(safeParsePolicy(policy({ processor: adequate })).success).toBe(true);
  });

  it("checks UK grounds against the UK's adequacy regulations and the UK Extension", () => {
    const ukGrounds = {
      ...zoom,
      transfers: [
        { country: "US" as const, mechanism: "UK-US-DPF" as const },
        { country: "IE" as const, mechanism: "UK-A45A" as const },
        { country: "CN" as const, mechanism: "UK-A45A" as const },
        { country: "CA" as const, mechanism: "UK-US-DPF" as const },
      ],
    };
    const result = safeParsePolicy(policy({ processor: ukGrounds }));
    const mismatches = result.issues.filter(({ code }) => code === "transfer-ground-mismatch");
    expect(mismatches.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      {
        code: "transfer-ground-mismatch",
        path: "services[0].processor.transfers[2].mechanism",
        message: "no UK adequacy regulations cover CN (Art. 45 GDPR; Art. 45A UK GDPR; Art. 16(1) FADP with Annex 1 DPO)",
      },
      {
        code: "transfer-ground-mismatch",
        path: "services[0].processor.transfers[3].mechanism",
        message:
          "the UK Extension to the EU-US Data Privacy Framework covers transfers to the US only, not CA (Art. 45 GDPR; Art. 45A UK GDPR; Art. 16(1) FADP with Annex 1 DPO)",
      },
    ]);
  });

  it("checks Swiss grounds against the Federal Council's list and the Swiss-US Privacy Framework", () => {
    const swissGrounds = {
      ...zoom,
      transfers: [
        { country: "US" as const, mechanism: "CH-US-DPF" as const },
        { country: "GB" as const, mechanism: "CH-A16-1" as const },
        { country: "JP" as const, mechanism: "CH-A16-1" as const },
        { country: "CA" as const, mechanism: "CH-US-DPF" as const },
      ],
    };
    const mismatches = safeParsePolicy(policy({ processor: swissGrounds })).issues.filter(({ code }) => code === "transfer-ground-mismatch");
    expect(mismatches.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: "services[0].processor.transfers[2].mechanism",
        message:
          "the Federal Council has not recognised adequate protection for JP (Annex 1 DPO) (Art. 45 GDPR; Art. 45A UK GDPR; Art. 16(1) FADP with Annex 1 DPO)",
      },
      {
        path: "services[0].processor.transfers[3].mechanism",
        message:
          "the Swiss-US Privacy Framework covers transfers to the US only, not CA (Art. 45 GDPR; Art. 45A UK GDPR; Art. 16(1) FADP with Annex 1 DPO)",
      },
    ]);
  });

  it("checks the transfers of a catalog processor too", () => {
    const india = { ...zoom, transfers: [...zoom.transfers, { country: "IN" as const, mechanism: "A45-3" as const }] };
    const result = safeParsePolicy(policy(), { catalog: { zoom: india } });
    expect(result.issues.map(({ code }) => code)).toEqual(["transfer-ground-mismatch"]);
  });
});
