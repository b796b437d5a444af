import type { PolicyIssue } from "@policy/core";
import type { Colors } from "./colors.js";
import { codeFrame } from "./code-frame.js";
import { terminalSafe } from "./terminal-text.js";

/**
 * One issue as a line a person (or an editor's problem matcher) can act on, then the lines of the
 * file it is on:
 *
 *   policy.yaml:12:9  error  services[0].data[1]: unknown data category "user.contact.emial"; did you mean "user.contact.email"?  [unknown-id]
 */
export function formatIssueWithFrame(issue: PolicyIssue, text: string | undefined, colors: Colors): string {
  const where = `${issue.filename ?? "<input>"}${issue.line === undefined ? "" : `:${issue.line}:${issue.column ?? 1}`}`;
  const severity = issue.severity === "error" ? colors.red("error") : colors.yellow("warning");
  const path = issue.path === "" ? "" : `${issue.path}: `;
  const hint = issue.suggestion === undefined ? "" : `; did you mean "${issue.suggestion}"?`;
  const head = `${colors.bold(terminalSafe(where))}  ${severity}  ${terminalSafe(`${path}${issue.message}${hint}`)}  ${colors.dim(`[${issue.code}]`)}`;
  if (text === undefined || issue.line === undefined) return head;
  const frame = codeFrame(text, issue.line, issue.column ?? 1, { colors });
  return frame === "" ? head : `${head}\n\n${frame}\n`;
}

export interface IssueCount {
  readonly errors: number;
  readonly warnings: number;
}

export function countIssues(issues: readonly PolicyIssue[]): IssueCount {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}

/** "2 errors and 1 warning", "1 error", "no issues". */
export function describeCount({ errors, warnings }: IssueCount): string {
  const parts = [plural(errors, "error"), plural(warnings, "warning")].filter((part) => part !== "");
  return parts.length === 0 ? "no issues" : parts.join(" and ");
}

function plural(count: number, noun: string): string {
  return count === 0 ? "" : `${count} ${noun}${count === 1 ? "" : "s"}`;
}
