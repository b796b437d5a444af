import { isSafeLinkUrl, locales, type Locale, type PolicySection } from "@policy/core";
import type { BlockContent, Definition, DefinitionContent, ListItem, PhrasingContent, Table, TableCell, TableRow } from "mdast";

/** Section content: mdast block nodes, as in a `PolicySection`. */
export type ContentNode = BlockContent | DefinitionContent;

/**
 * Section content rebuilt from the fields this renderer knows, so nothing else in a hand-built
 * document reaches the HTML: no `data.hName`/`hProperties` (which mdast-util-to-hast would obey), no
 * `html` node (it becomes text), no image (a page must not load anything: its alt text stays), no
 * link to anything but http(s), mailto and tel (its text stays). References are resolved against
 * the document's definitions here, since a reference may point into another section.
 *
 * Footnotes and node types outside CommonMark and GFM tables are refused with a TypeError.
 */
export function cleanContent(nodes: readonly ContentNode[], definitions: ReadonlyMap<string, string>): ContentNode[] {
  return nodes.flatMap((node) => cleanBlock(node, definitions));
}

/** The URLs of the definitions with safe URLs, by identifier (lower case), over the whole document. */
export function safeDefinitions(sections: readonly PolicySection[]): Map<string, string> {
  const urls = new Map<string, string>();
  const visit = (node: { type: string; children?: unknown }): void => {
    if (node.type === "definition") {
      const { identifier, url } = node as Definition;
      const key = identifier.toLowerCase();
      if (isSafeLinkUrl(url) && !urls.has(key)) urls.set(key, url);
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as { type: string });
  };
  const walk = (section: PolicySection): void => {
    section.content.forEach(visit);
    section.sections.forEach(walk);
  };
  sections.forEach(walk);
  return urls;
}

function cleanBlock(node: ContentNode, definitions: ReadonlyMap<string, string>): ContentNode[] {
  const phrasing = (children: readonly PhrasingContent[]) => cleanPhrasing(children, definitions);
  const blocks = (children: readonly ContentNode[]) => cleanContent(children, definitions);
  switch (node.type) {
    case "paragraph":
      return [{ type: "paragraph", children: phrasing(node.children), ...(node.data?.address === true ? { data: { address: true } } : {}) }];
    case "heading":
      return [{ type: "heading", depth: node.depth, children: phrasing(node.children) }];
    case "html":
      return node.value === "" ? [] : [{ type: "paragraph", children: [{ type: "text", value: node.value }] }];
    case "blockquote":
      return [{ type: "blockquote", children: blocks(node.children as ContentNode[]) as typeof node.children }];
    case "list":
      return [
        {
          type: "list",
          ordered: node.ordered === true,
          ...(node.ordered === true && Number.isInteger(node.start) ? { start: node.start } : {}),
          spread: node.spread === true,
          children: node.children.map((item): ListItem => ({
            type: "listItem",
            spread: item.spread === true,
            children: blocks(item.children as ContentNode[]) as ListItem["children"],
          })),
        },
      ];
    case "table":
      return [cleanTable(node, definitions)];
    case "code":
      return [{ type: "code", value: node.value }];
    case "thematicBreak":
      return [{ type: "thematicBreak" }];
    case "definition":
      return [];
    default:
      throw new TypeError(`${(node as { type: string }).type} nodes are not supported in section content`);
  }
}

function cleanTable(table: Table, definitions: ReadonlyMap<string, string>): Table {
  const caption = table.data?.caption;
  return {
    type: "table",
    children: table.children.map(
      (row): TableRow => ({
        type: "tableRow",
        children: row.children.map((cell): TableCell => ({ type: "tableCell", children: cleanPhrasing(cell.children, definitions) })),
      }),
    ),
    ...(typeof caption === "string" && caption.trim() !== "" ? { data: { caption } } : {}),
  };
}

function cleanPhrasing(nodes: readonly PhrasingContent[], definitions: ReadonlyMap<string, string>): PhrasingContent[] {
  return nodes.flatMap((node) => cleanInline(node, definitions));
}

function cleanInline(node: PhrasingContent, definitions: ReadonlyMap<string, string>): PhrasingContent[] {
  const children = (nodes: readonly PhrasingContent[]) => cleanPhrasing(nodes, definitions);
  switch (node.type) {
    case "text": {
      const lang = node.data?.lang;
      return [{ type: "text", value: node.value, ...(isLocale(lang) ? { data: { lang } } : {}) }];
    }
    case "inlineCode":
      return [{ type: "inlineCode", value: node.value }];
    case "break":
      return [{ type: "break" }];
    case "html":
      return [{ type: "text", value: node.value }];
    case "emphasis":
    case "strong":
    case "delete":
      return [{ type: node.type, children: children(node.children) }];
    case "link":
      return isSafeLinkUrl(node.url) ? [{ type: "link", url: node.url, children: children(node.children) }] : children(node.children);
    case "linkReference": {
      const url = definitions.get(node.identifier.toLowerCase());
      return url === undefined ? children(node.children) : [{ type: "link", url, children: children(node.children) }];
    }
    case "image":
    case "imageReference":
      return node.alt ? [{ type: "text", value: node.alt }] : [];
    default:
      throw new TypeError(`${(node as { type: string }).type} nodes are not supported in section content`);
  }
}

function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}
