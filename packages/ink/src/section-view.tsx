import { entryLines } from "./model/entry-lines.js";
import type { NavEntry } from "./model/navigation.js";
import { occurrences } from "./model/search.js";
import { LinesPane } from "./lines-pane.js";
import { highlight, type Mark } from "./text/highlight.js";
import { Style, type Run } from "./text/line.js";

export interface SectionViewProps {
  readonly entry: NavEntry | undefined;
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
  /** The active search, "" for none: its matches on screen are highlighted. */
  readonly query: string;
  /** The occurrence n/N moved to, if it is in this entry: shown apart from the other matches. */
  readonly current: number | null;
  readonly colour: boolean;
}

/** The open section's text, from the scroll position down, with the search's matches highlighted. */
export function SectionView({ entry, scroll, width, height, query, current, colour }: SectionViewProps) {
  if (entry === undefined) return <LinesPane lines={[]} width={width} height={height} colour={colour} />;
  const lines = entryLines(entry, width);
  const first = Math.max(0, Math.min(scroll, lines.length - 1));
  const visible = lines.slice(first, first + height);
  const marks = new Map<number, Mark[]>();
  if (query !== "") {
    occurrences(lines, query).forEach((occurrence, index) => {
      for (const segment of occurrence.segments) {
        if (segment.line < first || segment.line >= first + height) continue;
        const style = index === current ? Style.match | Style.current : Style.match;
        const list = marks.get(segment.line) ?? [];
        list.push({ start: segment.start, end: segment.end, style });
        marks.set(segment.line, list);
      }
    });
  }
  const rows: Run[][] = visible.map((line, offset) => highlight(line.runs, marks.get(first + offset) ?? []));
  return <LinesPane lines={rows} width={width} height={height} colour={colour} />;
}
