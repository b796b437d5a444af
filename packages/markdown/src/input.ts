import { documentFor, type Locale, type PolicyDocument, type RenderInput } from "@policy/core";
import { MarkdownOptionsError } from "./options.js";

/** What `toMdast` and `toMarkdown` render: a validated policy, or a document composed from one. */
export type MarkdownInput = RenderInput;

/**
 * The document to render: a `PolicyDocument` as given, a `Policy` composed in `locale`, with its
 * index when `index` is set (a document must then bring one).
 */
export function toDocument(input: MarkdownInput, locale: Locale | undefined, index = false): PolicyDocument {
  const document = documentFor(input, locale, (message) => new MarkdownOptionsError("locale", message), { index });
  if (index && document.index === undefined) {
    throw new MarkdownOptionsError("index", "index needs the document's index: pass the Policy, or a document from compose(policy, { locale, index: true })");
  }
  return document;
}
