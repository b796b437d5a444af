import { documentFor, type Locale, type PolicyDocument, type RenderInput } from "@policy/core/render";
import { MarkdownOptionsError } from "./options.js";

/** What `toMdast` and `toMarkdown` render: a validated policy, or a document composed from one. */
export type MarkdownInput = RenderInput;

/**
 * The document to render: a `PolicyDocument` as given, a `Policy` composed in `locale`, with its
 * index when `index` is set (a document must then bring one).
 */
export function toDocument(input: MarkdownInput, locale: Locale | undefined, index = false): PolicyDocument {
  return documentFor(input, locale, MarkdownOptionsError, { index });
}
