import type { PolicySection } from "@policy/core/render";
import { blockLines } from "../text/block-lines.js";
import { Style, type Line } from "../text/line.js";
import { safeText } from "../text/safe-text.js";
import { noPrefix } from "../text/wrap.js";
import { entryLines, prepareEntryLines } from "./entry-lines.js";
import { sectionEntry, type NavEntry } from "./navigation.js";
import { normalizeQuery } from "./search.js";

/** The index views: `d` picks from the document's data index, `t` from its transfers index. */
export type IndexView = "data" | "transfers";

/** Each view with the index section it shows, and whether its choices say how many services each has. */
const views: Readonly<Record<IndexView, { readonly kind: "data-index" | "transfers-index"; readonly counted: boolean }>> = {
  data: { kind: "data-index", counted: false },
  transfers: { kind: "transfers-index", counted: true },
};

/**
 * An index of the document as a list to pick from: the index's title, its entries (a kind of data,
 * a country) with their text, and the index's own text for when it has no entries ("The policy
 * lists no transfers..."). All of it is the document's: the viewer adds only the count of services
 * after a country.
 */
export interface Picker {
  readonly title: string;
  readonly labels: readonly string[];
  /** The stable key of each choice (its section id), the same in every language. */
  readonly keys: readonly string[];
  /** The text of a choice at a width: its title, its content and its services, each under its name. */
  lines(index: number, width: number): readonly Line[];
  /** The same text laid out a section at a time, ahead of the first visit (see `warmUp`). */
  prepare(index: number, width: number): Generator<void>;
  /** The index's own text, shown instead of the list when it has no entries. */
  empty(width: number): readonly Line[];
  /** The choices whose label contains the text, ignoring case, in order; all of them for "". */
  matching(text: string): readonly number[];
}

/** The picker of one view, from the document's index (an empty one for a document without it). */
export function indexPicker(index: readonly PolicySection[], view: IndexView): Picker {
  const { kind, counted } = views[view];
  const section: PolicySection = index.find((candidate) => candidate.kind === kind) ?? { id: kind, kind, title: "", content: [], sections: [] };
  const choices: NavEntry[] = section.sections.map((entry) => sectionEntry(entry, 1, true));
  const labels = choices.map((choice) => (counted ? `${choice.title} (${choice.section.sections.length})` : choice.title));
  const folded = choices.map((choice) => normalizeQuery(choice.title));
  return {
    title: safeText(section.title),
    labels,
    keys: choices.map((choice) => choice.id),
    lines: (index, width) => {
      const choice = choices[index];
      return choice === undefined ? [] : entryLines(choice, width);
    },
    prepare: function* (index, width) {
      const choice = choices[index];
      if (choice !== undefined) yield* prepareEntryLines(choice, width);
    },
    empty: (width) => blockLines(section.content, { width: Math.max(10, width), prefix: noPrefix, style: Style.none }),
    matching: (text) => {
      const needle = normalizeQuery(text);
      const all = labels.map((_, index) => index);
      return needle === "" ? all : all.filter((index) => folded[index]?.includes(needle));
    },
  };
}
