import { type PolicyDocument, tableOfContents as contentsOf, type TocEntry } from "@policy/core/render";
import type { Heading, List, ListItem, RootContent } from "mdast";
import { headingDepth } from "./heading-depth.js";
import { titleNode } from "./one-line.js";

export interface TocSettings {
  readonly depth: number;
  readonly title: string | undefined;
  readonly headingOffset: number;
}

/**
 * The table of contents (`tableOfContents` in `@policy/core/render`) as mdast: a heading at the
 * level of the top-level sections, then a nested list of links to `#<section id>`, the ids the
 * anchors carry, `depth` levels deep. The heading has no anchor of its own: it is not a section of
 * the policy.
 */
export function tableOfContents(document: PolicyDocument, settings: TocSettings): RootContent[] {
  const { title, entries } = contentsOf(document, settings);
  const heading: Heading = { type: "heading", depth: headingDepth(1, settings.headingOffset), children: [titleNode(title)] };
  return entries.length === 0 ? [heading] : [heading, tocList(entries)];
}

function tocList(entries: readonly TocEntry[]): List {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: entries.map(
      (entry): ListItem => ({
        type: "listItem",
        spread: false,
        children: [
          { type: "paragraph", children: [{ type: "link", url: `#${entry.id}`, children: [titleNode(entry.title, entry.titleLang)] }] },
          ...(entry.entries.length === 0 ? [] : [tocList(entry.entries)]),
        ],
      }),
    ),
  };
}
