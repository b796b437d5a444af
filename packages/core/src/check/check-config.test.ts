import { describe, expect, it } from "vitest";
import { controller, shop } from "../../test/fixtures/compose/policies.js";
import type { PolicyInput } from "../model/policy.js";
import { safeParsePolicy } from "../validate/parse-policy.js";

const vague = { ...shop, name: "Shop", retention: { until: "it is no longer needed" } };

function check(extra: Partial<PolicyInput>, options: Parameters<typeof safeParsePolicy>[1] = {}) {
  return safeParsePolicy(
    { meta: { version: "1", effective: "2026-01-01" }, locales: ["en"], controller, services: [vague], ...extra },
    { check: true, ...options },
  );
}

describe("the policy's check.rules", () => {
  it("run a rule at its own severity when they say nothing", () => {
    expect(check({}).issues.map(({ code, severity }) => ({ code, severity }))).toEqual([{ code: "retention-until-needed", severity: "warning" }]);
  });

  it("switch a rule off with a reason", () => {
    const result = check({
      check: { rules: { "retention-until-needed": { severity: "off", reason: "Our retention is set by contract with each client." } } },
    });
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
  });

  it("refuse a rule switched off without a reason, at the rule", () => {
    const result = check({ check: { rules: { "retention-until-needed": "off" } } });
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "missing-field",
        path: 'check.rules["retention-until-needed"]',
        message: expect.stringContaining("needs a reason"),
      }),
    ]);
  });

  it("raise or lower a rule's severity", () => {
    const raised = check({ check: { rules: { "retention-until-needed": "error" } } });
    expect(raised.success).toBe(false);
    expect(raised.issues.map(({ severity }) => severity)).toEqual(["error"]);
  });

  it("are overridden by the command line's settings, which need no reason", () => {
    expect(check({}, { ruleSettings: { "retention-until-needed": "off" } }).issues).toEqual([]);
    const raised = check({ check: { rules: { "retention-until-needed": "warning" } } }, { ruleSettings: { "retention-until-needed": "error" } });
    expect(raised.issues.map(({ severity }) => severity)).toEqual(["error"]);
  });

  it("know only the rules' codes", () => {
    const result = check({ check: { rules: { "no-such-rule": "off" } } } as unknown as Partial<PolicyInput>);
    expect(result.issues.map(({ code }) => code)).toEqual(["unknown-field"]);
  });

  it("switch off a rule of every validation too, which then runs in no validation", () => {
    const silent = { ...shop, name: "Shop", retention: { duration: "P1Y" }, provision: undefined, data: ["user.contact.email" as const] };
    const warned = safeParsePolicy({ meta: { version: "1", effective: "2026-01-01" }, locales: ["en"], controller, services: [silent] });
    expect(warned.issues.map(({ code }) => code)).toEqual(["missing-provision"]);
    const off = { rules: { "missing-provision": { severity: "off" as const, reason: "Our forms mark each required field." } } };
    const quiet = safeParsePolicy({ meta: { version: "1", effective: "2026-01-01" }, locales: ["en"], controller, services: [silent], check: off });
    expect(quiet.issues).toEqual([]);
  });

  it("refuse to change a rule the text cannot do without, saying so at the rule", () => {
    const result = check({
      check: { rules: { "missing-retention": { severity: "off", reason: "We keep it forever." } } },
    } as unknown as Partial<PolicyInput>);
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        path: 'check.rules["missing-retention"]',
        message: "missing-retention cannot be switched off or re-graded: the policy's text needs what the rule asks for",
      }),
    ]);
  });
});
