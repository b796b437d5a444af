import { catalog } from "@policy/catalog";
import { safeLoadPolicy, type Policy, type PolicyIssue } from "@policy/core";
import type { Input } from "./read-input.js";

export interface LoadedPolicy {
  readonly input: Input;
  /** Undefined when the file has errors. */
  readonly policy: Policy | undefined;
  /** Errors and warnings, in the order of the file. */
  readonly issues: readonly PolicyIssue[];
}

/** Validates a policy's text, with the catalog for `processor: <id>` references. */
export function loadPolicyText(input: Input): LoadedPolicy {
  const result = safeLoadPolicy(input.text, { filename: input.name, catalog });
  return { input, policy: result.success ? result.policy : undefined, issues: result.issues };
}
