import { ruleCodes } from "../check/rule-codes.js";

/**
 * Every code a policy issue can carry. Codes are stable: tools may match on them.
 * The README documents each one.
 */
export const issueCodes = [
  // reading the text
  "yaml-syntax",
  "duplicate-key",
  "alias-limit",
  "too-large",
  "too-deep",
  "empty-document",
  // the shape
  "invalid-type",
  "missing-field",
  "unknown-field",
  "unknown-id",
  "invalid-value",
  "invalid-url",
  "invalid-email",
  "invalid-date",
  "invalid-format",
  "empty",
  "empty-retention",
  // the content
  "duplicate-id",
  "unknown-processor",
  "missing-legal-basis",
  "missing-translation",
  "deprecated-id",
  // the rules (check/rules): of every validation, then of `policy check`
  ...ruleCodes,
] as const;

export type IssueCode = (typeof issueCodes)[number];

/** Errors make a policy invalid; warnings point at something to improve. */
export type IssueSeverity = "error" | "warning";

export interface PolicyIssue {
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  /** Plain words, without the position: "unknown data category "user.contact.emial"". */
  readonly message: string;
  /** Where in the policy: `services[2].purposes[0].legalBasis`; empty for the whole document. */
  readonly path: string;
  /** The closest valid value, where there is one. */
  readonly suggestion?: string;
  readonly filename?: string;
  /** 1-based, present when the policy was read from text. */
  readonly line?: number;
  readonly column?: number;
}

/** One line a person can act on: `policy.yaml:12:9 error services[0].data[1]: ... (unknown-id)`. */
export function formatIssue(issue: PolicyIssue): string {
  const position = issue.line === undefined ? "" : `:${issue.line}:${issue.column ?? 1}`;
  const where = issue.filename === undefined ? (position === "" ? "" : `<input>${position} `) : `${issue.filename}${position} `;
  const path = issue.path === "" ? "" : `${issue.path}: `;
  const hint = issue.suggestion === undefined ? "" : `; did you mean "${issue.suggestion}"?`;
  return `${where}${issue.severity} ${path}${issue.message}${hint} (${issue.code})`;
}
