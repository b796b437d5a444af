import type { PolicyDocument, PolicySection, SectionKind } from "@policy/core/render";
import { safeText } from "../text/safe-text.js";

/** One row of the navigation list and the text shown when it is open. */
export interface NavEntry {
  /** The section's id: the same in every language, so the selection survives a language switch. */
  readonly id: string;
  readonly title: string;
  readonly kind: SectionKind;
  /** 0 for a top-level section, 1 for a service under "The services in detail" (or an entry of an index). */
  readonly depth: number;
  readonly section: PolicySection;
  /**
   * Whether the nested sections belong to this entry's text. They do everywhere (a service's
   * parts, the overview's summary) except under "services", whose children are entries of their own.
   */
  readonly withChildren: boolean;
}

/**
 * The document's sections as a flat list: each top-level section, and each service as its own
 * row under the services section, so a person can go straight to a service.
 */
export function navigation(document: PolicyDocument): NavEntry[] {
  const entries: NavEntry[] = [];
  for (const section of document.sections) {
    const isServices = section.kind === "services";
    entries.push(sectionEntry(section, 0, !isServices));
    if (isServices) for (const child of section.sections) entries.push(sectionEntry(child, 1, true));
  }
  return entries;
}

/** A section as an entry: its title cleaned for the terminal, its nested sections part of its text or not. */
export function sectionEntry(section: PolicySection, depth: number, withChildren: boolean): NavEntry {
  return { id: section.id, title: safeText(section.title), kind: section.kind, depth, section, withChildren };
}
