import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../../test/fixtures/validate/zoom-policy.js";
import { safeParsePolicy } from "../../validate/parse-policy.js";

describe("missing-transfer", () => {
  it("does not take a transfer on a UK ground as the transfer a policy under the GDPR must name", () => {
    const ukOnly = { ...zoom, transfers: [{ country: "US" as const, mechanism: "UK-US-DPF" as const }] };
    const result = safeParsePolicy(policy({ processor: ukOnly }));
    expect(result.issues).toEqual([expect.objectContaining({ code: "missing-transfer", path: "services[0].processor" })]);
  });

  it("warns when the provider is outside the EU/EEA and no transfer to its country is listed", () => {
    const result = safeParsePolicy(policy({ transfers: [] }), { catalog: { zoom } });
    expect(result.success).toBe(true);
    expect(result.issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: "missing-transfer", severity: "warning", path: "services[0].transfers" },
    ]);
    expect(result.issues[0]?.message).toContain("Zoom Video Communications, Inc. is in US, outside the EU/EEA");
    const parent = { name: "Parent Ltd", address: { street: "1 Main St", city: "London", country: "GB" as const } };
    const withParent = safeParsePolicy(policy(), { catalog: { zoom: { ...zoom, parent } } });
    expect(withParent.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "missing-transfer", path: "services[0].processor" }]);
    const european = { ...zoom, entity: { ...zoom.entity, address: { ...zoom.entity.address, country: "IE" as const } }, transfers: [] };
    expect(safeParsePolicy(policy(), { catalog: { zoom: european } }).issues).toEqual([]);
  });

  it("does not ask for a transfer to the country of self-hosted software's maker, which receives nothing", () => {
    const selfHosted = { ...zoom, selfHosted: true as const, role: "none" as const, transfers: [], domains: [] };
    expect(safeParsePolicy(policy(), { catalog: { zoom: selfHosted } }).issues.map(({ code }) => code)).not.toContain("missing-transfer");
  });

  it("warns of a recipient the service names outside the EU/EEA, also for a service done in-house, unless a transfer there is listed", () => {
    const adviser = {
      name: "Tax Partners AG",
      address: { street: "Bahnhofstrasse 1", city: "Zürich", country: "CH" as const },
      legalBasis: "A6-1-c" as const,
    };
    const inHouse = policy({ processor: undefined, retention: { duration: "P10Y" }, recipients: [adviser] });
    const warned = safeParsePolicy(inHouse);
    expect(warned.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "missing-transfer", path: "services[0].recipients[0]" }]);
    expect(warned.issues[0]?.message).toContain("Tax Partners AG is in CH, outside the EU/EEA, but no transfer to CH is listed");
    const listed = policy({
      processor: undefined,
      retention: { duration: "P10Y" },
      recipients: [adviser],
      transfers: [{ country: "CH", mechanism: "A45-3" }],
    });
    expect(safeParsePolicy(listed).issues).toEqual([]);
    const inEurope = policy({ processor: undefined, retention: { duration: "P10Y" }, recipients: [{ name: "Courier GmbH", country: "DE" }] });
    expect(safeParsePolicy(inEurope).issues).toEqual([]);
  });
});
