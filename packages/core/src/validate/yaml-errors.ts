import { isMap, isScalar, isSeq, visit, type Document, type YAMLError } from "yaml";
import type { IssueCode } from "./issue.js";

/** The issue code for one of yaml's errors. */
export function issueCodeOf(error: YAMLError): IssueCode {
  switch (error.code) {
    case "DUPLICATE_KEY":
      return "duplicate-key";
    case "NON_STRING_KEY":
      return "invalid-type";
    case "RESOURCE_EXHAUSTION":
      return "too-deep";
    default:
      return "yaml-syntax";
  }
}

/** yaml's message in the policy's terms, without the position it appends: the issue carries line and column itself. */
export function messageOf(error: YAMLError): string {
  // yaml's own message for this one names its parse option (stringKeys), which a policy author never set.
  if (error.code === "NON_STRING_KEY") return "a key must be a name, not a list or a mapping";
  return firstLine(error.message);
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

/**
 * The errors worth showing. After the first syntax error the parser is out of step with the
 * text, and what it reports next is mostly an echo of that one mistake (a tab used as indentation
 * came with four more errors on correct lines). Duplicate keys and keys that are lists or
 * mappings are exact, so all of those stay.
 */
export function reportedErrors(errors: readonly YAMLError[]): YAMLError[] {
  const exact = (error: YAMLError) => error.code === "DUPLICATE_KEY" || error.code === "NON_STRING_KEY";
  const firstSyntax = errors.findIndex((error) => !exact(error));
  return errors.filter((error, index) => exact(error) || index === firstSyntax);
}

/**
 * Where to point for a syntax error: at the thing that is wrong rather than where the parser
 * noticed. yaml places an unclosed quote or bracket at the end of what it read (the end of the
 * line, or the next key) and a mis-indented key at the start of its line; point instead at the
 * opening quote or bracket, and at the key itself.
 */
export function errorOffset(doc: Document, text: string, error: YAMLError): number {
  const [start] = error.pos;
  const quote = /^Missing closing ("|')quote/.test(error.message);
  const flow = /^Flow (map|sequence) in block collection/.test(error.message);
  if (quote || flow) {
    let opener: number | undefined;
    visit(doc, (_key, node) => {
      // A key without a value (`a: {b`) is visited as null.
      const from = (node as { range?: [number, number, number] } | null)?.range?.[0];
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
