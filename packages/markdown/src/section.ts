import type { Heading, RootContent } from "mdast";
import { anchor } from "./anchor.js";
import { headingDepth } from "./heading-depth.js";
import { oneLine, titleNode } from "./one-line.js";
import { paragraphLines } from "./paragraph-lines.js";
import { type ContentNode, type PolicySection, safeContent } from "@policy/core/render";
import { tablesToLists } from "./table-to-list.js";

export interface SectionSettings {
  readonly headingOffset: number;
  readonly tables: boolean;
  /** The document's definitions with safe URLs (see `safeDefinitions` in `@policy/core/render`). */
  readonly definitions: ReadonlyMap<string, string>;
}

/**
 * A section as mdast: its heading (the anchor with its id, then its title), its content made safe,
 * then its subsections one level deeper. Headings inside the content sit below the section's own:
 * their depth is added to the section heading's depth (at most 6).
 */
export function sectionToMdast(section: PolicySection, level: number, settings: SectionSettings): RootContent[] {
  const depth = headingDepth(level, settings.headingOffset);
  const heading: Heading = {
    type: "heading",
    depth,
    children: [anchor(section.id), titleNode(section.title, section.titleLang)],
  };
  let content = safeSectionContent(section.content, settings.definitions);
  if (!settings.tables) content = tablesToLists(content);
  content = paragraphLines(content);
  return [heading, ...nestHeadings(content, depth), ...section.sections.flatMap((child) => sectionToMdast(child, level + 1, settings))];
}

function nestHeadings(nodes: readonly ContentNode[], below: Heading["depth"]): ContentNode[] {
  return nodes.map((node) => {
    if (node.type === "heading") return { ...node, depth: Math.min(6, below + node.depth) as Heading["depth"] };
    if (node.type === "blockquote") return { ...node, children: nestHeadings(node.children as ContentNode[], below) as typeof node.children };
    if (node.type === "list") {
      return {
        ...node,
        children: node.children.map((item) => ({ ...item, children: nestHeadings(item.children as ContentNode[], below) as typeof item.children })),
      };
    }
    return node;
  });
}

/**
 * Section content made safe to print, whatever the text in it says (see `safeContent`):
 * mdast-util-to-markdown escapes text values; this step handles what escaping cannot. Raw HTML in
 * the output is ours alone (the section anchors): `html` nodes become text. References to safe
 * definitions stay references; images with http(s) URLs stay; strikethrough keeps its text (the
 * output is CommonMark plus GFM tables only); headings and table cells become one line (`oneLine`),
 * and line endings in paragraphs are written to read well (`paragraphLines`, in `sectionToMdast`).
 */
function safeSectionContent(content: readonly ContentNode[], definitions: ReadonlyMap<string, string>): ContentNode[] {
  return safeContent(content, { definitions, references: "keep", images: true, strikethrough: false, line: oneLine });
}
