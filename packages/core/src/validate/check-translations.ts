import type * as z from "zod";
import { isLocalizedTextSchema } from "../model/localized-text.js";
import type { PolicyData } from "../model/policy.js";
import type { Locale } from "../taxonomy/index.js";
import type { LocatedIssue } from "./zod-issues.js";
import { walkSchema } from "./schema-walk.js";

/**
 * Every free text must exist in each of the policy's languages: a German reader must not get
 * an English paragraph in the middle of the German policy.
 */
export function checkTranslations(schema: z.core.$ZodType, policy: PolicyData): LocatedIssue[] {
  const wanted: readonly Locale[] = policy.locales;
  const issues: LocatedIssue[] = [];
  walkSchema(schema, policy, (node, value, segments) => {
    if (!isLocalizedTextSchema(node)) return;
    if (typeof value === "string") {
      if (wanted.length > 1) {
        issues.push({
          code: "missing-translation",
          severity: "error",
          message: `the policy is written in ${wanted.join(" and ")}: give this text as { ${wanted.map((l) => `${l}: ...`).join(", ")} }`,
          segments,
        });
      }
    } else if (value !== null && typeof value === "object") {
      const missing = wanted.filter((locale) => (value as Partial<Record<Locale, string>>)[locale] === undefined);
      if (missing.length > 0) {
        issues.push({
          code: "missing-translation",
          severity: "error",
          message: `the text is missing in ${missing.join(" and ")}`,
          segments,
        });
      }
    }
    return "skip";
  });
  return issues;
}
