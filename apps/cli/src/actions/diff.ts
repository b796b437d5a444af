import { diff, type Policy, type PolicyChange } from "@policy/core";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { formatIssueWithFrame } from "../issue-report.js";
import { loadPolicyText } from "../load-policy-file.js";
import { type Input, readInput } from "../read-input.js";
import { terminalSafe } from "../terminal-text.js";
import { UserError } from "../user-error.js";
import { gitShow } from "./git-show.js";

export interface DiffOptions {
  readonly base?: string | undefined;
  readonly format: "text" | "json";
  readonly today?: string | undefined;
}

/**
 * Compares two versions of a policy and reports the changes. Exit 1 when a change is material and
 * the later version's changes[] has no entry dated on or after the day it takes effect.
 */
export async function diffFiles(first: string, second: string | undefined, options: DiffOptions, context: Context): Promise<ExitCode> {
  const { io } = context;
  if ((options.base === undefined) === (second === undefined)) {
    throw new UserError(
      options.base === undefined
        ? "give the later version too: policy diff <before> <after>"
        : "with --base, give one file: policy diff <file> --base <ref>",
    );
  }
  const [beforeInput, afterInput] =
    options.base === undefined
      ? [await readInput(first, io.stdin), await readInput(second as string, io.stdin)]
      : [await gitShow(first, options.base), await readInput(first, io.stdin)];
  const before = await resolved(beforeInput, context);
  const after = await resolved(afterInput, context);
  if (before === undefined || after === undefined) return ExitCode.usage;

  const changes = diff(before, after);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const count = (level: PolicyChange["class"]) => changes.filter((change) => change.class === level).length;
  const material = count("material");
  const acknowledged = after.changes.some((entry) => entry.date >= today);
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify({ changes, material, notable: count("notable"), editorial: count("editorial"), acknowledged }, null, 2)}\n`);
  } else {
    for (const change of changes) io.stdout.write(`${change.class.padEnd(9)}  ${change.rule}  ${terminalSafe(change.path)}\n`);
    io.stdout.write(`${summary(material, count("notable"), count("editorial"))}\n`);
    if (material > 0 && !acknowledged) {
      io.stdout.write(`No entry in changes[] is dated on or after ${today}: announce the material changes there before they apply.\n`);
    }
  }
  return material > 0 && !acknowledged ? ExitCode.failed : ExitCode.ok;
}

/** The policy a version resolves to; undefined, with its errors on stderr, where it has errors. */
async function resolved(input: Input, context: Context): Promise<Policy | undefined> {
  const loaded = await loadPolicyText(input);
  if (loaded.policy !== undefined) return loaded.policy;
  for (const issue of loaded.issues.filter((candidate) => candidate.severity === "error")) {
    context.io.stderr.write(`${formatIssueWithFrame(issue, input.text, context.colors.err)}\n`);
  }
  context.io.stderr.write(`policy: ${terminalSafe(input.name)} has errors; fix them to compare it.\n`);
  return undefined;
}

function summary(material: number, notable: number, editorial: number): string {
  if (material + notable + editorial === 0) return "No changes.";
  const plural = (n: number, word: string) => `${n} ${word}`;
  return `${plural(material, "material")}, ${plural(notable, "notable")}, ${plural(editorial, "editorial")} ${material + notable + editorial === 1 ? "change" : "changes"}.`;
}
