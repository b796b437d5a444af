import type { Locale } from "../taxonomy/index.js";
import type { Policy } from "../model/resolved.js";
import { compose } from "./compose.js";
import type { PolicyDocument, PolicySection } from "./document.js";

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
 * language; its section ids are checked, see `sectionIdPattern`), a `Policy` composed in `locale`
 * (then required), with its index when `options.index` is set. A wrong `locale` is reported through
 * `localeError`, so each renderer throws its own options error; input that is neither is a TypeError.
 */
export function documentFor(
  input: RenderInput,
  locale: Locale | undefined,
  localeError: (message: string) => Error,
  options: { readonly index?: boolean } = {},
): PolicyDocument {
  if (isPolicyDocument(input)) {
    checkSectionIds([...input.sections, ...(Array.isArray(input.index) ? input.index : [])]);
    if (locale !== undefined && locale !== input.meta.language) {
      throw localeError(
        `locale must match the document's language: got ${JSON.stringify(locale)}, the document is in ${JSON.stringify(input.meta.language)}`,
      );
    }
    return input;
  }
  if (isPolicy(input)) {
    if (locale === undefined) throw localeError("locale is required to render a Policy: say which language to compose it in (en or de)");
    return compose(input, { locale, index: options.index ?? false });
  }
  throw new TypeError("input must be a Policy (from parsePolicy or loadPolicy) or a PolicyDocument (from compose)");
}

/**
 * Section ids as compose makes them: lower-case letters, digits and hyphens, starting and ending
 * with a letter or digit ("rights", "service-video-meetings", "service-video-meetings--data").
 * Renderers make them anchors and element ids, and may derive ids of their own with other characters
 * (an underscore, say) that can then never collide with a section's.
 */
export const sectionIdPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Every id (of the text and of the index) must match `sectionIdPattern` and be unique, or links into the policy would break or be ambiguous. */
function checkSectionIds(sections: readonly PolicySection[]): void {
  const seen = new Set<string>();
  const visit = (section: PolicySection): void => {
    if (typeof section.id !== "string" || !sectionIdPattern.test(section.id)) {
      throw new TypeError(`section id must be lower-case letters, digits and hyphens, got ${JSON.stringify(section.id)}`);
    }
    if (seen.has(section.id)) throw new TypeError(`section ids must be unique: ${JSON.stringify(section.id)} appears twice`);
    seen.add(section.id);
    section.sections.forEach(visit);
  };
  sections.forEach(visit);
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}
