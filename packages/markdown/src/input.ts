import { compose, type Locale, type Policy, type PolicyDocument } from "@policy/core";
import { MarkdownOptionsError } from "./options.js";

/** What `toMdast` and `toMarkdown` render: a validated policy, or a document composed from one. */
export type MarkdownInput = Policy | PolicyDocument;

/** A `PolicyDocument` has `meta.language` and `sections`; a `Policy` has `controller` and `services`. */
export function isPolicyDocument(input: unknown): input is PolicyDocument {
  if (!isObject(input)) return false;
  const { meta, sections } = input as { meta?: unknown; sections?: unknown };
  return isObject(meta) && typeof (meta as { language?: unknown }).language === "string" && Array.isArray(sections);
}

function isPolicy(input: unknown): input is Policy {
  if (!isObject(input)) return false;
  const { controller, services } = input as { controller?: unknown; services?: unknown };
  return isObject(controller) && Array.isArray(services);
}

/** The document to render: a `PolicyDocument` as given, a `Policy` composed in `locale`. */
export function toDocument(input: MarkdownInput, locale: Locale | undefined): PolicyDocument {
  if (isPolicyDocument(input)) {
    if (locale !== undefined && locale !== input.meta.language) {
      throw new MarkdownOptionsError(
        "locale",
        `locale must match the document's language: got ${JSON.stringify(locale)}, the document is in ${JSON.stringify(input.meta.language)}`,
      );
    }
    return input;
  }
  if (isPolicy(input)) {
    if (locale === undefined) {
      throw new MarkdownOptionsError("locale", "locale is required to render a Policy: say which language to compose it in (en or de)");
    }
    return compose(input, { locale });
  }
  throw new TypeError("input must be a Policy (from parsePolicy or loadPolicy) or a PolicyDocument (from compose)");
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}
