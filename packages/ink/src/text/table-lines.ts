import type { Table } from "mdast";
import type { BlockContext } from "./block-context.js";
import { inlineRuns } from "./inline-runs.js";
import { emptyLine, lineOf, Style, type Line, type Run } from "./line.js";
import { runsWidth, wrapRuns } from "./wrap.js";

const gap = 2;

/**
 * A table as aligned columns when every cell fits on one line within the width; otherwise (the
 * overview's six columns on any ordinary terminal) one block per row: the first cell in bold,
 * then "Header: value" for each other cell, wrapped and indented. Both read top to bottom without
 * horizontal scrolling.
 */
export function tableLines(table: Table, context: BlockContext): Line[] {
  const { width, prefix, style } = context;
  const rows = table.children.map((row) =>
    row.children.map((cell) => inlineRuns(cell.children, style).map((run) => ({ ...run, text: run.text.replace(/\n/g, " ") }))),
  );
  const [header = [], ...body] = rows;
  const columns = Math.max(0, ...rows.map((row) => row.length));
  if (columns === 0) return [];
  const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...rows.map((row) => runsWidth(row[column] ?? []))));
  const room = width - Math.max(runsWidth(prefix.first), runsWidth(prefix.rest));
  const total = widths.reduce((sum, w) => sum + w, 0) + gap * (columns - 1);

  if (total <= room) {
    const line = (cells: readonly (readonly Run[])[], extra: number, lead: readonly Run[]): Line => {
      const runs: Run[] = [...lead];
      cells.forEach((cell, column) => {
        runs.push(...cell.map((run) => ({ ...run, style: run.style | extra })));
        if (column < columns - 1) runs.push({ text: " ".repeat((widths[column] ?? 0) - runsWidth(cell) + gap), style });
      });
      return lineOf(runs);
    };
    const rule = lineOf([...prefix.rest, { text: widths.map((w) => "─".repeat(w)).join(" ".repeat(gap)), style: style | Style.dim }]);
    return [line(padRow(header, columns), Style.strong, prefix.first), rule, ...body.map((row) => line(padRow(row, columns), 0, prefix.rest))];
  }

  const lines: Line[] = [];
  body.forEach((row, index) => {
    if (index > 0) lines.push(prefix.rest.length === 0 ? emptyLine : lineOf(prefix.rest));
    const [first = [], ...rest] = row;
    const lead = index === 0 ? prefix.first : prefix.rest;
    lines.push(
      ...wrapRuns(
        first.map((run) => ({ ...run, style: run.style | Style.strong })),
        width,
        { first: lead, rest: prefix.rest },
      ),
    );
    const indent = [...prefix.rest, { text: "  ", style }];
    rest.forEach((cell, column) => {
      if (cell.length === 0) return;
      const label = runsText(header[column + 1] ?? []);
      const runs: Run[] = label === "" ? [...cell] : [{ text: `${label}: `, style: style | Style.dim }, ...cell];
      lines.push(...wrapRuns(runs, width, { first: indent, rest: [...indent, { text: "  ", style }] }));
    });
  });
  return lines;
}

function padRow(row: readonly (readonly Run[])[], columns: number): (readonly Run[])[] {
  return Array.from({ length: columns }, (_, column) => row[column] ?? []);
}

function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join("");
}
