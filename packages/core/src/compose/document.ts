import type { BlockContent, DefinitionContent } from "mdast";
import type { Locale } from "../taxonomy/index.js";

/** What a section is about; renderers may style kinds differently (the objection section stands apart). */
export const sectionKinds = [
  "overview",
  "controller",
  "representative",
  "joint-controllers",
  "data-protection-officer",
  "summary",
  "services",
  "service",
  "service-about",
  "service-purposes",
  "service-data",
  "service-storage",
  "service-deletion",
  "service-legal-basis",
  "recipients",
  "transfers",
  "retention",
  "rights",
  "objection",
  "consent",
  "complaint",
  "automated-decisions",
  "device-access",
  "california",
  "california-collected",
  "california-sensitive",
  "california-sources",
  "california-disclosures",
  "california-rights",
  "california-incentives",
  "california-requests",
  "changes",
  "contact",
  "data-index",
  "data-index-category",
  "data-index-service",
  "transfers-index",
  "transfers-index-country",
  "transfers-index-service",
] as const;
export type SectionKind = (typeof sectionKinds)[number];

/**
 * One section of the policy. `id` is the same in every locale, so a link into the policy survives
 * translation: a general section's id is its kind ("rights", "objection"), a service's is
 * "service-<service id>" ("service-video-meetings"), and a part of a service adds its kind after
 * two hyphens ("service-video-meetings--data"). Service ids never contain two hyphens in a row, so
 * no two ids can collide. `content` is mdast block content, so the renderers share one tree format
 * with the unified ecosystem instead of inventing their own.
 *
 * Text from the policy or the catalog is always an mdast `text` node (never `html`, never parsed as
 * Markdown). Where such text is missing in the document's language and another language stands in
 * (an untranslated catalog description, say), the node carries `data: { lang }` with the language
 * it is written in, e.g. `{ type: "text", value: "...", data: { lang: "en" } }` in a German
 * document. Renderers can flag it (`<span lang="en">`). Text in the document's language has no
 * `data.lang`.
 */
export interface PolicySection {
  readonly id: string;
  readonly kind: SectionKind;
  readonly title: string;
  /**
   * Set when the title contains text that is not in the document's language (an untranslated
   * service name): the language of that text. Absent when the whole title is in the document's language.
   */
  readonly titleLang?: Locale;
  readonly content: readonly (BlockContent | DefinitionContent)[];
  readonly sections: readonly PolicySection[];
  /** The service a section belongs to, for service sections and their parts. */
  readonly serviceId?: string;
}

/** The policy as text: renderer-neutral, composed once per locale. */
export interface PolicyDocument {
  readonly meta: {
    readonly title: string;
    readonly language: Locale;
    readonly version: string;
    /** ISO dates from the policy, never the clock. */
    readonly effective: string;
    readonly updated: string;
    readonly controller: string;
  };
  readonly sections: readonly PolicySection[];
  /**
   * The index beside the text: the answers to "which services process this data?" (`data-index`)
   * and "where does the data go?" (`transfers-index`), in that order, composed from the same
   * policy with the same words. Not part of the policy's text: a renderer shows it where asked to
   * (the terminal viewer's `d` and `t`, Markdown and HTML with `index: true`). Set by
   * `compose(policy, { locale, index: true })`, absent otherwise.
   */
  readonly index?: readonly PolicySection[];
}

declare module "mdast" {
  interface ParagraphData {
    /**
     * Set on a block of contact details: a party's name, postal address and the ways to reach it,
     * one per line. Renderers that can mark contact information do (HTML: `<address>`).
     */
    address?: boolean | undefined;
  }

  interface TableData {
    /** What the table lists, in the document's language: a caption for renderers that have one (HTML). */
    caption?: string | undefined;
  }

  interface TextData {
    /**
     * The language of an untranslated text: set only where the text is not in the document's
     * language (see `PolicySection`).
     */
    lang?: Locale | undefined;
  }
}
