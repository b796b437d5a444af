import { adjustableRuleCodes, requiredRuleCodes, ruleCodes, ruleSettingOf, type PolicyIssue, type RuleSettings } from "@policy/core";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { countIssues, describeCount, formatIssueWithFrame } from "../issue-report.js";
import { loadPolicyText, type LoadedPolicy } from "../load-policy-file.js";
import { readInput } from "../read-input.js";
import { terminalSafe } from "../terminal-text.js";
import { UserError } from "../user-error.js";

export interface CheckOptions {
  readonly format: "text" | "json" | "github" | "sarif";
  /** Fail when there are more warnings than this; unset, warnings never fail. */
  readonly maxWarnings?: number;
  /** `--rule`: rule codes switched off or set to another severity, above the policy's own settings. */
  readonly rules?: Readonly<Record<string, string>>;
}

/** A rule the policy switches off, with its reason: the report shows it. */
interface SwitchedOff {
  readonly file: string;
  readonly code: string;
  readonly reason: string;
}

/**
 * Validates each file with the compliance rules and reports every issue: as text with the lines
 * it is on and a count, or as one JSON document for tools. A file that cannot be read is reported
 * on stderr and the others are still checked; the exit code is then 2, else 1 for errors or for
 * more warnings than `maxWarnings`.
 */
export async function checkFiles(files: readonly string[], options: CheckOptions, context: Context): Promise<ExitCode> {
  const { io, colors, quiet } = context;
  const issues: PolicyIssue[] = [];
  const off: SwitchedOff[] = [];
  const ruleSettings = ruleSettingsOf(options.rules);
  let unreadable = 0;
  for (const file of files) {
    let loaded: LoadedPolicy;
    try {
      loaded = await loadPolicyText(await readInput(file, io.stdin), { check: true, ...(ruleSettings === undefined ? {} : { ruleSettings }) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr.write(`policy: ${terminalSafe(error.message)}\n`);
      unreadable += 1;
      continue;
    }
    issues.push(...loaded.issues);
    off.push(...switchedOff(loaded, ruleSettings));
    if (options.format === "text") {
      const shown = quiet ? loaded.issues.filter((issue) => issue.severity === "error") : loaded.issues;
      for (const issue of shown) io.stdout.write(`${formatIssueWithFrame(issue, loaded.input.text, colors.out)}\n`);
    }
  }
  const { errors, warnings } = countIssues(issues);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify({ issues: issues.map(reported), off, errors, warnings }, null, 2)}\n`);
  } else if (options.format === "sarif") {
    const { sarifLog } = await import("../sarif.js");
    io.stdout.write(`${JSON.stringify(sarifLog(issues), null, 2)}\n`);
  } else if (options.format === "github") {
    for (const issue of issues) io.stdout.write(`${annotation(issue)}\n`);
    for (const rule of off)
      io.stdout.write(`::notice file=${escapeProperty(rule.file)},title=${rule.code}::${escapeData(`switched off: ${rule.reason}`)}\n`);
  } else if (!quiet || errors > 0 || tooManyWarnings) {
    const checked = files.length - unreadable;
    const total = describeCount({ errors, warnings: quiet ? 0 : warnings });
    const limit = tooManyWarnings ? ` (more than the ${options.maxWarnings} warnings allowed)` : "";
    for (const rule of off) io.stdout.write(`${terminalSafe(rule.file)}  ${colors.out.dim("off")}  ${rule.code}: ${terminalSafe(rule.reason)}\n`);
    const summary = `${total.charAt(0).toUpperCase()}${total.slice(1)} in ${checked} ${checked === 1 ? "file" : "files"}${limit}.`;
    io.stdout.write(`${errors > 0 || tooManyWarnings ? colors.out.red(summary) : summary}\n`);
  }
  if (unreadable > 0) return ExitCode.usage;
  return errors > 0 || tooManyWarnings ? ExitCode.failed : ExitCode.ok;
}

/** `--rule` settings, once each code is known and may be changed. */
function ruleSettingsOf(rules: CheckOptions["rules"]): RuleSettings | undefined {
  const codes = Object.keys(rules ?? {});
  const unknown = codes.filter((code) => !(ruleCodes as readonly string[]).includes(code));
  if (unknown.length > 0) throw new UserError(`--rule: no rule is called ${unknown.join(", ")}; the rules are ${ruleCodes.join(", ")}`);
  const fixed = codes.filter((code) => (requiredRuleCodes as readonly string[]).includes(code));
  if (fixed.length > 0) {
    throw new UserError(
      `--rule: ${fixed.join(", ")} cannot be switched off or re-graded: the policy's text needs what ${fixed.length === 1 ? "it asks" : "they ask"} for`,
    );
  }
  return rules as RuleSettings | undefined;
}

/** The rules a valid policy switches off in its own check.rules, unless the command line turns them on again. */
function switchedOff(loaded: LoadedPolicy, settings: RuleSettings | undefined): SwitchedOff[] {
  const rules = loaded.policy?.check?.rules ?? {};
  return adjustableRuleCodes.flatMap((code) => {
    const setting = ruleSettingOf(rules[code]);
    if (setting?.severity !== "off" || setting.reason === undefined || (settings?.[code] ?? "off") !== "off") return [];
    return [{ file: loaded.input.name, code, reason: setting.reason }];
  });
}

/** An issue as the JSON report gives it: the same fields in a fixed order, the file as `file`. */
function reported(issue: PolicyIssue) {
  return {
    file: issue.filename ?? null,
    line: issue.line ?? null,
    column: issue.column ?? null,
    severity: issue.severity,
    code: issue.code,
    path: issue.path,
    message: issue.message,
    ...(issue.suggestion === undefined ? {} : { suggestion: issue.suggestion }),
  };
}

/**
 * An issue as a GitHub Actions workflow command, which the run's page shows as an annotation on
 * the file's line: `::error file=policy.yaml,line=45,col=21,title=unknown-id::message`. Values
 * escape what the command syntax reserves (%, line breaks, and in properties : and ,).
 */
function annotation(issue: PolicyIssue): string {
  const properties = [
    ["file", issue.filename],
    ["line", issue.line?.toString()],
    ["col", issue.column?.toString()],
    ["title", issue.code],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(",");
  const path = issue.path === "" ? "" : `${issue.path}: `;
  const hint = issue.suggestion === undefined ? "" : `; did you mean "${issue.suggestion}"?`;
  return `::${issue.severity} ${properties}::${escapeData(`${path}${issue.message}${hint}`)}`;
}

function escapeData(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
