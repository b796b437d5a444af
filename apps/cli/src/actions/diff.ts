import { changeNotice, diff, safeLoadPolicy, type Locale, type Policy, type PolicyChange, type PolicyIssue } from "@policy/core";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { formatIssueWithFrame } from "../issue-report.js";
import { loadPolicyText } from "../load-policy-file.js";
import { readLock } from "../catalog-lock.js";
import { type Input, readInput } from "../read-input.js";
import { terminalSafe } from "../terminal-text.js";
import { UserError } from "../user-error.js";
import { sameFile, writeOutputs } from "../write-outputs.js";
import { gitShow } from "./git-show.js";

export interface DiffOptions {
  readonly base?: string | undefined;
  /** A lock file: compare the policy resolved with its catalog entries with the policy resolved with the installed catalog. */
  readonly catalog?: string | undefined;
  readonly format: "text" | "json" | "md" | "html";
  readonly locale?: Locale | undefined;
  readonly today?: string | undefined;
  /** Where to write the report instead of stdout. */
  readonly out?: string | undefined;
}

/**
 * Compares two versions of a policy and reports the changes. Exit 1 when a change is material and
 * the later version's changes[] has no entry dated on or after the day it takes effect.
 */
export async function diffFiles(first: string, second: string | undefined, options: DiffOptions, context: Context): Promise<ExitCode> {
  const { io } = context;
  const single = options.base !== undefined || options.catalog !== undefined;
  if (options.base !== undefined && options.catalog !== undefined) throw new UserError("give --base or --catalog, not both");
  if (single && second !== undefined)
    throw new UserError(
      `with --${options.base === undefined ? "catalog" : "base"}, give one file: policy diff <file> --${options.base === undefined ? "catalog <lock>" : "base <ref>"}`,
    );
  if (!single && second === undefined) throw new UserError("give the later version too: policy diff <before> <after>");
  let before: Policy | undefined;
  let after: Policy | undefined;
  if (options.catalog !== undefined) {
    const input = await readInput(first, io.stdin);
    const lock = await readLock(options.catalog);
    before = reported(
      input,
      safeLoadPolicy(input.text, { filename: `${input.name} (with the catalog of ${options.catalog})`, catalog: lock.catalog }),
      context,
    );
    after = await resolved(input, context);
  } else {
    const [beforeInput, afterInput] =
      options.base === undefined
        ? [await readInput(first, io.stdin), await readInput(second as string, io.stdin)]
        : [await gitShow(first, options.base), await readInput(first, io.stdin)];
    before = await resolved(beforeInput, context);
    after = await resolved(afterInput, context);
  }
  if (before === undefined || after === undefined) return ExitCode.usage;

  const changes = diff(before, after);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const count = (level: PolicyChange["class"]) => changes.filter((change) => change.class === level).length;
  const material = count("material");
  const acknowledged = after.changes.some((entry) => entry.date >= today);
  const output = await report(options, { before, after, changes, today, material, acknowledged, count });
  if (options.out === undefined) io.stdout.write(output);
  else writeOutput(options.out, output, [first, second]);
  return material > 0 && !acknowledged ? ExitCode.failed : ExitCode.ok;
}

interface Found {
  readonly before: Policy;
  readonly after: Policy;
  readonly changes: readonly PolicyChange[];
  readonly today: string;
  readonly material: number;
  readonly acknowledged: boolean;
  readonly count: (level: PolicyChange["class"]) => number;
}

/** The report in the format asked for: the list, JSON, or the notice as Markdown or a whole HTML page. */
async function report(options: DiffOptions, found: Found): Promise<string> {
  const { before, after, changes, today, material, acknowledged, count } = found;
  if (options.format === "md" || options.format === "html") {
    const locale = options.locale ?? after.locales[0] ?? "en";
    if (!after.locales.includes(locale))
      throw new UserError(`--locale ${locale}: the policy is not written in that language (it has ${after.locales.join(", ")})`);
    const notice = changeNotice(before, after, changes, { locale, date: today });
    if (options.format === "md") return (await import("@policy/markdown")).toMarkdown(notice);
    return (await import("@policy/html")).toHtml(notice, { standalone: true });
  }
  if (options.format === "json") {
    return `${JSON.stringify({ changes, material, notable: count("notable"), editorial: count("editorial"), acknowledged }, null, 2)}\n`;
  }
  const lines = changes.map((change) => `${change.class.padEnd(9)}  ${change.rule}  ${terminalSafe(change.path)}`);
  lines.push(summary(material, count("notable"), count("editorial")));
  if (material > 0 && !acknowledged)
    lines.push(`No entry in changes[] is dated on or after ${today}: announce the material changes there before they apply.`);
  return `${lines.join("\n")}\n`;
}

/** Writes the report to a file, atomically, and never over one of the versions compared. */
function writeOutput(path: string, content: string, inputs: readonly (string | undefined)[]): void {
  if (inputs.some((input) => input !== undefined && input !== "-" && sameFile(input, path))) {
    throw new UserError(`--out ${path} is one of the versions compared; write the report elsewhere`);
  }
  writeOutputs([{ path, content }]);
}

/** The policy a version resolves to with the installed catalog; undefined, with its errors on stderr, where it has errors. */
async function resolved(input: Input, context: Context): Promise<Policy | undefined> {
  const loaded = await loadPolicyText(input);
  return reported(input, loaded.policy === undefined ? { success: false, issues: loaded.issues } : { success: true, policy: loaded.policy }, context);
}

/** The policy of a load, or undefined with its errors on stderr. */
function reported(
  input: Input,
  result: { success: true; policy: Policy } | { success: false; issues: readonly PolicyIssue[] },
  context: Context,
): Policy | undefined {
  if (result.success) return result.policy;
  for (const issue of result.issues.filter((candidate) => candidate.severity === "error")) {
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
