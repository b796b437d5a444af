import { LineCounter, Parser, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type CST, type Document, YAMLParseError, type YAMLError } from "yaml";
import type { Policy } from "../model/resolved.js";
import type { ParseOptions } from "./catalog.js";
import type { IssueCode, PolicyIssue } from "./issue.js";
import { toPolicyIssue, validatePolicy, type SafeParseResult } from "./parse-policy.js";
import { PolicyError } from "./policy-error.js";
import { positionOf, type Position } from "./yaml-position.js";

export interface LoadOptions extends ParseOptions {
  /** Named in every issue, e.g. "policy.yaml". */
  readonly filename?: string;
  /** Larger input is refused before parsing. Default: 2 MiB; a real policy is a few kilobytes. */
  readonly maxBytes?: number;
  /** How many aliases a document may expand, against "billion laughs". Default: 100. */
  readonly maxAliasCount?: number;
}

export const defaultMaxBytes = 2 * 1024 * 1024;

/** Mappings and lists inside each other; the example policy needs 8, JSON parsers often allow 512. */
const maxNesting = 100;

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
  if (text.trim() === "" || text.trim() === "\uFEFF") return fail("empty-document", "the file is empty: a policy needs at least meta, controller and services");

  const lineCounter = new LineCounter();
  // yaml's composer recurses once per level of nesting. It catches the stack overflow itself,
  // but not always in time: under vitest, 5,000 nested "[" ended the whole process with a V8
  // "RegExpCompiler Allocation failed" (uncatchable). So the nesting is measured first, on
  // the CST, whose parser keeps its own stack, and refused far below where recursion is a risk.
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const lineStart = text.lastIndexOf("\n", deep - 1) + 1;
    const line = text.slice(0, lineStart).split("\n").length;
    return fail("too-deep", `the document is nested more than ${maxNesting} levels deep`, { line, column: deep - lineStart + 1 });
  }
  let doc: Document;
  try {
    // uniqueKeys is checked below: yaml's own check compares each key with every earlier one,
    // so 40,000 keys took 26 s and a 2 MB file of short keys would take many minutes.
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  } catch (error) {
    // The parser recurses on nesting; only absurdly deep input gets here.
    if (error instanceof RangeError) return fail("too-deep", "the document is nested too deeply to read");
    throw error;
  }

  const at = (offset: number | undefined): Position | undefined => {
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors = [...doc.errors, ...duplicateKeys(doc)].sort((a, b) => a.pos[0] - b.pos[0]);
  if (errors.length > 0) {
    return {
      success: false,
      issues: reportedErrors(errors).map((error) =>
        inFile({
          code: error.code === "DUPLICATE_KEY" ? "duplicate-key" : error.code === "RESOURCE_EXHAUSTION" ? "too-deep" : "yaml-syntax",
          severity: "error",
          message: firstLine(error.message),
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
    .map((issue) => inFile({ ...toPolicyIssue(issue), ...positionOf(doc, lineCounter, issue.segments, issue.code === "unknown-field") }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return policy === undefined ? { success: false, issues: placed } : { success: true, policy, issues: placed };
}

/** Reads a policy from YAML or JSON text; throws a PolicyError listing every issue. */
export function loadPolicy(text: string, options: LoadOptions = {}): Policy {
  const result = safeLoadPolicy(text, options);
  if (!result.success) throw new PolicyError(result.issues);
  return result.policy;
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node)) offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * The errors worth showing. After the first syntax error the parser is out of step with the
 * text, and what it reports next is mostly an echo of that one mistake (a tab used as indentation
 * came with four more errors on correct lines). Duplicate keys are exact, so all of those stay.
 */
function reportedErrors(errors: readonly YAMLError[]): YAMLError[] {
  const firstSyntax = errors.findIndex((error) => error.code !== "DUPLICATE_KEY");
  return errors.filter((error, index) => error.code === "DUPLICATE_KEY" || index === firstSyntax);
}

/**
 * Where to point for a syntax error: at the thing that is wrong rather than where the parser
 * noticed. yaml places an unclosed quote or bracket at the end of what it read (the end of the
 * line, or the next key) and a mis-indented key at the start of its line; point instead at the
 * opening quote or bracket, and at the key itself.
 */
function errorOffset(doc: Document, text: string, error: YAMLError): number {
  const [start] = error.pos;
  const quote = /^Missing closing ("|')quote/.test(error.message);
  const flow = /^Flow (map|sequence) in block collection/.test(error.message);
  if (quote || flow) {
    let opener: number | undefined;
    visit(doc, (_key, node) => {
      const from = (node as { range?: [number, number, number] }).range?.[0];
      if (from === undefined || from >= start || (opener !== undefined && from <= opener)) return;
      const matches = quote
        ? isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE")
        : (isMap(node) || isSeq(node)) && node.flow === true;
      if (matches) opener = from;
    });
    return opener ?? start;
  }
  if (error.code === "BAD_INDENT") {
    let offset = start;
    while (text[offset] === " ") offset++;
    return text[offset] === "\n" || text[offset] === "\r" || offset >= text.length ? start : offset;
  }
  return start;
}

/** The offset of the first collection nested deeper than maxNesting, walking the CST without recursion. */
function tooDeepAt(text: string): number | undefined {
  const pending: Array<readonly [CST.Token | null | undefined, number]> = [];
  for (const token of new Parser().parse(text)) pending.push([token, 0]);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [token, depth] = next;
    if (token === null || token === undefined) continue;
    if (token.type === "document") pending.push([token.value, depth]);
    else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth + 1 > maxNesting) return token.offset;
      for (const item of token.items) pending.push([item.key, depth + 1], [item.value, depth + 1]);
    }
  }
  return undefined;
}

/** Keys written twice in one mapping, found with one Set per mapping (linear, unlike yaml's check). */
function duplicateKeys(doc: Document): YAMLError[] {
  const found: YAMLError[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const start = pair.key.range?.[0];
        if (seen.has(pair.key.value) && start !== undefined) {
          found.push(new YAMLParseError([start, start + 1], "DUPLICATE_KEY", "Map keys must be unique"));
        }
        seen.add(pair.key.value);
      }
    },
  });
  return found;
}
