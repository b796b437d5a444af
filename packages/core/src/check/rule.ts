import type { PolicyData } from "../model/policy.js";
import type { Policy } from "../model/resolved.js";
import type { Translated } from "../taxonomy/index.js";
import type { Catalog } from "../validate/catalog.js";
import type { IssueSeverity } from "../validate/issue.js";
import type { PathSegment } from "../validate/path.js";
import type { RuleCode } from "./rule-codes.js";

/** What a rule looks at: the policy as written (to see what it states itself) and as resolved. */
export interface RuleInput {
  readonly data: PolicyData;
  readonly policy: Policy;
  readonly catalog: Catalog | undefined;
}

/** One place where a policy falls short of a rule's duty, and how to fix it, in English and German. */
export interface RuleFinding {
  readonly segments: readonly PathSegment[];
  readonly message: Translated;
}

/**
 * A compliance rule of `policy check`: one duty of the law that a valid policy can still fail,
 * with where the duty is written (an article, a court, an authority's guidance).
 */
export interface Rule {
  readonly code: RuleCode;
  readonly severity: IssueSeverity;
  /** The duty, in a sentence. */
  readonly duty: Translated;
  /** Where the duty is written. */
  readonly source: string;
  check(input: RuleInput): readonly RuleFinding[];
}
