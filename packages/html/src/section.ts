import { type ContentNode, type PolicySection, safeContent } from "@policy/core/render";
import type { Element, ElementContent } from "hast";
import { contentToHast } from "./content.js";
import { element, lines } from "./element.js";
import { headingRank } from "./heading-rank.js";
import { titleContent } from "./title.js";

export interface SectionSettings {
  readonly headingOffset: number;
  /** The document's definitions with safe URLs (see `safeDefinitions` in `@policy/core/render`). */
  readonly definitions: ReadonlyMap<string, string>;
  /** Titles that more than one section has ("How long and where is the data stored?" in each service). */
  readonly repeatedTitles: ReadonlySet<string>;
}

/**
 * A section as `<section id>` named by its heading (`aria-labelledby`), its content, then its
 * subsections one rank deeper. The id is compose's, the one the Markdown anchors carry, so links into
 * the policy work in both. The heading's id adds `__heading`: section ids have no underscore (see
 * `sectionIdPattern`), so it can never be a section's.
 */
export function sectionToHast(section: PolicySection, level: number, settings: SectionSettings, parentHeadingId?: string): Element {
  const rank = headingRank(level, settings.headingOffset);
  const headingId = `${section.id}__heading`;
  // A named section is a landmark, and landmarks need distinct names: a title that repeats is named
  // together with its parent's ("Video meetings with Zoom How long and where is the data stored?").
  const labelledBy = parentHeadingId !== undefined && settings.repeatedTitles.has(section.title) ? [parentHeadingId, headingId] : [headingId];
  const children: ElementContent[] = [
    element(`h${rank}`, { id: headingId }, titleContent(section.title, section.titleLang)),
    ...contentToHast(cleanContent(section.content, settings.definitions), rank),
    ...section.sections.map((child) => sectionToHast(child, level + 1, settings, headingId)),
  ];
  return element("section", { id: section.id, className: [`policy-${section.kind}`], ariaLabelledBy: labelledBy }, lines(children));
}

/** The titles that more than one of these sections (at any depth) has. */
export function repeatedTitles(sections: readonly PolicySection[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const visit = (section: PolicySection): void => {
    if (seen.has(section.title)) repeated.add(section.title);
    seen.add(section.title);
    section.sections.forEach(visit);
  };
  sections.forEach(visit);
  return repeated;
}

/**
 * Section content rebuilt from the fields the renderer knows (`safeContent`), so nothing else in a
 * hand-built document reaches the HTML: no `data.hName`/`hProperties` (which mdast-util-to-hast
 * would obey), no `html` node (it becomes text), no image (a page must not load anything: its alt
 * text stays), no link to anything but http(s), mailto and tel (its text stays). References are
 * resolved against the document's definitions, since a reference may point into another section.
 */
function cleanContent(content: readonly ContentNode[], definitions: ReadonlyMap<string, string>): ContentNode[] {
  return safeContent(content, { definitions, references: "resolve", images: false, strikethrough: true });
}
