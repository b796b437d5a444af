// An independent check of rendered Markdown: parse it back with two parsers that share no code with
// the renderer, the CommonMark reference parser (commonmark.js) and micromark with GFM
// (mdast-util-from-markdown), and compare what they find with what the PolicyDocument says:
// headings (text, level and anchor), links (URL and text), table cells, and that no HTML other than
// the section anchors got through. commonmark.js has no GFM tables, so tables are compared with the
// GFM parse only; and each table cell is read once more the way GitHub (cmark-gfm) reads it, which
// removes the backslash of every `\|` before it parses the cell.
//
// The expectations are derived from the document directly (not from toMdast's tree), so a renderer
// bug cannot hide by being the same on both sides. Reusable: apps/example checks its golden files
// with `checkAgainstDocument(markdown, document, options)`; an empty list means all is well.

import { Parser, type Node as CommonmarkNode } from "commonmark";
import type { Nodes, PhrasingContent, RootContent, Table, TableCell } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import type { PolicyDocument, PolicySection } from "@policy/core";

/** The options the Markdown was rendered with (the ones that change its shape). */
export interface CheckOptions {
  readonly headingOffset?: number;
  readonly toc?: boolean | { readonly depth?: number; readonly title?: string };
  readonly frontmatter?: boolean;
  readonly tables?: boolean;
}

export interface Heading {
  readonly depth: number;
  readonly text: string;
  /** The raw HTML inside the heading, joined: our anchor `<a id="..."></a>`, or "" (parsers split it into its tags). */
  readonly html: string;
}

export interface Link {
  readonly url: string;
  readonly text: string;
}

/** A table row turned into list items by `tables: false`: the bold first cell, then "header: cell". */
export interface RowItem {
  readonly title: string;
  readonly entries: readonly string[];
}

export interface Outline {
  readonly headings: readonly Heading[];
  readonly links: readonly Link[];
  /** Raw HTML outside headings. */
  readonly html: readonly string[];
  /** Cell texts per table, per row. Absent in the CommonMark outline. */
  readonly tables?: readonly (readonly (readonly string[])[])[];
  /** Links in table cells, and raw HTML there, as GitHub reads the cells (GFM outline only). */
  readonly cellLinks?: readonly Link[];
  readonly cellHtml?: readonly string[];
  /** Lists made from tables (GFM outline only). */
  readonly rowItems?: readonly RowItem[];
  /** The front matter's fields, when the Markdown starts with one. */
  readonly frontmatter?: Readonly<Record<string, string>>;
}

const tocTitles: Readonly<Record<string, string>> = { en: "Contents", de: "Inhalt", es: "Índice" };

/** Problems found, one line each; empty when the Markdown says what the document says. */
export function checkAgainstDocument(markdown: string, document: PolicyDocument, options: CheckOptions = {}): string[] {
  const expected = expectedOutline(document, options);
  const problems: string[] = [];
  const commonmark = commonmarkOutline(markdown);
  const micromark = gfmOutline(markdown);

  for (const [parser, actual] of [
    ["commonmark", commonmark],
    ["gfm", micromark],
  ] as const) {
    compare(problems, `${parser} headings`, expected.headings.map(formatHeading), actual.headings.map(formatHeading));
    compare(problems, `${parser} links`, expected.links.map(formatLink), actual.links.map(formatLink));
    compare(problems, `${parser} html`, [], [...actual.html]);
  }
  compare(problems, "gfm tables", (expected.tables ?? []).map(formatTable), (micromark.tables ?? []).map(formatTable));
  compare(problems, "github table cell links", (expected.cellLinks ?? []).map(formatLink), (micromark.cellLinks ?? []).map(formatLink));
  compare(problems, "github table cell html", [], [...(micromark.cellHtml ?? [])]);
  if (options.tables === false) {
    compare(problems, "gfm table rows as lists", (expected.rowItems ?? []).map(formatRow), (micromark.rowItems ?? []).map(formatRow));
  }
  if (options.frontmatter) {
    compare(problems, "front matter", formatFields(expected.frontmatter ?? {}), formatFields(micromark.frontmatter ?? {}));
  } else if (micromark.frontmatter !== undefined) {
    problems.push("front matter: none expected, found one");
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// What the document says

export function expectedOutline(document: PolicyDocument, options: CheckOptions = {}): Outline {
  const offset = options.headingOffset ?? 0;
  const depth = (level: number): number => Math.min(6, 1 + offset + level);
  const headings: Heading[] = [{ depth: depth(0), text: normalize(document.meta.title), html: "" }];
  const links: Link[] = [];
  const tables: string[][][] = [];
  const rowItems: RowItem[] = [];
  const tablesOn = options.tables ?? true;

  if (options.toc) {
    const toc = options.toc === true ? {} : options.toc;
    headings.push({ depth: depth(1), text: normalize(toc.title ?? tocTitles[document.meta.language] ?? ""), html: "" });
    const maxLevel = toc.depth ?? 2;
    const visit = (section: PolicySection, level: number): void => {
      if (level > maxLevel) return;
      links.push({ url: `#${section.id}`, text: normalize(section.title) });
      for (const child of section.sections) visit(child, level + 1);
    };
    for (const section of document.sections) visit(section, 1);
  }

  const safeDefinitions = new Map<string, string>();
  const collectDefinitions = (node: Nodes): void => {
    if (node.type === "definition" && isSafeUrl(node.url) && !safeDefinitions.has(node.identifier.toLowerCase())) {
      safeDefinitions.set(node.identifier.toLowerCase(), node.url);
    }
    if ("children" in node) for (const child of node.children) collectDefinitions(child);
  };
  const everySection = (sections: readonly PolicySection[]): PolicySection[] => sections.flatMap((s) => [s, ...everySection(s.sections)]);
  for (const section of everySection(document.sections)) for (const node of section.content) collectDefinitions(node);

  const cellLinks: Link[] = [];
  const phrasingLinks = (nodes: readonly PhrasingContent[], into: Link[] = links): void => {
    for (const node of nodes) {
      if (node.type === "link" && isSafeUrl(node.url)) into.push({ url: node.url, text: normalize(plainText(node.children)) });
      else if (node.type === "linkReference" && safeDefinitions.has(node.identifier.toLowerCase())) {
        into.push({ url: safeDefinitions.get(node.identifier.toLowerCase()) ?? "", text: normalize(plainText(node.children)) });
      } else if ("children" in node) phrasingLinks(node.children as PhrasingContent[], into);
    }
  };
  const block = (node: RootContent, sectionDepth: number): void => {
    switch (node.type) {
      case "heading":
        headings.push({ depth: Math.min(6, sectionDepth + node.depth), text: normalize(plainText(node.children)), html: "" });
        phrasingLinks(node.children);
        return;
      case "paragraph":
        phrasingLinks(node.children);
        return;
      case "table":
        if (tablesOn) {
          tables.push(tableCells(node));
          for (const row of node.children) {
            for (const cell of row.children) {
              phrasingLinks(cell.children);
              phrasingLinks(cell.children, cellLinks);
            }
          }
        } else {
          rowItems.push(...rowsAsItems(node));
          const [header, ...rows] = node.children;
          // A table without rows becomes one item listing its headers.
          if (rows.length === 0) for (const cell of header?.children ?? []) if (!isBlank(cell.children)) phrasingLinks(cell.children);
          for (const row of rows) {
            row.children.forEach((cell, index) => {
              if (index > 0 && !isBlank(cell.children)) phrasingLinks(header?.children[index]?.children ?? []);
              phrasingLinks(cell.children);
            });
          }
        }
        return;
      default:
        if ("children" in node) for (const child of node.children as RootContent[]) block(child, sectionDepth);
    }
  };
  const section = (s: PolicySection, level: number): void => {
    headings.push({ depth: depth(level), text: normalize(s.title), html: `<a id="${s.id}"></a>` });
    for (const node of s.content) block(node, depth(level));
    for (const child of s.sections) section(child, level + 1);
  };
  for (const s of document.sections) section(s, 1);

  const frontmatter = {
    title: document.meta.title,
    lang: document.meta.language,
    version: document.meta.version,
    effective: document.meta.effective,
    updated: document.meta.updated,
  };
  return { headings, links, html: [], tables, cellLinks, cellHtml: [], rowItems, ...(options.frontmatter ? { frontmatter } : {}) };
}

// ---------------------------------------------------------------------------------------------
// What the parsers find

/** Splits off a front matter block (`---` ... `---`), as static site generators do before parsing. */
export function splitFrontmatter(markdown: string): { body: string; frontmatter?: Record<string, string> } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (match === null) return { body: markdown };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? "").split("\n")) {
    const field = /^([a-z]+): (".*")$/.exec(line);
    if (field === null) throw new Error(`front matter line is not \`key: "value"\`: ${JSON.stringify(line)}`);
    // Our values are JSON strings, which YAML reads the same way.
    fields[field[1] as string] = JSON.parse(field[2] as string) as string;
  }
  return { body: markdown.slice(match[0].length), frontmatter: fields };
}

/** The outline as the CommonMark reference parser sees it (no tables: CommonMark has none). */
export function commonmarkOutline(markdown: string): Outline {
  const { body, frontmatter } = splitFrontmatter(markdown);
  const tree = new Parser().parse(body);
  const headings: Heading[] = [];
  const links: Link[] = [];
  const html: string[] = [];
  const walker = tree.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    const { node, entering } = event;
    if (!entering) continue;
    if (node.type === "heading") {
      headings.push({
        depth: node.level,
        text: normalize(commonmarkText(node)),
        html: commonmarkChildren(node)
          .filter((child) => child.type === "html_inline")
          .map((child) => child.literal ?? "")
          .join(""),
      });
    } else if (node.type === "link") {
      links.push({ url: node.destination ?? "", text: normalize(commonmarkText(node)) });
    } else if ((node.type === "html_inline" && node.parent?.type !== "heading") || node.type === "html_block") {
      html.push(node.literal ?? "");
    }
  }
  return { headings, links, html, ...(frontmatter ? { frontmatter } : {}) };
}

export interface GfmOutlineOptions {
  /**
   * mdast-util-gfm (what remark-gfm uses) also links bare URLs and e-mail addresses found in text
   * after parsing, escaped or not. micromark's GFM tokenizer, like GitHub's cmark-gfm, respects the
   * escapes. Default false: the tokenizer's view.
   */
  readonly literalAutolinkTransform?: boolean;
}

/** The outline as micromark with GFM (mdast-util-from-markdown) sees it, with tables. */
export function gfmOutline(markdown: string, options: GfmOutlineOptions = {}): Outline {
  const { body, frontmatter } = splitFrontmatter(markdown);
  const extensions = gfmFromMarkdown();
  const mdastExtensions = options.literalAutolinkTransform ? extensions : extensions.map((extension) => ({ ...extension, transforms: [] }));
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions });
  const definitions = new Map<string, string>();
  const headings: Heading[] = [];
  const links: Link[] = [];
  const html: string[] = [];
  const tables: string[][][] = [];
  const cellLinks: Link[] = [];
  const cellHtml: string[] = [];
  const rowItems: RowItem[] = [];

  const collect = (node: Nodes): void => {
    if (node.type === "definition") definitions.set(node.identifier.toLowerCase(), node.url);
    if ("children" in node) for (const child of node.children) collect(child);
  };
  collect(tree);

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case "heading":
        headings.push({
          depth: node.depth,
          text: normalize(plainText(node.children.filter((child) => child.type !== "html"))),
          html: node.children
            .filter((child) => child.type === "html")
            .map((child) => child.value)
            .join(""),
        });
        for (const child of node.children) if (child.type !== "html") visit(child);
        return;
      case "html":
        html.push(node.value);
        return;
      case "link":
        links.push({ url: node.url, text: normalize(plainText(node.children)) });
        break;
      case "linkReference":
        if (definitions.has(node.identifier.toLowerCase())) {
          links.push({ url: definitions.get(node.identifier.toLowerCase()) ?? "", text: normalize(plainText(node.children)) });
        }
        break;
      case "table":
        tables.push(tableCells(node));
        for (const row of node.children) for (const cell of row.children) githubCell(body, cell, cellLinks, cellHtml);
        break;
      case "listItem": {
        const [first, second] = node.children;
        if (first?.type === "paragraph" && first.children.length === 1 && first.children[0]?.type === "strong") {
          const entries = second?.type === "list" ? second.children.map((item) => normalize(plainText(item.children))) : [];
          rowItems.push({ title: normalize(plainText(first.children)), entries });
        }
        break;
      }
      default:
        break;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { headings, links, html, tables, cellLinks, cellHtml, rowItems, ...(frontmatter ? { frontmatter } : {}) };
}

/**
 * A table cell as GitHub reads it: cmark-gfm takes the cell's source, removes the backslash of
 * every `\|`, and only then parses it, so `<\|@a>` there is an autolink. The cell's source comes
 * from micromark's positions; commonmark.js, which shares no code with micromark, parses it.
 */
function githubCell(body: string, cell: TableCell, links: Link[], html: string[]): void {
  const { start, end } = cell.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) throw new Error("a table cell without a position");
  const source = body
    .slice(start.offset, end.offset)
    // The delimiting pipes: the one before the cell, and the one after the last (unless escaped).
    .replace(/^\s*\|/, "")
    .replace(/(^|[^\\])((?:\\\\)*)\|\s*$/, "$1$2")
    .replace(/\\\|/g, "|");
  const walker = new Parser().parse(source).walker();
  for (let event = walker.next(); event; event = walker.next()) {
    const { node, entering } = event;
    if (!entering) continue;
    if (node.type === "link") links.push({ url: node.destination ?? "", text: normalize(commonmarkText(node)) });
    else if (node.type === "html_inline" || node.type === "html_block") html.push(node.literal ?? "");
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** The URLs the renderer keeps as links (the same rule, written again so the check is independent). */
function isSafeUrl(url: string): boolean {
  return /^(?:https?:\/\/[^/?#\s]|mailto:\S|tel:\S)/i.test(url) && !/[\s\u0000-\u001f\u007f-\u009f]/.test(url);
}

/** Text as a reader sees it: whitespace runs are one space (Markdown keeps no more), trimmed. */
export function normalize(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function plainText(nodes: readonly (Nodes | RootContent)[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text" || node.type === "inlineCode" || node.type === "html") return node.value;
      if (node.type === "break") return " ";
      if (node.type === "image" || node.type === "imageReference") return node.alt ?? "";
      if ("children" in node) return plainText(node.children);
      return "";
    })
    .join("");
}

function isBlank(nodes: readonly PhrasingContent[]): boolean {
  return nodes.every((node) => node.type === "text" && node.value.trim() === "");
}

function tableCells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => normalize(plainText(cell.children))));
}

function rowsAsItems(table: Table): RowItem[] {
  const [header, ...rows] = table.children;
  return rows.map((row) => {
    const [first, ...rest] = row.children;
    const entries = rest.flatMap((cell, index) => {
      if (isBlank(cell.children)) return [];
      const label = header?.children[index + 1];
      const labelText = label === undefined || isBlank(label.children) ? "" : `${plainText(label.children)}: `;
      return [normalize(labelText + plainText(cell.children))];
    });
    return { title: first === undefined ? "" : normalize(plainText(first.children)), entries };
  });
}

function commonmarkChildren(node: CommonmarkNode): CommonmarkNode[] {
  const children: CommonmarkNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.next) children.push(child);
  return children;
}

function commonmarkText(node: CommonmarkNode): string {
  return commonmarkChildren(node)
    .map((child) => {
      if (child.type === "text" || child.type === "code") return child.literal ?? "";
      if (child.type === "softbreak" || child.type === "linebreak") return " ";
      if (child.type === "html_inline") return node.type === "heading" ? "" : (child.literal ?? "");
      return commonmarkText(child);
    })
    .join("");
}

function formatHeading(heading: Heading): string {
  return `h${heading.depth} ${JSON.stringify(heading.text)}${heading.html === "" ? "" : ` ${heading.html}`}`;
}

function formatLink(link: Link): string {
  return `${JSON.stringify(link.text)} -> ${normalizeUrl(link.url)}`;
}

/** Parsers percent-encode URLs; compare them in one form. */
function normalizeUrl(url: string): string {
  try {
    return encodeURI(decodeURI(url));
  } catch {
    return url;
  }
}

function formatTable(table: readonly (readonly string[])[]): string {
  return table.map((row) => row.map((cell) => JSON.stringify(cell)).join(" | ")).join("\n");
}

function formatRow(row: RowItem): string {
  return [JSON.stringify(row.title), ...row.entries.map((entry) => JSON.stringify(entry))].join(" / ");
}

function formatFields(fields: Readonly<Record<string, string>>): string[] {
  return Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
}

function compare(problems: string[], what: string, expected: readonly string[], actual: readonly string[]): void {
  if (expected.length !== actual.length) problems.push(`${what}: expected ${expected.length}, found ${actual.length}`);
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index += 1) {
    if (expected[index] !== actual[index]) {
      problems.push(`${what} #${index + 1}: expected ${expected[index] ?? "(none)"}, found ${actual[index] ?? "(none)"}`);
    }
  }
}
