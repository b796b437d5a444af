import { describe, expect, it } from "vitest";
import { safeLoadPolicy } from "./load-policy.js";
import { TextLines } from "./text-lines.js";

describe("TextLines", () => {
  it("gives 1-based line and column of an offset, counted from the text", () => {
    const lines = new TextLines("ab\n\ncd");
    expect(lines.linePos(0)).toEqual({ line: 1, col: 1 });
    expect(lines.linePos(2)).toEqual({ line: 1, col: 3 });
    expect(lines.linePos(3)).toEqual({ line: 2, col: 1 });
    expect(lines.linePos(5)).toEqual({ line: 3, col: 2 });
  });
});

describe("the position of a YAML error", () => {
  // Found by the pipeline's fuzzing (seed 964936630): yaml's own line counter missed the blank line.
  it("is inside the text: a list used as a key, after a blank line, is on its own line", () => {
    const text = " {}r\nl: n\n\n -";
    const lines = text.split("\n");
    const issues = safeLoadPolicy(text).issues;
    expect(issues.map((issue) => [issue.line, issue.column])).toContainEqual([4, 2]);
    for (const issue of issues) expect(issue.column!).toBeLessThanOrEqual(lines[issue.line! - 1]!.length + 1);
  });
});
