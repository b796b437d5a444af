import { lineOf, type Line, type Run } from "./line.js";
import { graphemes, textWidth } from "./text-width.js";

/** What goes before the text: the first line's prefix (a bullet) and the others' (its indent). */
export interface Prefix {
  readonly first: readonly Run[];
  readonly rest: readonly Run[];
}

export const noPrefix: Prefix = { first: [], rest: [] };

interface Word {
  readonly runs: Run[];
  width: number;
  /** The style of the space before it, or -1 for none (the start of a paragraph or after a break). */
  readonly spaceStyle: number;
}

/**
 * Wraps styled text to `width` columns, prefix included: breaks at spaces, keeps a word in one
 * piece across style changes ("**Zoom**," stays together), and cuts a word longer than a line
 * between characters. A "\n" in a run is a hard line break (an mdast `break`).
 */
export function wrapRuns(runs: readonly Run[], width: number, prefix: Prefix = noPrefix): Line[] {
  const lines: Line[] = [];
  let current: Run[] = [...prefix.first];
  let used = runsWidth(prefix.first);
  let empty = true;
  const restWidth = runsWidth(prefix.rest);

  const newLine = (): void => {
    lines.push(lineOf(merge(current)));
    current = [...prefix.rest];
    used = restWidth;
    empty = true;
  };

  for (const item of words(runs)) {
    if (item === "break") {
      newLine();
      continue;
    }
    const space = !empty && item.spaceStyle >= 0 ? 1 : 0;
    if (used + space + item.width <= width) {
      if (space === 1) current.push({ text: " ", style: item.spaceStyle });
      current.push(...item.runs);
      used += space + item.width;
      empty = false;
      continue;
    }
    if (!empty) newLine();
    // A word wider than a whole line: cut it, a character at a time, across as many lines as it needs.
    if (used + item.width > width) {
      for (const run of item.runs) {
        for (const char of graphemes(run.text)) {
          const charWidth = textWidth(char);
          if (used + charWidth > width && !empty) newLine();
          current.push({ text: char, style: run.style });
          used += charWidth;
          empty = false;
        }
      }
      continue;
    }
    current.push(...item.runs);
    used += item.width;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(lineOf(merge(current)));
  return lines;
}

function words(runs: readonly Run[]): (Word | "break")[] {
  const out: (Word | "break")[] = [];
  let word: Word | null = null;
  let pendingSpace = -1;
  for (const run of runs) {
    for (const piece of run.text.split(/(\n| +)/)) {
      if (piece === "") continue;
      if (piece === "\n") {
        word = null;
        pendingSpace = -1;
        out.push("break");
      } else if (piece.startsWith(" ")) {
        word = null;
        pendingSpace = run.style;
      } else if (word === null) {
        word = { runs: [{ text: piece, style: run.style }], width: textWidth(piece), spaceStyle: pendingSpace };
        pendingSpace = -1;
        out.push(word);
      } else {
        word.runs.push({ text: piece, style: run.style });
        word.width += textWidth(piece);
      }
    }
    // A run that ends without a space leaves `word` open: the next run's text continues it.
  }
  return out;
}

export function runsWidth(runs: readonly Run[]): number {
  let width = 0;
  for (const run of runs) width += textWidth(run.text);
  return width;
}

/** Joins neighbouring runs of the same style: fewer escape codes on screen. */
function merge(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last !== undefined && last.style === run.style) out[out.length - 1] = { text: last.text + run.text, style: run.style };
    else if (run.text !== "") out.push(run);
  }
  return out;
}
