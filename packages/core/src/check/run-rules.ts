import { ruleSettingOf, type RuleSetting } from "../model/check-config.js";
import type { PolicyData } from "../model/policy.js";
import type { Policy } from "../model/resolved.js";
import type { Catalog } from "../validate/catalog.js";
import type { LocatedIssue } from "../validate/zod-issues.js";
import type { RuleCode } from "./rule-codes.js";
import { checkRules } from "./rules/index.js";

/**
 * The compliance rules' findings on a valid policy, as issues (in English, as every issue is). A
 * rule runs at its own severity unless the policy's `check.rules` or, above that, `settings` (the
 * command line's) say otherwise; a rule that is off does not run.
 */
export function runRules(
  data: PolicyData,
  policy: Policy,
  catalog: Catalog | undefined,
  settings: Partial<Record<RuleCode, RuleSetting>> = {},
): LocatedIssue[] {
  return checkRules.flatMap((rule) => {
    const severity = settings[rule.code] ?? ruleSettingOf(data.check?.rules[rule.code])?.severity ?? rule.severity;
    if (severity === "off") return [];
    return rule.check({ data, policy, catalog }).map((finding) => ({
      code: rule.code,
      severity,
      message: `${finding.message.en} (${rule.source})`,
      segments: finding.segments,
    }));
  });
}
