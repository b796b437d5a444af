import { ruleSettingOf, type RuleSettings } from "../model/check-config.js";
import type { LocatedIssue } from "../validate/zod-issues.js";
import type { AdjustableRuleCode } from "./rule-codes.js";
import type { Rule, RuleInput, ValidationInput } from "./rule.js";
import { policyRules } from "./rules/index.js";

/** The findings of the rules every validation runs, on the policy as written. */
export function runValidationRules(input: ValidationInput, settings: RuleSettings = {}): LocatedIssue[] {
  return policyRules.flatMap((rule) => (rule.stage === "validate" ? issuesOf(rule, () => rule.check(input), input, settings) : []));
}

/** The findings of `policy check`'s compliance rules, on a valid and resolved policy. */
export function runComplianceRules(input: RuleInput, settings: RuleSettings = {}): LocatedIssue[] {
  return policyRules.flatMap((rule) => (rule.stage === "check" ? issuesOf(rule, () => rule.check(input), input, settings) : []));
}

/**
 * A rule's findings as issues (in English, as every issue is, with the rule's source). A rule runs
 * at its own severity unless the policy's `check.rules` or, above that, `settings` say otherwise;
 * a rule that is off does not run. The schema and the command line refuse settings for the
 * required rules.
 */
function issuesOf(rule: Rule, check: () => ReturnType<Rule["check"]>, { data }: ValidationInput, settings: RuleSettings): LocatedIssue[] {
  const code = rule.code as AdjustableRuleCode;
  const severity = settings[code] ?? ruleSettingOf(data.check?.rules[code])?.severity ?? rule.severity;
  if (severity === "off") return [];
  return check().map((finding) => ({
    code: rule.code,
    severity,
    message: `${finding.message.en} (${rule.source})`,
    segments: finding.segments,
    ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
  }));
}
