import { formatIssue, type PolicyIssue } from "@policy/core";
import { wantsColor } from "../colors.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { readInput } from "../read-input.js";
import { reportLoad } from "../report-load.js";
import type { ViewFlags } from "./view-flags.js";

/**
 * `policy view`: the Ink viewer when both stdin and stdout are a terminal; otherwise the same
 * text, plain, on stdout (the viewer needs key presses and a screen to draw on).
 */
export async function viewPolicyFile(file: string, flags: ViewFlags, context: Context): Promise<ExitCode> {
  const { io } = context;
  const interactive = io.stdin.isTTY === true && io.stdout.isTTY === true;
  // In the viewer, warnings are a count in its header and a list on w, not lines printed before it starts.
  let warnings: readonly string[] = [];
  const keep = interactive ? (issues: readonly PolicyIssue[]) => (warnings = issues.map(formatIssue)) : undefined;
  const policy = await reportLoad(await readInput(file, io.stdin), context, keep);
  if (policy === undefined) return ExitCode.failed;
  const locale = flags.locale ?? policy.locales[0] ?? "en";
  if (!interactive) {
    const { toText } = await import("@policy/ink/text");
    io.stdout.write(toText(policy, { locale, width: plainWidth(flags, io.stdout, io.env) }));
    return ExitCode.ok;
  }
  const { viewPolicy } = await import("@policy/ink");
  await viewPolicy(policy, { locale, color: wantsColor(io.stdout, io.env), stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, warnings });
  return ExitCode.ok;
}

/**
 * The width of the plain text: --width, else the terminal's (stdout may be one while stdin is
 * not), else COLUMNS, which shells set and pass on to a pipe's writer, else 80. toText takes 20 to 1000.
 */
function plainWidth(flags: ViewFlags, stdout: NodeJS.WriteStream, env: NodeJS.ProcessEnv): number {
  const fromEnv = /^\d+$/.test(env.COLUMNS ?? "") ? Number(env.COLUMNS) : undefined;
  const width = flags.width ?? stdout.columns ?? fromEnv ?? 80;
  return Math.min(1000, Math.max(20, width));
}
