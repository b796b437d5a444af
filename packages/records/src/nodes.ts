import type { List, Paragraph, PhrasingContent, Table, TableCell, TableRow, Text } from "mdast";

/** Small builders for the mdast the record is made of: every value a text node, which the renderers escape. */

export function text(value: string): Text {
  return { type: "text", value };
}

export function paragraph(value: string): Paragraph {
  return { type: "paragraph", children: [text(value)] };
}

/** The entries of one cell, one after another with "; " between: a Markdown table has no line breaks in a cell. */
function cell(entries: readonly string[]): TableCell {
  const children: PhrasingContent[] = [text(entries.join("; "))];
  return { type: "tableCell", children };
}

/** A form as a table of two columns, the field and what is entered; the caption says what it describes. */
export function form(caption: string, header: readonly [string, string], rows: readonly (readonly [string, readonly string[]])[]): Table {
  const row = (cells: readonly TableCell[]): TableRow => ({ type: "tableRow", children: [...cells] });
  return {
    type: "table",
    align: [null, null],
    children: [row([cell([header[0]]), cell([header[1]])]), ...rows.map(([field, lines]) => row([cell([field]), cell(lines)]))],
    data: { caption },
  };
}

/** A bullet list of plain entries. */
export function list(entries: readonly string[]): List {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: entries.map((entry) => ({ type: "listItem", spread: false, children: [paragraph(entry)] })),
  };
}
