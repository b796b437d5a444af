import { PolicySchema } from "../model/policy.js";
import type { Policy } from "../model/resolved.js";
import type { ParseOptions } from "./catalog.js";
import { checkDeprecations } from "./check-deprecations.js";
import { checkProviderFacts } from "./check-provider-facts.js";
import { checkReferences } from "./check-references.js";
import { checkCountryLaw } from "./check-country-law.js";
import { checkServiceNames } from "./check-service-names.js";
import { checkTranslations } from "./check-translations.js";
import type { PolicyIssue } from "./issue.js";
import { formatPath } from "./path.js";
import { PolicyError } from "./policy-error.js";
import { resolvePolicy } from "./resolve.js";
import { fromZodIssues, type LocatedIssue } from "./zod-issues.js";

export type SafeParseResult =
  | { readonly success: true; readonly policy: Policy /** Warnings only. */; readonly issues: readonly PolicyIssue[] }
  | { readonly success: false; readonly issues: readonly PolicyIssue[] };

/** The result before issues get a position; loadPolicy places them in the text. */
export interface Validation {
  readonly policy?: Policy;
  readonly issues: readonly LocatedIssue[];
}

export function validatePolicy(value: unknown, options: ParseOptions = {}): Validation {
  const parsed = PolicySchema.safeParse(value);
  if (!parsed.success) return { issues: fromZodIssues(parsed.error.issues, value, PolicySchema) };
  const issues = [
    ...checkReferences(parsed.data, options.catalog),
    ...checkServiceNames(parsed.data, options.catalog),
    ...checkCountryLaw(parsed.data),
    ...checkTranslations(PolicySchema, parsed.data),
    ...checkDeprecations(PolicySchema, parsed.data),
    ...checkProviderFacts(parsed.data, options),
  ];
  if (issues.some((issue) => issue.severity === "error")) return { issues };
  return { policy: resolvePolicy(parsed.data, options.catalog), issues };
}

export function toPolicyIssue({ segments, ...issue }: LocatedIssue): PolicyIssue {
  return { ...issue, path: formatPath(segments) };
}

/** Validates a JavaScript value (for example from `definePolicy`) without throwing. */
export function safeParsePolicy(value: unknown, options: ParseOptions = {}): SafeParseResult {
  const { policy, issues } = validatePolicy(value, options);
  const placed = issues.map(toPolicyIssue);
  return policy === undefined ? { success: false, issues: placed } : { success: true, policy, issues: placed };
}

/** Validates a JavaScript value; throws a PolicyError listing every issue. */
export function parsePolicy(value: unknown, options: ParseOptions = {}): Policy {
  const result = safeParsePolicy(value, options);
  if (!result.success) throw new PolicyError(result.issues);
  return result.policy;
}
