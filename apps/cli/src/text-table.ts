import stringWidth from "string-width";

export interface TableColumn {
  readonly header: string;
  /** Whether the column may be cut (with "…") to fit `maxWidth`; ids and dates should stay whole. */
  readonly shrink?: boolean;
}

export interface TableOptions {
  /** The terminal's width: shrinkable columns are cut so that every line fits. No limit when absent. */
  readonly maxWidth?: number;
  /** Styles a header cell (bold, dim); applied after padding is measured, so colour codes never count. */
  readonly header?: (text: string) => string;
}

const gap = "  ";
const ellipsis = "…";
// A column is never cut below this (or its header's width): a few letters still say what it holds.
const minimumWidth = 8;

/**
 * Rows as aligned text columns, one line each, every line ending in "\n". Widths are display
 * widths (a CJK character or an emoji takes two columns), and no line ends in spaces. Cells must
 * already be safe for a terminal and hold no colour codes. When the lines are wider than
 * `maxWidth`, the widest shrinkable column is cut first, then the next, rather than letting the
 * terminal wrap every row.
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const cell = (row: readonly string[], index: number) => row[index] ?? "";
  const widths = columns.map((column, index) => Math.max(stringWidth(column.header), ...rows.map((row) => stringWidth(cell(row, index)))));
  if (options.maxWidth !== undefined) fitWidths(columns, widths, options.maxWidth);
  const style = options.header ?? ((text: string) => text);
  const line = (cells: readonly string[], styleCell: (text: string) => string) =>
    columns
      .map((_, index) => {
        const width = widths[index] ?? 0;
        const text = truncate(cell(cells, index), width);
        return styleCell(text) + " ".repeat(width - stringWidth(text));
      })
      .join(gap)
      .replace(/ +$/, "");
  const header = line(
    columns.map((column) => column.header),
    (text) => (text === "" ? text : style(text)),
  );
  return [header, ...rows.map((row) => line(row, (text) => text))].map((text) => `${text}\n`).join("");
}

/** Narrows shrinkable columns, widest first, until the table fits or none can give more. */
function fitWidths(columns: readonly TableColumn[], widths: number[], maxWidth: number): void {
  const total = () => widths.reduce((sum, width) => sum + width, 0) + gap.length * Math.max(0, widths.length - 1);
  const floor = (index: number) => Math.max(minimumWidth, stringWidth(columns[index]?.header ?? ""));
  while (total() > maxWidth) {
    let widest = -1;
    for (const [index, column] of columns.entries()) {
      if (column.shrink !== true || (widths[index] ?? 0) <= floor(index)) continue;
      if (widest === -1 || (widths[index] ?? 0) > (widths[widest] ?? 0)) widest = index;
    }
    if (widest === -1) return;
    widths[widest] = Math.max(floor(widest), (widths[widest] ?? 0) - (total() - maxWidth));
  }
}

/** The text cut to `width` display columns, ending in "…" when cut; whole characters (graphemes) only. */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 0) return "";
  let result = "";
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
    const next = stringWidth(segment);
    if (used + next > width - 1) break;
    result += segment;
    used += next;
  }
  return result.replace(/\s+$/, "") + ellipsis;
}
