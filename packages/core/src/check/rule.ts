import type { PolicyData } from "../model/policy.js";
import type { Policy } from "../model/resolved.js";
import type { SourceText } from "../taxonomy/index.js";
import type { Catalog } from "../validate/catalog.js";
import type { IssueSeverity } from "../validate/issue.js";
import type { PathSegment } from "../validate/path.js";
import type { RuleCode } from "./rule-codes.js";

/** What a rule of every validation looks at: the policy as written, whose references may not resolve yet. */
export interface ValidationInput {
  readonly data: PolicyData;
  readonly catalog: Catalog | undefined;
  /** The day (YYYY-MM-DD) against which the age of facts is measured. */
  readonly today: string;
}

/** What a rule of `policy check` looks at: the policy as written (to see what it states itself) and as resolved. */
export interface RuleInput extends ValidationInput {
  readonly policy: Policy;
}

/** One place where a policy falls short of a rule's duty, and how to fix it, in English and German. */
export interface RuleFinding {
  readonly segments: readonly PathSegment[];
  readonly message: SourceText;
  /** The closest valid value, where there is one. */
  readonly suggestion?: string;
}

interface RuleBase {
  readonly code: RuleCode;
  readonly severity: IssueSeverity;
  /** The duty, in a sentence. */
  readonly duty: SourceText;
  /** Where the duty is written. */
  readonly source: string;
}

/**
 * A rule of every validation: a duty checked on the policy as written, before it is resolved.
 * Its errors keep the policy from being rendered.
 */
export interface ValidationRule extends RuleBase {
  readonly stage: "validate";
  check(input: ValidationInput): readonly RuleFinding[];
}

/** A compliance rule that only `policy check` runs, on a policy that is valid and resolved. */
export interface ComplianceRule extends RuleBase {
  readonly stage: "check";
  check(input: RuleInput): readonly RuleFinding[];
}

/**
 * One duty of the law, with where it is written (an article, a court, an authority's guidance):
 * either part of every validation, or one of the compliance rules a valid policy can still fail.
 */
export type Rule = ValidationRule | ComplianceRule;
