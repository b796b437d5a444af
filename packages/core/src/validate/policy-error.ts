import { formatIssue, type PolicyIssue } from "./issue.js";

/** Thrown by the throwing API (`parsePolicy`, `loadPolicy`) with every issue found. */
export class PolicyError extends Error {
  override readonly name = "PolicyError";
  readonly issues: readonly PolicyIssue[];

  constructor(issues: readonly PolicyIssue[]) {
    const errors = issues.filter((issue) => issue.severity === "error");
    const shown = errors.slice(0, 5).map(formatIssue);
    const more = errors.length > shown.length ? `\n  ...and ${errors.length - shown.length} more` : "";
    super(`The policy has ${errors.length} ${errors.length === 1 ? "error" : "errors"}:\n  ${shown.join("\n  ")}${more}`);
    this.issues = issues;
  }
}
