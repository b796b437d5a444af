import { parseSyntaxTree, composeDocument } from "./yaml-document.js";
import type { PathSegment } from "./path.js";
import { TextLines } from "./text-lines.js";
import { positionOf, type Position } from "./yaml-position.js";

/**
 * Where each path points in a policy's text (YAML or JSON), as validation places its issues: a
 * path to a missing field ends at its parent. For tools that find something to report in a valid
 * policy after loading it, such as an export that needs a field the policy does not have.
 */
export function locatePaths(text: string, paths: readonly (readonly PathSegment[])[]): (Position | undefined)[] {
  const doc = composeDocument(parseSyntaxTree(text), text, { uniqueKeys: false, stringKeys: true, keepSourceTokens: false });
  const lines = new TextLines(text);
  return paths.map((segments) => positionOf(doc, lines, segments));
}
