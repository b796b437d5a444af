import type { PolicyDocument, PolicySection } from "@policy/core";
import type { Element } from "hast";
import { element, lines } from "./element.js";
import { headingRank } from "./heading-rank.js";
import { labels } from "./labels.js";
import { titleContent } from "./title.js";

export interface TocSettings {
  readonly depth: number;
  readonly title: string | undefined;
  readonly headingOffset: number;
}

/** The id of the table of contents' heading: with an underscore, so no section can have it. */
export const tocHeadingId = "contents__heading";

/**
 * The table of contents: a `<nav>` named by its heading (at the rank of the top-level sections),
 * with nested lists of links to the sections' ids, `depth` levels deep.
 */
export function tableOfContents(document: PolicyDocument, settings: TocSettings): Element {
  const title = settings.title ?? labels[document.meta.language].contents;
  const heading = element(`h${headingRank(1, settings.headingOffset)}`, { id: tocHeadingId }, titleContent(title));
  const list = tocList(document.sections, 1, settings.depth);
  return element("nav", { className: ["policy-toc"], ariaLabelledBy: [tocHeadingId] }, lines(list === null ? [heading] : [heading, list]));
}

function tocList(sections: readonly PolicySection[], level: number, maxLevel: number): Element | null {
  if (sections.length === 0 || level > maxLevel) return null;
  return element(
    "ul",
    {},
    lines(
      sections.map((section) => {
        const nested = tocList(section.sections, level + 1, maxLevel);
        const link = element("a", { href: `#${section.id}` }, titleContent(section.title, section.titleLang));
        return element("li", {}, nested === null ? [link] : [link, ...lines([nested])]);
      }),
    ),
  );
}
