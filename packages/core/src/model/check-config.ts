import * as z from "zod";
import { adjustableRuleCodes, type AdjustableRuleCode } from "../check/rule-codes.js";

/** What a rule becomes: switched off, or reported at another severity. */
export const ruleSettings = ["off", "warning", "error"] as const;
export type RuleSetting = (typeof ruleSettings)[number];

/** Rules switched off or set to another severity for one run (the command line's --rule). */
export type RuleSettings = Partial<Record<AdjustableRuleCode, RuleSetting>>;

const RuleConfigSchema = z
  .union([
    z.enum(ruleSettings),
    z.strictObject({
      severity: z.enum(ruleSettings),
      reason: z.string().min(1).optional().meta({ description: "Why: required where the rule is switched off, and shown in the report." }),
    }),
  ])
  .superRefine((value, context) => {
    const severity = typeof value === "string" ? value : value.severity;
    const reason = typeof value === "string" ? undefined : value.reason;
    if (severity === "off" && reason === undefined) {
      context.addIssue({
        code: "custom",
        message: 'a rule switched off needs a reason, which the report shows: write { severity: off, reason: "..." }',
        params: { policyCode: "missing-field" },
      });
    }
  });

/** How validation and `policy check` treat their rules for this policy: a rule switched off (with the reason) or set to another severity. */
export const CheckConfigSchema = z
  .strictObject({
    rules: z.partialRecord(z.enum(adjustableRuleCodes), RuleConfigSchema).default({}).meta({
      description:
        "Per rule code: off (with a reason), warning or error. The rules the text cannot be written without (such as missing-retention) cannot be changed.",
    }),
  })
  .meta({ id: "CheckConfig", description: "How validation and policy check treat their rules for this policy." });

export type CheckConfig = z.output<typeof CheckConfigSchema>;

/** A rule's setting as written: its severity, and the reason where one is given. */
export function ruleSettingOf(config: CheckConfig["rules"][keyof CheckConfig["rules"]]): { severity: RuleSetting; reason?: string } | undefined {
  if (config === undefined) return undefined;
  return typeof config === "string" ? { severity: config } : config;
}
