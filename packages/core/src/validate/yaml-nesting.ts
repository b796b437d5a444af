import type { CST } from "yaml";

/** Mappings and lists inside each other; the example policy needs 8, JSON parsers often allow 512. */
export const maxNesting = 100;

/** The offset of the first collection nested deeper than maxNesting, walking the CST without recursion. */
export function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  const pending: Array<readonly [CST.Token | null | undefined, number]> = [];
  for (const token of tokens) pending.push([token, 0]);
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
