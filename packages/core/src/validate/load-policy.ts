import type { Document } from "yaml";
import type { Policy } from "../model/resolved.js";
import type { ParseOptions } from "./catalog.js";
import type { IssueCode, PolicyIssue } from "./issue.js";
import { toPolicyIssue, validatePolicy, type SafeParseResult } from "./parse-policy.js";
import { PolicyError } from "./policy-error.js";
import { duplicateKeys } from "./yaml-duplicate-keys.js";
import { errorOffset, issueCodeOf, messageOf, reportedErrors } from "./yaml-errors.js";
import { TextLines } from "./text-lines.js";
import { composeDocument, parseSyntaxTree } from "./yaml-document.js";
import { maxNesting, tooDeepAt } from "./yaml-nesting.js";
import { firstAlias, positionOf, type Position } from "./yaml-position.js";

export interface LoadOptions extends ParseOptions {
  /** Named in every issue, e.g. "policy.yaml". */
  readonly filename?: string;
  /** Larger input is refused before parsing. Default: 2 MiB; a real policy is a few kilobytes. */
  readonly maxBytes?: number;
  /** How many aliases a document may expand, against "billion laughs". Default: 100. */
  readonly maxAliasCount?: number;
}

export const defaultMaxBytes = 2 * 1024 * 1024;

/** Reads a policy from YAML or JSON text without throwing; issues carry line and column. */
export function safeLoadPolicy(text: string, options: LoadOptions = {}): SafeParseResult {
  const { filename, maxBytes = defaultMaxBytes, maxAliasCount = 100 } = options;
  const inFile = (issue: Omit<PolicyIssue, "filename">): PolicyIssue => (filename === undefined ? issue : { ...issue, filename });
  const fail = (code: IssueCode, message: string, position?: Position): SafeParseResult => ({
    success: false,
    issues: [inFile({ code, severity: "error", message, path: "", ...position })],
  });

  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) return fail("too-large", `the file is ${bytes} bytes; the limit is ${maxBytes} (option maxBytes)`);
  if (text.trim() === "" || text.trim() === "\uFEFF")
    return fail("empty-document", "the file is empty: a policy needs at least meta, controller and services");

  const lines = new TextLines(text);
  // yaml's composer recurses once per level of nesting. It catches the stack overflow itself,
  // but not always in time: under vitest, 5,000 nested "[" ended the whole process with a V8
  // "RegExpCompiler Allocation failed" (uncatchable). So the nesting is measured first, on
  // the CST, whose parser keeps its own stack, and refused far below where recursion is a risk.
  const tokens = parseSyntaxTree(text);
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) {
    const { line, col } = lines.linePos(deep);
    return fail("too-deep", `the document is nested more than ${maxNesting} levels deep`, { line, column: col });
  }
  let doc: Document;
  try {
    // uniqueKeys is checked below: yaml's own check compares each key with every earlier one,
    // so 40,000 keys took 26 s and a 2 MB file of short keys would take many minutes.
    // stringKeys: a key that is a list or a mapping (`? [a]`) is an error, not a key that toJS
    // turns into text with a warning of Node's on stderr.
    doc = composeDocument(tokens, text, { uniqueKeys: false, stringKeys: true, keepSourceTokens: false });
  } catch (error) {
    // The composer recurses on nesting; only absurdly deep input gets here.
    if (error instanceof RangeError) return fail("too-deep", "the document is nested too deeply to read");
    throw error;
  }

  const at = (offset: number | undefined): Position | undefined => {
    if (offset === undefined) return undefined;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const errors = [...doc.errors, ...duplicateKeys(doc)].sort((a, b) => a.pos[0] - b.pos[0]);
  if (errors.length > 0) {
    return {
      success: false,
      issues: reportedErrors(errors).map((error) =>
        inFile({
          code: issueCodeOf(error),
          severity: "error",
          message: messageOf(error),
          path: "",
          ...at(errorOffset(doc, text, error)),
        }),
      ),
    };
  }
  if (doc.contents === null) return fail("empty-document", "the file holds no data: a policy needs at least meta, controller and services");

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError) {
      return fail("alias-limit", `the document expands more than ${maxAliasCount} aliases (option maxAliasCount)`, at(firstAlias(doc)));
    }
    if (error instanceof RangeError) return fail("too-deep", "the document is nested too deeply to read");
    throw error;
  }

  const { policy, issues } = validatePolicy(value, options);
  const placed = issues
    .map((issue) => inFile({ ...toPolicyIssue(issue), ...positionOf(doc, lines, issue.segments, issue.code === "unknown-field") }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return policy === undefined ? { success: false, issues: placed } : { success: true, policy, issues: placed };
}

/** Reads a policy from YAML or JSON text; throws a PolicyError listing every issue. */
export function loadPolicy(text: string, options: LoadOptions = {}): Policy {
  const result = safeLoadPolicy(text, options);
  if (!result.success) throw new PolicyError(result.issues);
  return result.policy;
}
