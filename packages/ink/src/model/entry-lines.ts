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

/**
 * The text of an entry at a width: its title, its content, and its nested sections with their
 * titles as headings. The right-to-object section has a bar down its left edge and its own
 * colour, so it stands apart with or without colour.
 */
export function entryLines(entry: NavEntry, width: number): readonly Line[] {
  let byWidth = cache.get(entry);
  if (byWidth === undefined) {
    byWidth = new Map();
    cache.set(entry, byWidth);
  }
  let lines = byWidth.get(width);
  if (lines === undefined) {
    lines = compute(entry, Math.max(10, width));
    byWidth.set(width, lines);
  }
  return lines;
}

function compute(entry: NavEntry, width: number): Line[] {
  const objection = entry.kind === "objection";
  const style = objection ? Style.objection : Style.none;
  const bar: Run[] = objection ? [{ text: "▌ ", style: Style.objection }] : [];
  const prefix: Prefix = { first: bar, rest: bar };
  const blank = bar.length === 0 ? emptyLine : lineOf([{ text: "▌", style: Style.objection }]);

  const lines: Line[] = wrapRuns([{ text: entry.title, style: style | Style.title }], width, prefix);
  const add = (section: PolicySection, withTitle: boolean): void => {
    if (withTitle) lines.push(blank, ...wrapRuns([{ text: safeText(section.title), style: style | Style.heading }], width, prefix));
    if (section.content.length > 0) lines.push(blank, ...blockLines(section.content as readonly ContentNode[], { width, prefix, style }));
    if (entry.withChildren) for (const child of section.sections) add(child, true);
  };
  add(entry.section, false);
  return lines;
}
