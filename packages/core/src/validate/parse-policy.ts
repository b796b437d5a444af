import { PolicySchema, type PolicyData } from "../model/policy.js";
import type { Policy } from "../model/resolved.js";
import type { ParseOptions } from "./catalog.js";
import { runComplianceRules, runValidationRules } from "../check/run-rules.js";
import { checkBlankNames } from "./check-blank-names.js";
import { checkDeprecations } from "./check-deprecations.js";
import { checkReferences } from "./check-references.js";
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
  if (!parsed.success) {
    const shape = fromZodIssues(parsed.error.issues, value, PolicySchema);
    return { issues: [...shape, ...checksOfSoundServices(value, shape, options)] };
  }
  const issues = crossChecks(parsed.data, options);
  if (issues.some((issue) => issue.severity === "error")) return { issues };
  const policy = resolvePolicy(parsed.data, options.catalog);
  if (options.check !== true) return { policy, issues };
  const input = { data: parsed.data, policy, catalog: options.catalog, today: todayOf(options) };
  const all = [...issues, ...runComplianceRules(input, options.ruleSettings)];
  return all.some((issue) => issue.severity === "error") ? { issues: all } : { policy, issues: all };
}

/** The checks beyond the shape, on a policy whose shape is sound: the file's integrity, then the rules of every validation. */
function crossChecks(data: PolicyData, options: ParseOptions): LocatedIssue[] {
  return [
    ...checkReferences(data, options.catalog),
    ...checkBlankNames(data),
    ...checkTranslations(PolicySchema, data),
    ...checkDeprecations(PolicySchema, data),
    ...runValidationRules({ data, catalog: options.catalog, today: todayOf(options) }, options.ruleSettings),
  ];
}

function todayOf(options: ParseOptions): string {
  return options.today ?? new Date().toISOString().slice(0, 10);
}

/**
 * Where only some services are malformed, the checks beyond the shape still run on the others,
 * so that one run reports what would otherwise come up only after the first errors are fixed (an
 * unknown processor, a missing translation). Their issues point at the services as written. If
 * anything outside the services is malformed, nothing more can be checked.
 */
function checksOfSoundServices(value: unknown, shapeIssues: readonly LocatedIssue[], options: ParseOptions): LocatedIssue[] {
  if (typeof value !== "object" || value === null || !Array.isArray((value as { services?: unknown }).services)) return [];
  const services = (value as { services: unknown[] }).services;
  const broken = new Set(shapeIssues.map(({ segments }) => (segments[0] === "services" ? segments[1] : undefined)));
  const sound = services.flatMap((service, index) => (broken.has(index) ? [] : [{ service, index }]));
  const parsed = PolicySchema.safeParse({ ...value, services: sound.map(({ service }) => service) });
  if (!parsed.success) return [];
  return crossChecks(parsed.data, options).map((issue) => {
    const [first, position, ...rest] = issue.segments;
    if (first !== "services" || typeof position !== "number") return issue;
    return { ...issue, segments: ["services", sound[position]!.index, ...rest] };
  });
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
