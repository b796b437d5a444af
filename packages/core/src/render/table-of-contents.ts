import type { PolicyDocument, PolicySection } from "../compose/document.js";
import type { Locale } from "../taxonomy/index.js";
import { defaultLabels } from "./labels.js";

/** A table of contents: its heading, and an entry for each section it lists. */
export interface TableOfContents {
  readonly title: string;
  readonly entries: readonly TocEntry[];
}

/** One entry: the section to link to (`#<id>`), its title, and the entries of its subsections (none below the depth asked for). */
export interface TocEntry {
  readonly id: string;
  readonly title: string;
  /** The section's `titleLang`: set when the title is not all in the document's language. */
  readonly titleLang?: Locale;
  readonly entries: readonly TocEntry[];
}

/**
 * The table of contents of a document: its heading (`toc.title`, else the default label in the
 * document's language, "Contents" or "Inhalt") and its sections, `toc.depth` levels deep (1: the
 * top-level sections only). A renderer lays it out in its own format, each entry a link to
 * `#<section id>`, the id its anchors or elements carry. Titles are as the document has them.
 */
export function tableOfContents(document: PolicyDocument, toc: { readonly depth: number; readonly title?: string | undefined }): TableOfContents {
  return { title: toc.title ?? defaultLabels[document.meta.language].contents, entries: tocEntries(document.sections, 1, toc.depth) };
}

function tocEntries(sections: readonly PolicySection[], level: number, depth: number): TocEntry[] {
  if (level > depth) return [];
  return sections.map((section) => ({
    id: section.id,
    title: section.title,
    ...(section.titleLang === undefined ? {} : { titleLang: section.titleLang }),
    entries: tocEntries(section.sections, level + 1, depth),
  }));
}
