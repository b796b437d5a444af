import type { PolicySection, SectionKind } from "./document.js";
import type { Block } from "./nodes.js";
import { sectionId } from "./ids.js";
import { foreignLang, plain, type Inline } from "./inline.js";

export interface SectionSpec {
  readonly title: string | Inline;
  readonly content?: readonly Block[];
  readonly sections?: readonly PolicySection[];
  readonly serviceId?: string;
  /** An index entry's key (a data category, a country code), for the ids of the index's sections. */
  readonly key?: string;
}

/** A section with its stable id; a title given as a run keeps the language of untranslated text in it. */
export function section(kind: SectionKind, spec: SectionSpec): PolicySection {
  const title = typeof spec.title === "string" ? spec.title : plain(spec.title);
  const titleLang = typeof spec.title === "string" ? undefined : foreignLang(spec.title);
  return {
    id: sectionId(kind, spec.serviceId, spec.key),
    kind,
    title,
    ...(titleLang === undefined ? {} : { titleLang }),
    content: spec.content ?? [],
    sections: spec.sections ?? [],
    ...(spec.serviceId === undefined ? {} : { serviceId: spec.serviceId }),
  };
}
