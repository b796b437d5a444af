import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { countIssues, describeCount, formatIssueWithFrame } from "../issue-report.js";
import { loadPolicyText, type LoadedPolicy } from "../load-policy-file.js";
import { readInput } from "../read-input.js";
import { terminalSafe } from "../terminal-text.js";
import { UserError } from "../user-error.js";

/**
 * Validates each file and lists its issues on stdout (they are what was asked for), then a count.
 * A file that cannot be read is reported on stderr and the others are still checked; the exit
 * code is then 2, else 1 when any file has errors.
 */
export async function validateFiles(files: readonly string[], context: Context): Promise<ExitCode> {
  const { io, colors, quiet } = context;
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  for (const file of files) {
    let loaded: LoadedPolicy;
    try {
      loaded = await loadPolicyText(await readInput(file, io.stdin));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr.write(`policy: ${terminalSafe(error.message)}\n`);
      unreadable += 1;
      continue;
    }
    const shown = quiet ? loaded.issues.filter((issue) => issue.severity === "error") : loaded.issues;
    for (const issue of shown) io.stdout.write(`${formatIssueWithFrame(issue, loaded.input.text, colors.out)}\n`);
    const count = countIssues(loaded.issues);
    errors += count.errors;
    warnings += count.warnings;
  }
  if (!quiet || errors > 0) {
    const checked = files.length - unreadable;
    const total = describeCount({ errors, warnings: quiet ? 0 : warnings });
    const summary = `${total.charAt(0).toUpperCase()}${total.slice(1)} in ${checked} ${checked === 1 ? "file" : "files"}.`;
    io.stdout.write(`${errors > 0 ? colors.out.red(summary) : summary}\n`);
  }
  if (unreadable > 0) return ExitCode.usage;
  return errors > 0 ? ExitCode.failed : ExitCode.ok;
}
