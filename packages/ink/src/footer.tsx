import { LinesPane } from "./lines-pane.js";
import { Style, type Run } from "./text/line.js";
import { textWidth } from "./text/text-width.js";
import { truncate } from "./text/truncate.js";

const separator = " · ";

export interface FooterLine {
  /** What the footer says before the keys (the search's status), if anything. */
  readonly lead?: string;
  /** The keys that work here, most important first. */
  readonly hints: readonly string[];
  /** The keys every footer ends with: how to get help and how to quit. */
  readonly always: readonly string[];
}

/**
 * The footer's line in `width` columns: the lead, the hints and the keys it always shows. Where it
 * does not fit, hints go from the end first, then the lead is cut; the keys to get help and to quit
 * stay while they fit at all.
 */
export function fitFooter({ lead, hints, always }: FooterLine, width: number): string {
  const join = (parts: readonly string[]) => parts.join(separator);
  for (let count = hints.length; count >= 0; count--) {
    const line = join([...(lead === undefined ? [] : [lead]), ...hints.slice(0, count), ...always]);
    if (textWidth(line) <= width) return line;
  }
  const tail = join(always);
  if (lead !== undefined && textWidth(tail) + textWidth(separator) < width) {
    return `${truncate(lead, width - textWidth(tail) - textWidth(separator))}${separator}${tail}`;
  }
  return truncate(tail, width);
}

export interface FooterProps {
  readonly line: FooterLine;
  /** Where one is ("section 3 of 17 · 42%"), at the right end of the rule above the keys. */
  readonly position?: string | undefined;
  readonly width: number;
  readonly colour: boolean;
}

/** A rule with the position on it, then one line of key hints, fitted to the width. */
export function Footer({ line, position, width, colour }: FooterProps) {
  const lines: Run[][] = [[{ text: positionRule(position, width), style: Style.dim }], [{ text: fitFooter(line, width), style: Style.dim }]];
  return <LinesPane lines={lines} width={width} height={2} colour={colour} />;
}

/** The rule ending in ` position ─`, as in a pager's prompt; a plain rule where it does not fit. */
export function positionRule(position: string | undefined, width: number): string {
  const label = position === undefined ? "" : ` ${position} ─`;
  if (label === "" || textWidth(label) + 3 > width) return "─".repeat(width);
  return `${"─".repeat(width - textWidth(label))}${label}`;
}
