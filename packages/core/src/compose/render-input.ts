import type { Locale } from "../taxonomy/index.js";
import type { Policy } from "../model/resolved.js";
import { compose } from "./compose.js";
import type { PolicyDocument } from "./document.js";

/** What a renderer takes: a validated policy, or a document composed from one. */
export type RenderInput = Policy | PolicyDocument;

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

/**
 * The document a renderer renders: a `PolicyDocument` as given (`locale`, if set, must be its
 * language), a `Policy` composed in `locale` (then required). A wrong `locale` is reported through
 * `localeError`, so each renderer throws its own options error; input that is neither is a TypeError.
 */
export function documentFor(input: RenderInput, locale: Locale | undefined, localeError: (message: string) => Error): PolicyDocument {
  if (isPolicyDocument(input)) {
    if (locale !== undefined && locale !== input.meta.language) {
      throw localeError(
        `locale must match the document's language: got ${JSON.stringify(locale)}, the document is in ${JSON.stringify(input.meta.language)}`,
      );
    }
    return input;
  }
  if (isPolicy(input)) {
    if (locale === undefined) throw localeError("locale is required to render a Policy: say which language to compose it in (en or de)");
    return compose(input, { locale });
  }
  throw new TypeError("input must be a Policy (from parsePolicy or loadPolicy) or a PolicyDocument (from compose)");
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}
