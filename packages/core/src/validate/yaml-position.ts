import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { TextLines } from "./text-lines.js";
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
export function positionOf(doc: Document, lines: TextLines, segments: readonly PathSegment[], atKey = false): Position | undefined {
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0];
  for (const segment of segments) {
    node = follow(doc, node);
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(segment));
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
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function follow(doc: Document, node: Node | null | undefined): Node | null | undefined {
  return isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
}

// An index of each mapping's keys. Searching the items for every issue was quadratic: a 2 MB file
// of 250,000 unknown keys (one issue each) took minutes to place.
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (index === undefined) {
    index = new Map();
    for (const item of map.items) {
      // The first of duplicate keys, as the search did (duplicates are refused before this anyway).
      if (isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item as Pair);
    }
    pairIndex.set(map, index);
  }
  return index;
}

/** Where the first alias stands, to point at an alias bomb. */
export function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node)) offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
