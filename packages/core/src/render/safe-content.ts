import type { AlignType, BlockContent, DefinitionContent, ListItem, PhrasingContent, ReferenceType, Table, TableCell, TableRow } from "mdast";
import type { PolicySection } from "../compose/document.js";
import { locales, type Locale } from "../taxonomy/index.js";
import { isSafeImageUrl, isSafeLinkUrl } from "./safe-url.js";

/** Section content: mdast block nodes, as in a `PolicySection`. */
export type ContentNode = BlockContent | DefinitionContent;

/** What a renderer's output can hold besides text; everything else is always taken care of. */
export interface SafeContentOptions {
  /** The document's definitions with safe URLs, from `safeDefinitions`: a reference may point into another section. */
  readonly definitions: ReadonlyMap<string, string>;
  /**
   * `"keep"`: a reference to a safe definition stays a reference, and safe definitions stay where
   * they are (Markdown). `"resolve"`: a reference becomes a link (an image) to its definition's URL,
   * and definitions go (HTML, where a reference cannot reach into another section).
   */
  readonly references: "keep" | "resolve";
  /** true: an image with an http(s) URL stays. false: every image becomes its alt text, for output that must load nothing. */
  readonly images: boolean;
  /** true: strikethrough (`delete`) stays. false: only its text stays, for output without strikethrough (CommonMark). */
  readonly strikethrough: boolean;
  /** Applied to the (cleaned) phrasing of headings and table cells: Markdown makes each one line. */
  readonly line?: (nodes: PhrasingContent[]) => PhrasingContent[];
}

/**
 * Section content made safe to render, whatever a document brings. Every node is rebuilt from the
 * fields the renderers know, so nothing else reaches the output: no `data.hName`/`hProperties`
 * (which mdast-util-to-hast obeys) and no other `data` than a contact block's `address`, a table's
 * `caption` and a text's `lang`. Escaping text is the renderer's job; this step handles what escaping
 * cannot:
 *
 * - `html` nodes become text;
 * - a link or definition whose URL is not http(s), mailto or tel becomes its text (is dropped), and
 *   so does a reference to a definition that is gone;
 * - an image whose URL is not http(s) becomes its alt text, and so does every image with `images: false`;
 * - a list's `start` is kept only for an ordered list, as a whole number of at most nine digits
 *   (what CommonMark reads as a list number);
 * - strikethrough, references and the lines of headings and table cells as `options` say.
 *
 * Footnotes and node types outside CommonMark and GFM tables are refused with a TypeError. The
 * input is not changed.
 */
export function safeContent(nodes: readonly ContentNode[], options: SafeContentOptions): ContentNode[] {
  return nodes.flatMap((node) => safeBlock(node, options));
}

/** The URLs of the definitions with safe URLs in these sections' content, by identifier (lower case); the first one counts, as in CommonMark. */
export function safeDefinitions(sections: readonly PolicySection[]): Map<string, string> {
  const urls = new Map<string, string>();
  const visit = (node: { type: string; children?: unknown }): void => {
    if (node.type === "definition") {
      const { identifier, url } = node as Extract<ContentNode, { type: "definition" }>;
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

function safeBlock(node: ContentNode, options: SafeContentOptions): ContentNode[] {
  const blocks = (children: readonly ContentNode[]) => safeContent(children, options);
  switch (node.type) {
    case "paragraph":
      return [
        { type: "paragraph", children: safePhrasing(node.children, options), ...(node.data?.address === true ? { data: { address: true } } : {}) },
      ];
    case "heading":
      return [{ type: "heading", depth: node.depth, children: line(safePhrasing(node.children, options), options) }];
    case "html":
      return node.value === "" ? [] : [{ type: "paragraph", children: [{ type: "text", value: node.value }] }];
    case "blockquote":
      return [{ type: "blockquote", children: blocks(node.children as ContentNode[]) as Extract<ContentNode, { type: "blockquote" }>["children"] }];
    case "list":
      return [
        {
          type: "list",
          ...flag("ordered", node.ordered),
          ...(node.ordered === true && isListNumber(node.start) ? { start: node.start } : {}),
          ...flag("spread", node.spread),
          children: node.children.map(
            (item): ListItem => ({
              type: "listItem",
              ...flag("spread", item.spread),
              children: blocks(item.children as ContentNode[]) as ListItem["children"],
            }),
          ),
        },
      ];
    case "table":
      return [safeTable(node, options)];
    case "code":
      return [{ type: "code", ...text("lang", node.lang), ...text("meta", node.meta), value: node.value }];
    case "thematicBreak":
      return [{ type: "thematicBreak" }];
    case "definition":
      return options.references === "keep" && isSafeLinkUrl(node.url)
        ? [{ type: "definition", identifier: node.identifier, ...text("label", node.label), url: node.url, ...text("title", node.title) }]
        : [];
    default:
      throw unsupported(node);
  }
}

function safeTable(table: Table, options: SafeContentOptions): Table {
  const caption = table.data?.caption;
  return {
    type: "table",
    ...(Array.isArray(table.align) ? { align: table.align.map(alignment) } : {}),
    children: table.children.map(
      (row): TableRow => ({
        type: "tableRow",
        children: row.children.map((cell): TableCell => ({ type: "tableCell", children: line(safePhrasing(cell.children, options), options) })),
      }),
    ),
    ...(typeof caption === "string" && caption.trim() !== "" ? { data: { caption } } : {}),
  };
}

function safePhrasing(nodes: readonly PhrasingContent[], options: SafeContentOptions): PhrasingContent[] {
  return nodes.flatMap((node) => safeInline(node, options));
}

function safeInline(node: PhrasingContent, options: SafeContentOptions): PhrasingContent[] {
  const children = (nodes: readonly PhrasingContent[]) => safePhrasing(nodes, options);
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
      return [{ type: node.type, children: children(node.children) }];
    case "delete":
      return options.strikethrough ? [{ type: "delete", children: children(node.children) }] : children(node.children);
    case "link":
      return isSafeLinkUrl(node.url)
        ? [{ type: "link", url: node.url, ...text("title", node.title), children: children(node.children) }]
        : children(node.children);
    case "linkReference": {
      const url = options.definitions.get(node.identifier.toLowerCase());
      if (url === undefined) return children(node.children);
      return options.references === "keep"
        ? [{ type: "linkReference", ...reference(node), children: children(node.children) }]
        : [{ type: "link", url, children: children(node.children) }];
    }
    case "image":
      return options.images && isSafeImageUrl(node.url)
        ? [{ type: "image", url: node.url, ...text("alt", node.alt), ...text("title", node.title) }]
        : altText(node.alt);
    case "imageReference": {
      const url = options.definitions.get(node.identifier.toLowerCase());
      if (!options.images || url === undefined || !isSafeImageUrl(url)) return altText(node.alt);
      return options.references === "keep"
        ? [{ type: "imageReference", ...reference(node), ...text("alt", node.alt) }]
        : [{ type: "image", url, ...text("alt", node.alt) }];
    }
    default:
      throw unsupported(node);
  }
}

function line(nodes: PhrasingContent[], options: SafeContentOptions): PhrasingContent[] {
  return options.line === undefined ? nodes : options.line(nodes);
}

function altText(alt: string | null | undefined): PhrasingContent[] {
  return typeof alt === "string" && alt !== "" ? [{ type: "text", value: alt }] : [];
}

/** A reference's identifier, label and kind; a kind mdast does not have is read as a full reference. */
function reference(node: { identifier: string; label?: string | null | undefined; referenceType: ReferenceType }) {
  const referenceType: ReferenceType = referenceTypes.includes(node.referenceType) ? node.referenceType : "full";
  return { identifier: node.identifier, ...text("label", node.label), referenceType };
}

const referenceTypes: readonly ReferenceType[] = ["shortcut", "collapsed", "full"];

function alignment(value: AlignType): AlignType {
  return value === "left" || value === "right" || value === "center" ? value : null;
}

/** CommonMark reads at most nine digits as a list number; a negative one would start a bullet list. */
function isListNumber(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 999_999_999;
}

/** `{ [name]: value }` for a boolean, else nothing: an absent flag stays absent, since mdast tools read it as unknown. */
function flag<Name extends string>(name: Name, value: unknown): { [key in Name]?: boolean } {
  return typeof value === "boolean" ? ({ [name]: value } as { [key in Name]: boolean }) : {};
}

/** `{ [name]: value }` for a string, else nothing. */
function text<Name extends string>(name: Name, value: unknown): { [key in Name]?: string } {
  return typeof value === "string" ? ({ [name]: value } as { [key in Name]: string }) : {};
}

function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

function unsupported(node: { type: string }): TypeError {
  return new TypeError(`${node.type} nodes are not supported in section content`);
}
