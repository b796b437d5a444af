// Property tests for reading policy files: valid YAML (the example policy and the README's),
// mutated by deleting, swapping and duplicating lines and deleting, duplicating and inserting
// characters. For every mutated text, safeLoadPolicy
// - never throws (a policy file is untrusted input: every problem is an issue);
// - says success with a policy and no errors, or failure with at least one error;
// - places every issue it gives a position inside the text.
//
// "Inside the text" the way the YAML parser counts (yaml's LineCounter): lines are what
// `text.split("\n")` gives. A CR is an ordinary character of its line, so "a\r\nb" has the lines
// "a\r" and "b", and a column may point at the CR. A text that ends with "\n" has an empty last
// line after it, where an error at the end of the input points (column 1). So: 1 <= line <=
// number of lines, and 1 <= column <= length of that line + 1 (one past its last character, where
// something missing at the end of a line is reported). Columns count UTF-16 code units, as
// JavaScript strings and yaml do.

import fc from "fast-check";
import { catalog } from "@policy/catalog";
import { safeLoadPolicy, type PolicyIssue } from "@policy/core";
import { describe, expect, it } from "vitest";
import { applyMutations, yamlMutations } from "./arbitraries/yaml-mutation.js";
import { assertProperty } from "./assert-property.js";
import { fuzzSettings } from "./fuzz-settings.js";
import { yamlSources } from "./yaml-sources.js";

describe.each(Object.entries(yamlSources))("%s, mutated", (name, source) => {
  it("is valid before it is mutated", () => {
    const result = safeLoadPolicy(source, { catalog, filename: name });
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(result.success).toBe(true);
  });

  const settings = fuzzSettings({ runs: 150, msPerRun: 20 });
  it(
    "loads without throwing, and every issue's line and column lie inside the text",
    () => {
      assertProperty(
        fc.property(yamlMutations, (mutations) => {
          const text = applyMutations(source, mutations);
          const result = safeLoadPolicy(text, { catalog, filename: name });
          const errors = result.issues.filter((issue) => issue.severity === "error");
          if (result.success) {
            expect(result.policy).toBeDefined();
            expect(errors).toEqual([]);
          } else {
            expect(errors.length, "a failed load names at least one error").toBeGreaterThan(0);
          }
          const lines = text.split("\n");
          for (const issue of result.issues) {
            expect(issue.filename).toBe(name);
            expect(positionProblem(issue, lines), describeIssue(issue)).toBeUndefined();
          }
        }),
        settings,
        { parts: ["mutations"] },
      );
    },
    settings.timeout,
  );
});

/** What is wrong with an issue's position, or undefined when it is absent or inside the text. */
function positionProblem(issue: PolicyIssue, lines: readonly string[]): string | undefined {
  const { line, column } = issue;
  if (line === undefined && column === undefined) return undefined;
  if (line === undefined || column === undefined) return `line ${line} and column ${column}: one without the other`;
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return `line ${line} is outside 1..${lines.length}`;
  const length = (lines[line - 1] as string).length;
  if (!Number.isInteger(column) || column < 1 || column > length + 1) return `column ${column} is outside 1..${length + 1} on line ${line}`;
  return undefined;
}

function describeIssue(issue: PolicyIssue): string {
  return `${issue.code} at ${issue.line}:${issue.column} (${issue.path || "document"}): ${issue.message}`;
}
