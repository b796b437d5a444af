import type { PolicyData } from "../model/policy.js";
import type { Policy } from "../model/resolved.js";
import type { Catalog } from "../validate/catalog.js";
import type { LocatedIssue } from "../validate/zod-issues.js";
import { checkRules } from "./rules/index.js";

/** The compliance rules' findings on a valid policy, as issues (in English, as every issue is). */
export function runRules(data: PolicyData, policy: Policy, catalog: Catalog | undefined): LocatedIssue[] {
  return checkRules.flatMap((rule) =>
    rule.check({ data, policy, catalog }).map((finding) => ({
      code: rule.code,
      severity: rule.severity,
      message: `${finding.message.en} (${rule.source})`,
      segments: finding.segments,
    })),
  );
}
