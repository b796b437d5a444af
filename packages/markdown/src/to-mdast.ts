import type { Root, RootContent } from "mdast";
import { frontmatter } from "./frontmatter.js";
import { headingDepth } from "./heading-depth.js";
import { toDocument, type MarkdownInput } from "./input.js";
import { titleNode } from "./one-line.js";
import { resolveOptions, type MarkdownOptions } from "./options.js";
import { safeDefinitions } from "@policy/core/render";
import { sectionToMdast } from "./section.js";
import { tableOfContents } from "./toc.js";

/**
 * The policy as an mdast tree: front matter (if asked for), the title, the table of contents (if
 * asked for), then every section with its anchor, content and subsections, and the index's sections
 * after them (if asked for). Hand it to remark plugins,
 * or to `toMarkdown`'s serializer. A `Policy` is composed in `options.locale` first.
 */
export function toMdast(input: MarkdownInput, options?: MarkdownOptions): Root {
  const settings = resolveOptions(options);
  const composed = toDocument(input, settings.locale, settings.index);
  // The index, where asked for, follows the text as more top-level sections (in the table of contents too).
  const document = settings.index ? { ...composed, sections: [...composed.sections, ...(composed.index ?? [])] } : composed;

  const children: RootContent[] = [];
  if (settings.frontmatter) children.push(frontmatter(document.meta));
  children.push({
    type: "heading",
    depth: headingDepth(0, settings.headingOffset),
    children: [titleNode(document.meta.title)],
  });
  // Appended one by one: spreading tens of thousands of nodes into push() exhausts the stack.
  if (settings.toc) for (const node of tableOfContents(document, { ...settings.toc, headingOffset: settings.headingOffset })) children.push(node);

  const sectionSettings = {
    headingOffset: settings.headingOffset,
    tables: settings.tables,
    definitions: safeDefinitions(document.sections),
  };
  for (const section of document.sections) for (const node of sectionToMdast(section, 1, sectionSettings)) children.push(node);
  return { type: "root", children };
}
