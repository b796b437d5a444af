import type { Run } from "./line.js";

/** Columns [start, end) of a line's plain text to mark with `style`. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly style: number;
}

/** The runs with the marked columns' styles added (a search match on top of a link stays a link). */
export function highlight(runs: readonly Run[], marks: readonly Mark[]): Run[] {
  if (marks.length === 0) return [...runs];
  const out: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length;
    // Cut points inside this run, where a mark starts or ends.
    const cuts = new Set<number>([offset, end]);
    for (const mark of marks) {
      if (mark.start > offset && mark.start < end) cuts.add(mark.start);
      if (mark.end > offset && mark.end < end) cuts.add(mark.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      let style = run.style;
      for (const mark of marks) if (mark.start <= from && mark.end >= to) style |= mark.style;
      out.push({ text: run.text.slice(from - offset, to - offset), style });
    }
    offset = end;
  }
  return out;
}
