import { documentFor, type PolicyDocument, type RenderInput, safeDefinitions } from "@policy/core/render";
import type { ElementContent, Root } from "hast";
import { element, lines } from "./element.js";
import { headingRank } from "./heading-rank.js";
import { HtmlOptionsError, resolveOptions, type HtmlOptions } from "./options.js";
import { page } from "./page.js";
import { repeatedTitles, sectionToHast } from "./section.js";
import { titleContent } from "./title.js";
import { tableOfContents } from "./toc.js";
import { replaceForbiddenCharacters } from "./visible-characters.js";

/** What `toHast` and `toHtml` render: a validated policy, or a document composed from one. */
export type HtmlInput = RenderInput;

/**
 * The policy as a hast tree: an `<article lang>` with the title, the table of contents (if asked
 * for) and a `<section>` per section, then the index's sections (if asked for); with `standalone`,
 * a whole page around it. A `Policy` is
 * composed in `options.locale` first. Hand the tree to rehype plugins, or to `toHtml`.
 */
export function toHast(input: HtmlInput, options?: HtmlOptions): Root {
  const settings = resolveOptions(options);
  const composed = documentFor(input, settings.locale, HtmlOptionsError, { index: settings.index });
  // The index, where asked for, follows the text as more top-level sections (in the table of contents too).
  const document = settings.index ? { ...composed, sections: [...composed.sections, ...(composed.index ?? [])] } : composed;
  const title = settings.title ?? document.meta.title;

  const heading = settings.controllerInTitle ? titleWithController(title, document.meta.controller) : titleContent(title);
  const children: ElementContent[] = [element(`h${headingRank(0, settings.headingOffset)}`, {}, heading)];
  if (settings.toc) children.push(tableOfContents(document, { ...settings.toc, headingOffset: settings.headingOffset }));
  const sectionSettings = {
    headingOffset: settings.headingOffset,
    definitions: safeDefinitions(document.sections),
    repeatedTitles: repeatedTitles(document.sections),
  };
  for (const section of document.sections) children.push(sectionToHast(section, 1, sectionSettings));

  const article = element("article", { className: ["policy"], lang: document.meta.language }, lines(children));
  const tree: Root = settings.standalone
    ? page(article, {
        language: document.meta.language,
        title: pageTitle(title, settings.title, document),
        css: settings.css,
        skipTarget: document.sections[0]?.id,
      })
    : { type: "root", children: [article, { type: "text", value: "\n" }] };
  replaceForbiddenCharacters(tree);
  return tree;
}

/**
 * The title and, on a line of its own, the controller's name: the first screen says whose policy it
 * is. A line of its own, not a phrase ("of ...", "der ..."), so no name needs an article or a case.
 */
function titleWithController(title: string, controller: string): ElementContent[] {
  return [...titleContent(title), element("br", {}, []), element("span", { className: ["policy-title-controller"] }, titleContent(controller))];
}

/** The page's `<title>`: the title option as given, else the document's title and the controller's name. */
function pageTitle(title: string, option: string | undefined, document: PolicyDocument): string {
  return option === undefined ? `${title} – ${document.meta.controller}` : title;
}
