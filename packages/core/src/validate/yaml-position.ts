import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { PathSegment } from "./path.js";

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Where a path points in the YAML text. A path that leads to a key that is not there (a missing
 * field) ends at the nearest node that exists, the parent mapping. With `atKey`, the position
 * is the key's rather than the value's (an unknown field is the key's fault).
 */
export function positionOf(
  doc: Document,
  lineCounter: LineCounter,
  segments: readonly PathSegment[],
  atKey = false,
): Position | undefined {
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0];
  for (const segment of segments) {
    node = follow(doc, node);
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair === undefined) break;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      offset = (atKey && segment === segments.at(-1)) || !value?.range ? key.range?.[0] : value.range[0];
      node = value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) break;
      offset = item.range[0];
      node = item;
    } else {
      break;
    }
  }
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function follow(doc: Document, node: Node | null | undefined): Node | null | undefined {
  return isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
}
