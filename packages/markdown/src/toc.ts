import type { Heading, List, ListItem, RootContent } from "mdast";
import { headingDepth } from "./heading-depth.js";
import { labels } from "./labels.js";
import { titleNode } from "./one-line.js";
import type { PolicyDocument, PolicySection } from "@policy/core";

export interface TocSettings {
  readonly depth: number;
  readonly title: string | undefined;
  readonly headingOffset: number;
}

/**
 * The table of contents: a heading at the level of the top-level sections, then a nested list of
 * links to `#<section id>`, the ids the anchors carry, `depth` levels deep. The heading has no anchor
 * of its own: it is not a section of the policy.
 */
export function tableOfContents(document: PolicyDocument, settings: TocSettings): RootContent[] {
  const heading: Heading = {
    type: "heading",
    depth: headingDepth(1, settings.headingOffset),
    children: [titleNode(settings.title ?? labels[document.meta.language].contents)],
  };
  const list = tocList(document.sections, 1, settings.depth);
  return list === null ? [heading] : [heading, list];
}

function tocList(sections: readonly PolicySection[], level: number, maxLevel: number): List | null {
  if (sections.length === 0 || level > maxLevel) return null;
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: sections.map((section): ListItem => {
      const nested = tocList(section.sections, level + 1, maxLevel);
      return {
        type: "listItem",
        spread: false,
        children: [
          {
            type: "paragraph",
            children: [{ type: "link", url: `#${section.id}`, children: [titleNode(section.title, section.titleLang)] }],
          },
          ...(nested === null ? [] : [nested]),
        ],
      };
    }),
  };
}
