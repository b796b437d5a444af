import { type PolicyDocument, tableOfContents as contentsOf, type TocEntry } from "@policy/core/render";
import type { Element } from "hast";
import { element, lines } from "./element.js";
import { headingRank } from "./heading-rank.js";
import { htmlLabels } from "./labels.js";
import { titleContent } from "./title.js";

export interface TocSettings {
  readonly depth: number;
  readonly title: string | undefined;
  readonly headingOffset: number;
}

/** The id of the table of contents' heading: with an underscore, so no section can have it. */
export const tocHeadingId = "contents__heading";

/**
 * The table of contents (`tableOfContents` in `@policy/core/render`) as a `<nav>` named by its
 * heading (at the rank of the top-level sections), with nested lists of links to the sections' ids,
 * `depth` levels deep. The lists are in a `<details>`, closed: on a phone the contents would fill the
 * first screen, so they open with a tap ("All sections"), without script. On a wider screen the
 * built-in style sheet shows them open and hides the toggle (`::details-content`); a browser without
 * that keeps the toggle.
 */
export function tableOfContents(document: PolicyDocument, settings: TocSettings): Element {
  const { title, entries } = contentsOf(document, settings);
  const heading = element(`h${headingRank(1, settings.headingOffset)}`, { id: tocHeadingId }, titleContent(title));
  const toggle = element("summary", {}, [{ type: "text", value: htmlLabels[document.meta.language].tocToggle }]);
  return element(
    "nav",
    { className: ["policy-toc"], ariaLabelledBy: [tocHeadingId] },
    lines(entries.length === 0 ? [heading] : [heading, element("details", {}, lines([toggle, tocList(entries)]))]),
  );
}

function tocList(entries: readonly TocEntry[]): Element {
  return element(
    "ul",
    {},
    lines(
      entries.map((entry) => {
        const link = element("a", { href: `#${entry.id}` }, titleContent(entry.title, entry.titleLang));
        return element("li", {}, entry.entries.length === 0 ? [link] : [link, ...lines([tocList(entry.entries)])]);
      }),
    ),
  );
}
