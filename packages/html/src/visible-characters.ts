import type { Nodes } from "hast";

/**
 * Characters HTML forbids in a document: controls other than tab, line feed, form feed and carriage
 * return, noncharacters and lone surrogates. A browser drops some (NUL in text) and shows others as
 * boxes; the Nu HTML Checker reports each as an error. They are replaced by U+FFFD, the replacement
 * character, so the text stays visibly the same length and nothing is silently lost.
 */
const forbidden =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const plane16Noncharacter =
  /[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;

export function visibleText(value: string): string {
  return value.replace(forbidden, "\uFFFD").replace(plane16Noncharacter, "\uFFFD");
}

/** Replaces forbidden characters in every text and attribute value of the tree, in place. */
export function replaceForbiddenCharacters(node: Nodes): void {
  if (node.type === "text") node.value = visibleText(node.value);
  if (node.type === "element") {
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value === "string") node.properties[name] = visibleText(value);
      else if (Array.isArray(value)) node.properties[name] = value.map((item) => (typeof item === "string" ? visibleText(item) : item));
    }
  }
  if ("children" in node) node.children.forEach(replaceForbiddenCharacters);
}
