import type { NavEntry } from "./model/navigation.js";
import { LinesPane } from "./lines-pane.js";
import { Style, type Run } from "./text/line.js";
import { padToWidth } from "./text/text-width.js";
import { truncate } from "./text/truncate.js";

export interface SectionListProps {
  readonly entries: readonly NavEntry[];
  readonly selected: number;
  /** The first visible row. */
  readonly top: number;
  readonly focused: boolean;
  readonly width: number;
  readonly height: number;
  readonly colour: boolean;
}

/**
 * The navigation list. Only the rows on screen are made, so a policy with 2,000 services draws
 * as fast as one with five. The selected row is inverse while the list has the focus, bold with
 * a marker while the text has it; the right to object has its own colour here too.
 */
export function SectionList({ entries, selected, top, focused, width, height, colour }: SectionListProps) {
  const start = Math.max(0, Math.min(top, selected, Math.max(0, entries.length - height)));
  const first = selected >= start + height ? selected - height + 1 : start;
  const rows = entries.slice(first, first + height).map((entry, offset) => row(entry, first + offset === selected, focused, width));
  return <LinesPane lines={rows} width={width} height={height} colour={colour} />;
}

function row(entry: NavEntry, isSelected: boolean, focused: boolean, width: number): Run[] {
  const marker = isSelected ? "› " : "  ";
  const indent = "  ".repeat(entry.depth);
  const title = truncate(entry.title, width - marker.length - indent.length);
  let style: number = entry.kind === "objection" ? Style.objection : Style.none;
  if (isSelected) style |= focused ? Style.selected : Style.marked;
  const text = `${marker}${indent}${title}`;
  // The selection bar runs the full width of the list.
  return [{ text: isSelected && focused ? padToWidth(text, width) : text, style }];
}
