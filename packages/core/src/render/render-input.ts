import type { Policy } from "../model/resolved.js";
import { compose } from "../compose/compose.js";
import type { PolicyDocument, PolicySection } from "../compose/document.js";
import { sectionIdPattern } from "../compose/ids.js";
import { locales, type Locale } from "../taxonomy/index.js";
import type { OptionsErrorClass } from "./options-error.js";

/** What a renderer takes: a validated policy, or a document composed from one. */
export type RenderInput = Policy | PolicyDocument;

/** A `PolicyDocument` has `meta.language` and `sections`; a `Policy` has `controller` and `services`. */
export function isPolicyDocument(input: unknown): input is PolicyDocument {
  if (!isObject(input)) return false;
  const { meta, sections } = input as { meta?: unknown; sections?: unknown };
  return isObject(meta) && typeof (meta as { language?: unknown }).language === "string" && Array.isArray(sections);
}

/** Internal to core/render (`policyDocuments` tells the two inputs apart too). */
export function isPolicy(input: unknown): input is Policy {
  if (!isObject(input)) return false;
  const { controller, services } = input as { controller?: unknown; services?: unknown };
  return isObject(controller) && Array.isArray(services);
}

/**
 * The document a renderer renders: a `PolicyDocument` as given (in one of `locales`, which
 * `locale`, if set, must be; its section ids are checked, see `sectionIdPattern`), a `Policy`
 * composed in `locale` (then required), with its index when `options.index` is set (a
 * `PolicyDocument` must then bring one). A wrong `locale` or `index` is thrown as the renderer's own
 * options error (`ErrorClass`, naming the option); input that is neither, or a document in another
 * language, is a TypeError.
 */
export function documentFor(
  input: RenderInput,
  locale: Locale | undefined,
  ErrorClass: OptionsErrorClass,
  options: { readonly index?: boolean } = {},
): PolicyDocument {
  const index = options.index ?? false;
  if (isPolicyDocument(input)) {
    checkSectionIds([...input.sections, ...(Array.isArray(input.index) ? input.index : [])]);
    const language: unknown = input.meta.language;
    if (!(locales as readonly unknown[]).includes(language)) {
      throw new TypeError(`the document's language must be one of ${locales.join(", ")}, got ${JSON.stringify(language)}`);
    }
    if (locale !== undefined && locale !== input.meta.language) {
      throw new ErrorClass(
        "locale",
        `locale must match the document's language: got ${JSON.stringify(locale)}, the document is in ${JSON.stringify(input.meta.language)}`,
      );
    }
    if (index && input.index === undefined) {
      throw new ErrorClass("index", "index needs the document's index: pass the Policy, or a document from compose(policy, { locale, index: true })");
    }
    return input;
  }
  if (isPolicy(input)) {
    if (locale === undefined) throw new ErrorClass("locale", "locale is required to render a Policy: say which language to compose it in (en or de)");
    return compose(input, { locale, index });
  }
  throw notRenderInput();
}

/** Internal to core/render: the error for input that is neither a `Policy` nor a `PolicyDocument`. */
export function notRenderInput(): TypeError {
  return new TypeError("input must be a Policy (from parsePolicy or loadPolicy) or a PolicyDocument (from compose)");
}

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
