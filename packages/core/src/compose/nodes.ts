import type { BlockContent, Link, List, ListItem, Paragraph, PhrasingContent, Strong, Table, TableCell, TableRow } from "mdast";
import { EmailSchema, HttpUrlSchema, PhoneSchema } from "../model/scalars.js";
import { inline, text, type Inline, type InlineArg } from "./inline.js";

/** Small builders for the mdast nodes compose emits. */

export type Block = BlockContent;

export function paragraph(...parts: readonly InlineArg[]): Paragraph {
  return { type: "paragraph", children: inline(...parts) };
}

export function strong(...parts: readonly InlineArg[]): Strong {
  return { type: "strong", children: inline(...parts) };
}

/** A bullet list; an item given as a run becomes one paragraph. */
export function list(items: readonly (Inline | readonly Block[])[]): List {
  return { type: "list", ordered: false, spread: false, children: items.map(listItem) };
}

/**
 * An item of several blocks (a transfer and what is said of it) is spread: written as Markdown,
 * its blocks stand apart, which makes the list loose for every Markdown reader; the HTML then
 * keeps them as paragraphs too, rather than running them together in one line.
 */
function listItem(item: Inline | readonly Block[]): ListItem {
  const blocks = isBlocks(item) ? [...item] : [paragraph(item)];
  return { type: "listItem", spread: blocks.length > 1, children: blocks };
}

function isBlocks(item: Inline | readonly Block[]): item is readonly Block[] {
  const first = item[0];
  return first !== undefined && (first.type === "paragraph" || first.type === "list" || first.type === "table");
}

/** A table with a header row and a caption saying what it lists; every cell is a run of phrasing content. */
export function table(caption: string, header: readonly Inline[], rows: readonly (readonly Inline[])[]): Table {
  const row = (cells: readonly Inline[]): TableRow => ({
    type: "tableRow",
    children: cells.map((cell): TableCell => ({ type: "tableCell", children: inline(cell) })),
  });
  return { type: "table", align: header.map(() => null), children: [row(header), ...rows.map(row)], data: { caption } };
}

// Links are made only here, and only from values that pass the model's own checks again: a Policy
// built by hand (not through parsePolicy) cannot smuggle a `javascript:` URL into a document.

/** A link to an http(s) URL, as the model writes it (normalised); anything else stays text. The label defaults to the URL. */
export function webLink(url: string, label?: InlineArg): PhrasingContent {
  const checked = HttpUrlSchema.safeParse(url);
  if (!checked.success) return text(url);
  return link(checked.data, label ?? checked.data);
}

/** A `mailto:` link showing the address. */
export function emailLink(email: string): PhrasingContent {
  if (!EmailSchema.safeParse(email).success) return text(email);
  return link(`mailto:${email}`, email);
}

/** A `tel:` link showing the number as written; the URL keeps only `+` and digits. */
export function phoneLink(phone: string): PhrasingContent {
  if (!PhoneSchema.safeParse(phone).success) return text(phone);
  return link(`tel:${phone.replace(/[^+0-9]/g, "")}`, phone);
}

function link(url: string, label: InlineArg): Link {
  return { type: "link", url, children: inline(label) as Link["children"] };
}
