import type { Policy, PolicyIssue } from "@policy/core";
import type { Context } from "./context.js";
import { loadPolicyText } from "./load-policy-file.js";
import type { Input } from "./read-input.js";
import { terminalSafe } from "./terminal-text.js";

/**
 * Validates a policy before a command uses it. Errors are printed on stderr with the lines they
 * are on, and the policy is undefined: nothing may be rendered from an invalid policy. Warnings
 * are printed as one line each (`policy validate` shows them in full), unless --quiet; or, with
 * `onWarnings`, handed to it to show its own way (the viewer lists them on a key).
 */
export async function reportLoad(
  input: Input,
  context: Context,
  onWarnings?: (warnings: readonly PolicyIssue[]) => void,
): Promise<Policy | undefined> {
  const { io, colors, quiet } = context;
  const { policy, issues } = await loadPolicyText(input);
  if (policy !== undefined && (quiet || issues.length === 0)) return policy;
  // The code frames (and the text-width tables behind them) are loaded only when there is an issue to show.
  const { countIssues, describeCount, formatIssueWithFrame } = await import("./issue-report.js");
  if (policy === undefined) {
    for (const issue of issues.filter((each) => each.severity === "error")) {
      io.stderr.write(`${formatIssueWithFrame(issue, input.text, colors.err)}\n`);
    }
    io.stderr.write(`${colors.err.red(`${terminalSafe(input.name)} has ${describeCount({ ...countIssues(issues), warnings: 0 })}.`)}\n`);
    return undefined;
  }
  if (onWarnings !== undefined) onWarnings(issues);
  else for (const issue of issues) io.stderr.write(`${formatIssueWithFrame(issue, undefined, colors.err)}\n`);
  return policy;
}
