import { describe, expect, it } from "vitest";
import { formatIssue } from "./issue.js";

describe("formatIssue", () => {
  const issue = { code: "unknown-id", severity: "error", message: 'unknown data category "user.emial"', path: "services[0].data[1]" } as const;

  it("puts file, line and column first, the way editors and terminals link them", () => {
    expect(formatIssue({ ...issue, filename: "policy.yaml", line: 12, column: 9, suggestion: "user.email" })).toBe(
      'policy.yaml:12:9 error services[0].data[1]: unknown data category "user.emial"; did you mean "user.email"? (unknown-id)',
    );
  });

  it("names text without a file <input>, and leaves out what is not known", () => {
    expect(formatIssue({ ...issue, line: 3, column: 1 })).toBe(
      '<input>:3:1 error services[0].data[1]: unknown data category "user.emial" (unknown-id)',
    );
    expect(formatIssue({ ...issue, severity: "warning", path: "" })).toBe('warning unknown data category "user.emial" (unknown-id)');
  });
});
