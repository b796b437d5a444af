import { isScalar, visit, YAMLParseError, type Document, type YAMLError } from "yaml";

/** Keys written twice in one mapping, found with one Set per mapping (linear, unlike yaml's check). */
export function duplicateKeys(doc: Document): YAMLError[] {
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
