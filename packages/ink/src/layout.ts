/** Below this many columns the list and the text take turns instead of standing side by side. */
export const twoPaneColumns = 80;

// The header's two lines and the rule with the panes' titles.
const headerRows = 3;
const footerRows = 2;
/** The space and rule between the list and the text in the two-pane layout: " │ ". */
export const gutter = 3;

/** How the screen is divided at a terminal size. */
export interface Layout {
  readonly columns: number;
  readonly rows: number;
  /** One pane at a time. */
  readonly narrow: boolean;
  readonly navWidth: number;
  readonly textWidth: number;
  /** The rows between the header and the footer. */
  readonly bodyHeight: number;
}

export function layoutFor(columns: number, rows: number): Layout {
  const narrow = columns < twoPaneColumns;
  const bodyHeight = Math.max(1, rows - headerRows - footerRows);
  if (narrow) return { columns, rows, narrow, navWidth: columns, textWidth: columns, bodyHeight };
  const navWidth = Math.min(40, Math.max(24, Math.floor(columns * 0.3)));
  return { columns, rows, narrow, navWidth, textWidth: columns - navWidth - gutter, bodyHeight };
}
