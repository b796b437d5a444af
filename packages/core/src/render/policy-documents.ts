import type { PolicyDocument } from "../compose/document.js";
import type { Locale } from "../taxonomy/index.js";
import type { OptionsErrorClass } from "./options-error.js";
import { documentFor, isPolicy, isPolicyDocument, notRenderInput, type RenderInput } from "./render-input.js";

/** What every language's document copies from the policy into `meta`: known before anything is composed. */
export type DocumentFacts = Pick<PolicyDocument["meta"], "controller" | "version" | "effective">;

/**
 * A policy's documents, one per language, for a renderer that shows more than one language or
 * must draw before composing ends (the terminal viewer). It reads documents only: the `Policy`, if
 * that is what it was given, stays inside.
 */
export interface PolicyDocuments {
  /** The languages to offer, the default first: the policy's `locales`, or a document's one language. */
  readonly languages: readonly Locale[];
  readonly facts: DocumentFacts;
  /**
   * The document in `locale`. From a `Policy` it is composed on every call (keep what it returns);
   * a document is returned as given, and any other `locale` is the renderer's options error.
   */
  document(locale: Locale): PolicyDocument;
}

/**
 * The documents a renderer offers for `input`, checked as `documentFor` checks them (a document
 * given must be in `locale` if that is set, and bring its index if `options.index` is): a wrong
 * document is reported here, before anything is drawn, not when its language is first shown.
 */
export function policyDocuments(
  input: RenderInput,
  locale: Locale | undefined,
  ErrorClass: OptionsErrorClass,
  options: { readonly index?: boolean } = {},
): PolicyDocuments {
  if (isPolicyDocument(input)) {
    const document = documentFor(input, locale, ErrorClass, options);
    const { controller, version, effective } = document.meta;
    return {
      languages: [document.meta.language],
      facts: { controller, version, effective },
      document: (wanted) => documentFor(document, wanted, ErrorClass, options),
    };
  }
  if (isPolicy(input)) {
    const { controller, meta } = input;
    return {
      languages: input.locales,
      facts: { controller: controller.name, version: meta.version, effective: meta.effective },
      document: (wanted) => documentFor(input, wanted, ErrorClass, options),
    };
  }
  throw notRenderInput();
}
