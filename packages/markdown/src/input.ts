import { documentFor, type Locale, type PolicyDocument, type RenderInput } from "@policy/core";
import { MarkdownOptionsError } from "./options.js";

/** What `toMdast` and `toMarkdown` render: a validated policy, or a document composed from one. */
export type MarkdownInput = RenderInput;

/** The document to render: a `PolicyDocument` as given, a `Policy` composed in `locale`. */
export function toDocument(input: MarkdownInput, locale: Locale | undefined): PolicyDocument {
  return documentFor(input, locale, (message) => new MarkdownOptionsError("locale", message));
}
