import { policyRules, type PolicyIssue } from "@policy/core";
import { cliVersion } from "./version.js";

/**
 * The issues as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), which code
 * scanning services read: one run of `policy`, a rule for each code that occurs (the compliance
 * rules with their duty and source), and a result per issue at its file, line and column. The
 * same issues give the same bytes: rules sorted by code, results in the order given.
 */
export function sarifLog(issues: readonly PolicyIssue[]) {
  const codes = [...new Set(issues.map((issue) => issue.code))].sort();
  return sarifDocument(
    "policy",
    codes.map(ruleOf),
    issues.map((issue) => ({
      ruleId: issue.code,
      ruleIndex: codes.indexOf(issue.code),
      level: issue.severity,
      message: { text: messageOf(issue) },
      ...(issue.filename === undefined ? {} : { locations: [locationOf(issue, issue.filename)] }),
    })),
  );
}

/** A SARIF 2.1.0 log of one run of one of our commands: its rules and its results. */
export function sarifDocument(name: string, rules: readonly object[], results: readonly object[]) {
  return {
    $schema: "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name, version: cliVersion(), informationUri: "https://github.com/policy-dev/policy", rules } }, results }],
  };
}

/** A code's rule: a rule with its duty and where it is written; a check of the file by its name alone. */
function ruleOf(code: string) {
  const rule = policyRules.find((candidate) => candidate.code === code);
  if (rule === undefined) return { id: code };
  return {
    id: code,
    shortDescription: { text: rule.duty.en },
    fullDescription: { text: `${rule.duty.en} (${rule.source})` },
    defaultConfiguration: { level: rule.severity },
    properties: { source: rule.source },
  };
}

function messageOf(issue: PolicyIssue): string {
  const path = issue.path === "" ? "" : `${issue.path}: `;
  const hint = issue.suggestion === undefined ? "" : `; did you mean "${issue.suggestion}"?`;
  return `${path}${issue.message}${hint}`;
}

function locationOf(issue: PolicyIssue, file: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(file.replaceAll("\\", "/")) },
      ...(issue.line === undefined
        ? {}
        : { region: { startLine: issue.line, ...(issue.column === undefined ? {} : { startColumn: issue.column }) } }),
    },
  };
}
