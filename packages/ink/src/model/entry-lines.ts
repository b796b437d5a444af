import type { PolicySection } from "@policy/core/render";
import type { ContentNode } from "../text/block-context.js";
import { blockLines } from "../text/block-lines.js";
import { emptyLine, lineOf, Style, type Line, type Run } from "../text/line.js";
import { safeText } from "../text/safe-text.js";
import { wrapRuns, type Prefix } from "../text/wrap.js";
import type { NavEntry } from "./navigation.js";

// Lines per entry and width, computed once: scrolling, moving and searching reuse them, and a
// resize computes only the entries looked at in the new width. A WeakMap lets a language's
// entries (and their lines) go when nothing holds that language any more.
const cache = new WeakMap<NavEntry, Map<number, readonly Line[]>>();
// Layouts begun in the background (see `prepareEntryLines`) and not finished yet.
const begun = new WeakMap<NavEntry, Map<number, Generator<void, Line[]>>>();

/**
 * The text of an entry at a width: its title, its content, and its nested sections with their
 * titles as headings. The right-to-object section has a bar down its left edge and its own
 * colour, so it stands apart with or without colour.
 */
export function entryLines(entry: NavEntry, width: number): readonly Line[] {
  const cached = cache.get(entry)?.get(width);
  if (cached !== undefined) return cached;
  const steps = layoutOf(entry, width);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return finish(entry, width, step.value);
}

/**
 * The same layout, a section at a time: each step is short, so the viewer can lay out a data
 * category of 2,000 services between keys, and a key that needs it meanwhile finishes the rest.
 */
export function* prepareEntryLines(entry: NavEntry, width: number): Generator<void> {
  if (cache.get(entry)?.has(width) === true) return;
  const steps = layoutOf(entry, width);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      finish(entry, width, step.value);
      return;
    }
    yield;
  }
}

/** The layout of an entry at a width: the one begun already, or a new one. */
function layoutOf(entry: NavEntry, width: number): Generator<void, Line[]> {
  let byWidth = begun.get(entry);
  if (byWidth === undefined) {
    byWidth = new Map();
    begun.set(entry, byWidth);
  }
  let steps = byWidth.get(width);
  if (steps === undefined) {
    steps = compute(entry, Math.max(10, width));
    byWidth.set(width, steps);
  }
  return steps;
}

function finish(entry: NavEntry, width: number, lines: readonly Line[]): readonly Line[] {
  begun.get(entry)?.delete(width);
  let byWidth = cache.get(entry);
  if (byWidth === undefined) {
    byWidth = new Map();
    cache.set(entry, byWidth);
  }
  byWidth.set(width, lines);
  return lines;
}

function* compute(entry: NavEntry, width: number): Generator<void, Line[]> {
  const objection = entry.kind === "objection";
  const style = objection ? Style.objection : Style.none;
  const bar: Run[] = objection ? [{ text: "▌ ", style: Style.objection }] : [];
  const prefix: Prefix = { first: bar, rest: bar };
  const blank = bar.length === 0 ? emptyLine : lineOf([{ text: "▌", style: Style.objection }]);

  const lines: Line[] = wrapRuns([{ text: entry.title, style: style | Style.title }], width, prefix);
  function* add(section: PolicySection, withTitle: boolean): Generator<void> {
    if (withTitle) lines.push(blank, ...wrapRuns([{ text: safeText(section.title), style: style | Style.heading }], width, prefix));
    if (section.content.length > 0) {
      lines.push(blank);
      append(lines, blockLines(section.content as readonly ContentNode[], { width, prefix, style }));
    }
    yield;
    if (entry.withChildren) for (const child of section.sections) yield* add(child, true);
  }
  yield* add(entry.section, false);
  return lines;
}

/**
 * Adds lines one by one: push(...more) passes each as an argument, and a section's content of
 * 10,000 services (the retention of each) has more lines than the stack holds arguments.
 */
function append(lines: Line[], more: readonly Line[]): void {
  for (const line of more) lines.push(line);
}
