import type * as z from "zod";
import { dataCategories, dataSubjects, purposes } from "../taxonomy/index.js";
import type { PolicyData } from "../model/policy.js";
import type { LocatedIssue } from "./zod-issues.js";
import { walkSchema } from "./schema-walk.js";

const replacements = new Map<string, string>(
  [...dataCategories, ...purposes, ...dataSubjects].flatMap((entry) =>
    entry.deprecated === undefined ? [] : [[entry.id, entry.deprecated.replacedBy] as const],
  ),
);

/** Deprecated ids still work, so this is a warning that names the id to use instead. */
export function checkDeprecations(schema: z.core.$ZodType, policy: PolicyData): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  walkSchema(schema, policy, (node, value, segments) => {
    if (node._zod.def.type !== "enum" || typeof value !== "string") return;
    const replacement = replacements.get(value);
    if (replacement !== undefined) {
      issues.push({
        code: "deprecated-id",
        severity: "warning",
        message: `"${value}" is deprecated: use "${replacement}"`,
        segments,
        suggestion: replacement,
      });
    }
  });
  return issues;
}
