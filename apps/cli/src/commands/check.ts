import { type Command, InvalidArgumentError, Option } from "commander";
import { policyRules, requiredRuleCodes } from "@policy/core";
import type { Context } from "../context.js";
import { wrapText } from "../text-wrap.js";

export function checkCommand(program: Command, context: Context): void {
  program
    .command("check")
    .description("validate policy files and check them against the law's duties a valid policy can still fail")
    .argument("<file...>", "policy files (YAML or JSON); - reads stdin")
    .addOption(new Option("--format <format>", "how to report the issues").choices(["text", "json", "github", "sarif"]).default("text"))
    .option("--max-warnings <count>", "fail (exit code 1) when there are more warnings than this", nonNegativeInteger)
    .option("--rule <code=setting>", "switch a rule off, or report it as a warning or an error (repeatable)", ruleSetting, {})
    .addHelpText(
      "after",
      `
Everything validate reports, and the issues of the compliance rules. Each rule checks one duty
and names where it is written (an article, a court, an authority's guidance).
The compliance rules, which only check runs:
${ruleList("check")}

The rules every validation runs (validate and render too):
${ruleList("validate")}

A rule can be switched off or set to another severity in the policy file, where switching it off
needs a reason, which the report shows (${requiredRuleCodes.join(", ")} cannot be changed):
  check:
    rules:
      transfers-emptied: { severity: off, reason: "We host the service in the EU." }
      retention-until-needed: error
or for one run with --rule (above the file's settings): --rule transfers-emptied=off.

--format text lists each issue with the lines it is on, then a count; --format json prints one
JSON document: { "issues": [{ file, line, column, severity, code, path, message, suggestion }],
"errors", "warnings" }; --format github prints each issue as a GitHub Actions workflow command,
which the run shows as an annotation on the file's line; --format sarif prints a SARIF 2.1.0 log
for code scanning (github/codeql-action/upload-sarif).

Exit codes: 0 no errors (and no more warnings than --max-warnings), 1 errors or too many
warnings, 2 a usage error or a file that cannot be read.

Examples:
  $ policy check policy.yaml
  $ policy check policy.yaml --max-warnings 0
  $ policy check policy.yaml --rule retention-until-needed=error
  $ policy check policies/*.yaml --format json > report.json
  $ policy check policy.yaml --format github     (in a GitHub Actions workflow)
  $ policy check policy.yaml --format sarif > policy.sarif`,
    )
    .action(
      async (files: string[], options: { format: "text" | "json" | "github" | "sarif"; maxWarnings?: number; rule: Record<string, string> }) => {
        const { checkFiles } = await import("../actions/check.js");
        context.exitCode = await checkFiles(files, { ...options, rules: options.rule }, context);
      },
    );
}

/** `--rule transfers-emptied=off`: collected into one object; core checks the code and the setting. */
function ruleSetting(value: string, settings: Record<string, string>): Record<string, string> {
  const match = /^([a-z0-9-]+)=(off|warning|error)$/.exec(value);
  if (match === null) throw new InvalidArgumentError("write a rule's code, =, and off, warning or error (transfers-emptied=off)");
  return { ...settings, [match[1]!]: match[2]! };
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("give a whole number, 0 or more");
  return Number(value);
}

/** The rules of a stage: the code, and the duty wrapped beside it, as wide as the text above (100 columns). */
function ruleList(stage: "validate" | "check"): string {
  const rules = policyRules.filter((rule) => rule.stage === stage);
  const width = Math.max(...rules.map((rule) => rule.code.length));
  const indent = " ".repeat(2 + width + 2);
  return rules
    .map((rule) =>
      wrapText(rule.duty.en, 100 - indent.length)
        .map((line, index) => (index === 0 ? `  ${rule.code.padEnd(width)}  ${line}` : `${indent}${line}`))
        .join("\n"),
    )
    .join("\n");
}
