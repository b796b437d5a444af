import type { Locale } from "@policy/core/render";
import type { PhrasingContent, Text } from "mdast";

/**
 * A heading and a table cell are one line in Markdown: a line ending inside one would end it (or,
 * escaped, show up as a stray character reference). So in their phrasing, every line ending, with the
 * blanks around it, becomes one space, and a hard `break` becomes a space too.
 */
export function oneLine(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.map(oneLineNode);
}

const lineEnding = /[ \t]*(?:\r\n?|\n)[ \t\r\n]*/g;

export function oneLineText(value: string): string {
  return value.replace(lineEnding, " ");
}

/** A title the renderer makes into a heading or a table-of-contents entry: one line, trimmed. */
export function titleText(value: string): string {
  return oneLineText(value).trim();
}

/**
 * A title as a text node; `lang` (a section's `titleLang`) marks a title that is not all in the
 * document's language, the way compose marks untranslated text.
 */
export function titleNode(value: string, lang?: Locale): Text {
  const text: Text = { type: "text", value: titleText(value) };
  return lang === undefined ? text : { ...text, data: { lang } };
}

function oneLineNode(node: PhrasingContent): PhrasingContent {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return { ...node, value: oneLineText(node.value) };
    case "break":
      return { type: "text", value: " " };
    case "image":
      return { ...node, alt: node.alt == null ? node.alt : oneLineText(node.alt) };
    case "imageReference":
      return { ...node, alt: node.alt == null ? node.alt : oneLineText(node.alt) };
    case "emphasis":
    case "strong":
    case "delete":
    case "link":
    case "linkReference":
      return { ...node, children: oneLine(node.children) } as PhrasingContent;
    default:
      return node;
  }
}
