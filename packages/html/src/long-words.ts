import type { ElementContent } from "hast";
import { element } from "./element.js";

/**
 * A run of this many characters without a space is no word a reader knows (a generated cookie
 * name, a token, a long URL): it may break anywhere. Every word of the example's tables is less than
 * 20 characters long, and the longest German words in everyday use stay under 30.
 */
const longWord = /\S{30,}/gu;

/**
 * Text with every run of 30 or more characters without a space in a `<span class="policy-long-word">`,
 * which the style sheet lets break anywhere (`overflow-wrap: anywhere`). Only that run may break:
 * a table sizes its columns so that every other word stays whole, in print too, and one long name no
 * longer makes the table wider than the page. The text itself is unchanged.
 */
export function breakableLongWords(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === "element") return [{ ...node, children: breakableLongWords(node.children) }];
    if (node.type !== "text") return [node];
    const parts: ElementContent[] = [];
    let start = 0;
    for (const match of node.value.matchAll(longWord)) {
      if (match.index > start) parts.push({ type: "text", value: node.value.slice(start, match.index) });
      parts.push(element("span", { className: ["policy-long-word"] }, [{ type: "text", value: match[0] }]));
      start = match.index + match[0].length;
    }
    if (start < node.value.length) parts.push({ type: "text", value: node.value.slice(start) });
    return parts;
  });
}
