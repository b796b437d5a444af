import type { PolicySection } from "@policy/core/render";
import type { Nodes } from "mdast";
import type { Line } from "../text/line.js";
import { safeText } from "../text/safe-text.js";
import { fold } from "./fold.js";
import type { NavEntry } from "./navigation.js";

/** A part of a match on one screen line: columns [start, end) of the line's `plain` text. */
export interface MatchSegment {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** One occurrence of the query in an entry's lines; a match across a line break has two segments. */
export interface Occurrence {
  readonly line: number;
  readonly segments: readonly MatchSegment[];
}

/** The query as it is searched for: case folded, runs of spaces as one, since the text's line breaks are spaces too. */
export function normalizeQuery(query: string): string {
  return fold(safeText(query)).replace(/\s+/g, " ").trim();
}

const textCache = new WeakMap<NavEntry, string>();

/**
 * Which entries contain the query, in list order. Searches the entries' whole text (titles,
 * content, link addresses) without laying it out, so a search over 2,000 services does not wrap
 * 2,000 texts; lines are made only for the entries one moves to.
 */
export function matchingEntries(entries: readonly NavEntry[], query: string): number[] {
  const needle = normalizeQuery(query);
  if (needle === "") return [];
  const found: number[] = [];
  entries.forEach((entry, index) => {
    if (searchText(entry).includes(needle)) found.push(index);
  });
  return found;
}

/** How long an entry's search text is: a measure of what laying out the entry costs. */
export function searchTextLength(entry: NavEntry): number {
  return searchText(entry).length;
}

/**
 * Makes every entry's search text, once, while the language is being composed: the first letter
 * typed into the search then finds them ready (at 2,000 services they take about 70 ms, which as
 * part of a key would be felt, and as part of a compose of a second is not).
 */
export function prepareSearch(entries: readonly NavEntry[]): void {
  for (const entry of entries) searchText(entry);
}

/** An entry's text as searched: its words made safe, folded and with single spaces, its link addresses included. */
function searchText(entry: NavEntry): string {
  const cached = textCache.get(entry);
  if (cached !== undefined) return cached;
  const words = (text: string) => fold(safeText(text)).replace(/\s+/g, " ").trim();
  const parts: string[] = [words(entry.title)];
  const visit = (section: PolicySection, withTitle: boolean): void => {
    const own: string[] = withTitle ? [section.title] : [];
    for (const node of section.content) collect(node, own);
    parts.push(words(own.join(" ")));
    if (entry.withChildren) for (const child of section.sections) visit(child, true);
  };
  visit(entry.section, false);
  const text = parts.filter((part) => part !== "").join(" ");
  textCache.set(entry, text);
  return text;
}

function collect(node: Nodes, parts: string[]): void {
  if ("value" in node && typeof node.value === "string" && node.type !== "yaml") parts.push(node.value);
  if (node.type === "link") parts.push(`<${node.url}>`);
  if ("children" in node) for (const child of node.children) collect(child, parts);
}

const occurrenceCache = new WeakMap<readonly Line[], Map<string, readonly Occurrence[]>>();

/**
 * Where the query occurs in these lines. The lines are read as one text with each line break and
 * each run of spaces as a single space, so "IP address" is found when "IP" ends one line and
 * "address" starts the next.
 */
export function occurrences(lines: readonly Line[], query: string): readonly Occurrence[] {
  const needle = normalizeQuery(query);
  if (needle === "") return [];
  let byQuery = occurrenceCache.get(lines);
  if (byQuery === undefined) {
    byQuery = new Map();
    occurrenceCache.set(lines, byQuery);
  }
  let found = byQuery.get(needle);
  if (found === undefined) {
    found = find(lines, needle);
    byQuery.set(needle, found);
  }
  return found;
}

function find(lines: readonly Line[], needle: string): Occurrence[] {
  // The text with its spaces collapsed, and for each of its characters the line and column it came
  // from. Built as a list of characters joined once: text grown with += and asked endsWith() for
  // every character took time with the square of its length (70 s on 2,000 services).
  const chars: string[] = [];
  const lineOf: number[] = [];
  const columnOf: number[] = [];
  // Whether the text so far ends in a space, or is empty: a space after it would be one too many.
  let afterSpace = true;
  lines.forEach((line, index) => {
    const plain = fold(line.plain);
    for (let column = 0; column < plain.length; column++) {
      const char = plain[column] as string;
      const space = /\s/.test(char);
      if (space && afterSpace) continue;
      chars.push(space ? " " : char);
      afterSpace = space;
      lineOf.push(index);
      columnOf.push(column);
    }
    if (!afterSpace) {
      chars.push(" ");
      afterSpace = true;
      lineOf.push(index);
      columnOf.push(plain.length);
    }
  });
  const text = chars.join("");

  const found: Occurrence[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    const segments: MatchSegment[] = [];
    for (let i = at; i < at + needle.length; i++) {
      const line = lineOf[i] as number;
      const column = columnOf[i] as number;
      const last = segments[segments.length - 1];
      if (last !== undefined && last.line === line) segments[segments.length - 1] = { line, start: last.start, end: column + 1 };
      else segments.push({ line, start: column, end: column + 1 });
    }
    // A segment that is only the line break between two lines has nothing to highlight.
    const visible = segments.filter((segment) => segment.start < (lines[segment.line]?.plain.length ?? 0));
    found.push({ line: visible[0]?.line ?? (lineOf[at] as number), segments: visible });
  }
  return found;
}
