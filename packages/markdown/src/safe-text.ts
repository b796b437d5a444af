import type { BlockContent, DefinitionContent, ListItem, PhrasingContent, Table } from "mdast";
import { oneLine } from "./one-line.js";
import { isSafeImageUrl, isSafeLinkUrl } from "@policy/core";

/** Section content: mdast block nodes, as in a `PolicySection`. */
export type ContentNode = BlockContent | DefinitionContent;

/**
 * Makes section content safe to print, whatever the text in it says. mdast-util-to-markdown escapes
 * text values; this step handles what escaping cannot:
 *
 * - `html` nodes become text (raw HTML in the output is ours alone: the section anchors);
 * - a link, image or definition whose URL is not http(s), mailto or tel (images: http(s)) becomes
 *   its text (its alt text), and so does a reference to a definition that is gone;
 * - strikethrough (`delete`) keeps its text: the output is CommonMark plus GFM tables only;
 * - headings and table cells become one line (see `oneLine`).
 *
 * Footnotes and node types outside CommonMark and GFM tables are refused with a TypeError.
 * `safeDefinitions` is the set of definition identifiers (lower case) whose URLs are safe, collected
 * over the whole document with `safeDefinitionIds`, since a reference may point into another section.
 */
export function safeContent(nodes: readonly ContentNode[], safeDefinitions: ReadonlySet<string>): ContentNode[] {
  return nodes.flatMap((node) => safeBlock(node, safeDefinitions));
}

/** The identifiers of the definitions with safe URLs, anywhere in these sections' content. */
export function safeDefinitionIds(nodes: readonly ContentNode[]): Set<string> {
  const ids = new Set<string>();
  const visit = (node: { type: string; children?: unknown }): void => {
    if (node.type === "definition") {
      const definition = node as Extract<ContentNode, { type: "definition" }>;
      if (isSafeLinkUrl(definition.url)) ids.add(definition.identifier.toLowerCase());
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as { type: string });
  };
  for (const node of nodes) visit(node);
  return ids;
}

function safeBlock(node: ContentNode, definitions: ReadonlySet<string>): ContentNode[] {
  switch (node.type) {
    case "paragraph":
      return [{ ...node, children: safePhrasing(node.children, definitions) }];
    case "heading":
      return [{ ...node, children: oneLine(safePhrasing(node.children, definitions)) }];
    case "html":
      return node.value === "" ? [] : [{ type: "paragraph", children: [{ type: "text", value: node.value }] }];
    case "blockquote":
      return [{ ...node, children: safeContent(node.children as ContentNode[], definitions) as typeof node.children }];
    case "list":
      return [{ ...node, children: node.children.map((item) => safeListItem(item, definitions)) }];
    case "table":
      return [safeTable(node, definitions)];
    case "definition":
      return isSafeLinkUrl(node.url) ? [node] : [];
    case "code":
    case "thematicBreak":
      return [node];
    default:
      throw new TypeError(`${(node as { type: string }).type} nodes are not supported in section content`);
  }
}

function safeListItem(item: ListItem, definitions: ReadonlySet<string>): ListItem {
  return { ...item, children: safeContent(item.children as ContentNode[], definitions) as ListItem["children"] };
}

function safeTable(table: Table, definitions: ReadonlySet<string>): Table {
  return {
    ...table,
    children: table.children.map((row) => ({
      ...row,
      children: row.children.map((cell) => ({ ...cell, children: oneLine(safePhrasing(cell.children, definitions)) })),
    })),
  };
}

function safePhrasing(nodes: readonly PhrasingContent[], definitions: ReadonlySet<string>): PhrasingContent[] {
  return nodes.flatMap((node) => safeInline(node, definitions));
}

function safeInline(node: PhrasingContent, definitions: ReadonlySet<string>): PhrasingContent[] {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "break":
      return [node];
    case "html":
      return [{ type: "text", value: node.value }];
    case "emphasis":
    case "strong":
      return [{ ...node, children: safePhrasing(node.children, definitions) }];
    case "delete":
      return safePhrasing(node.children, definitions);
    case "link":
      return isSafeLinkUrl(node.url)
        ? [{ ...node, children: safePhrasing(node.children, definitions) }]
        : safePhrasing(node.children, definitions);
    case "linkReference":
      return definitions.has(node.identifier.toLowerCase())
        ? [{ ...node, children: safePhrasing(node.children, definitions) }]
        : safePhrasing(node.children, definitions);
    case "image":
      return isSafeImageUrl(node.url) ? [node] : altText(node.alt);
    case "imageReference":
      return definitions.has(node.identifier.toLowerCase()) ? [node] : altText(node.alt);
    default:
      throw new TypeError(`${(node as { type: string }).type} nodes are not supported in section content`);
  }
}

function altText(alt: string | null | undefined): PhrasingContent[] {
  return alt ? [{ type: "text", value: alt }] : [];
}
