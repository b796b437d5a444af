import type { PhrasingContent, Text } from "mdast";
import type { Block } from "./nodes.js";
import { paragraph, webLink } from "./nodes.js";

// An http(s) URL in running text, up to whitespace or a character that cannot be part of one as
// written; punctuation that ends the sentence is taken off below.
const urlPattern = /https?:\/\/[^\s<>"]+/giu;
const trailingPunctuation = /[.,;:!?)\]'"»«“”’]+$/u;

/**
 * A free text as phrasing content, with every http(s) URL in it a link: a provider's "use the
 * form at https://…" should take the reader there. Each piece keeps the text's `data` (its
 * language, where it is not the document's).
 */
export function withLinks(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let rest = 0;
  for (const match of node.value.matchAll(urlPattern)) {
    const url = match[0].replace(trailingPunctuation, "");
    const start = match.index;
    const linked = webLink(url);
    // A URL that does not parse stays text, as written.
    if (linked.type !== "link") continue;
    if (start > rest) out.push(piece(node, node.value.slice(rest, start)));
    out.push(linked);
    rest = start + url.length;
  }
  if (rest < node.value.length) out.push(piece(node, node.value.slice(rest)));
  return out;
}

function piece(node: Text, value: string): Text {
  return node.data === undefined ? { type: "text", value } : { type: "text", value, data: node.data };
}

/**
 * A free text that stands as a block of its own (a description, how to have data deleted), one
 * paragraph per paragraph of the text: paragraphs are separated by a blank line, as in Markdown
 * and in YAML's literal blocks. A text in one paragraph is one paragraph.
 */
export function paragraphsOf(node: Text): Block[] {
  return node.value
    .split(/\n[ \t]*\n\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => paragraph(withLinks(piece(node, part))));
}
