import { entryLines } from "./entry-lines.js";
import type { NavEntry } from "./navigation.js";
import { occurrences, searchTextLength } from "./search.js";

/**
 * Which match of a search is shown, for the footer. `match` counts through every match in list
 * order ("match 3 of 17"). Where counting them all would lay out more text than a key can wait for
 * (a search through 2,000 services), the count is of the matches in the open section and of the
 * sections instead ("match 2 of 4 in section 3 of 1,432"): a bound on the text, not on time, so the
 * same policy always gets the same footer.
 */
export type SearchPosition =
  | { readonly kind: "match"; readonly match: number; readonly matches: number }
  | { readonly kind: "inSection"; readonly match: number; readonly matches: number; readonly section: number; readonly sections: number }
  /** The sections with the text, when the open one is not among them (one moved away after the search). */
  | { readonly kind: "sections"; readonly sections: number };

/** How much search text the matching sections may have for all their matches to be counted. */
export const countedTextLimit = 100_000;

/**
 * Where the current match is. `matching` are the entries with the query, in list order; `current`
 * is the match n/N moved to, if it is in the open entry.
 */
export function searchPosition(
  entries: readonly NavEntry[],
  matching: readonly number[],
  query: string,
  current: { readonly entry: number; readonly occurrence: number } | null,
  width: number,
  limit = countedTextLimit,
): SearchPosition {
  const section = current === null ? -1 : matching.indexOf(current.entry);
  if (current === null || section === -1) return { kind: "sections", sections: matching.length };
  const count = (index: number): number => {
    const entry = entries[index];
    return entry === undefined ? 0 : occurrences(entryLines(entry, width), query).length;
  };
  const text = matching.reduce((sum, index) => {
    const entry = entries[index];
    return sum + (entry === undefined ? 0 : searchTextLength(entry));
  }, 0);
  if (text > limit) {
    return { kind: "inSection", match: current.occurrence + 1, matches: count(current.entry), section: section + 1, sections: matching.length };
  }
  let before = 0;
  let matches = 0;
  matching.forEach((index, position) => {
    const here = count(index);
    if (position < section) before += here;
    matches += here;
  });
  return { kind: "match", match: before + current.occurrence + 1, matches };
}
