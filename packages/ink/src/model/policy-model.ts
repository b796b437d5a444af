import type { Locale, PolicyDocument, PolicyDocuments } from "@policy/core/render";
import { messagesFor, type Messages } from "../messages/index.js";
import { indexPicker, type IndexView, type Picker } from "./index-picker.js";
import { navigation, type NavEntry } from "./navigation.js";
import { matchingEntries, prepareSearch } from "./search.js";

/**
 * Everything the viewer shows in one language, computed when first needed and then kept: the
 * composed document with its index, its navigation and search texts, and the index views. It reads only the
 * document: every word of the policy, the data and the transfers answers included, is compose's.
 */
export class LocaleModel {
  readonly locale: Locale;
  readonly messages: Messages;
  readonly document: PolicyDocument;
  readonly entries: readonly NavEntry[];
  readonly #pickers = new Map<IndexView, Picker>();
  readonly #matches = new Map<string, readonly number[]>();

  constructor(document: PolicyDocument) {
    this.document = document;
    this.locale = document.meta.language;
    this.messages = messagesFor(this.locale);
    this.entries = navigation(document);
    prepareSearch(this.entries);
  }

  /** The entries that contain the query, kept per query: n and N ask again on every press. */
  matchingEntries(query: string): readonly number[] {
    let found = this.#matches.get(query);
    if (found === undefined) {
      found = matchingEntries(this.entries, query);
      // Typing a query asks for every prefix of it: keep the last few, not every string ever typed.
      if (this.#matches.size >= 16) this.#matches.delete(this.#matches.keys().next().value as string);
      this.#matches.set(query, found);
    }
    return found;
  }

  /** The data (`d`) or transfers (`t`) view: the document's index as a list to pick from. */
  index(view: IndexView): Picker {
    let picker = this.#pickers.get(view);
    if (picker === undefined) {
      picker = indexPicker(this.document.index ?? [], view);
      this.#pickers.set(view, picker);
    }
    return picker;
  }
}

/**
 * The policy in each language, composed (with its index) the first time the language is shown and
 * never again. Composing takes about a second for 2,000 services, so the viewer draws a frame first
 * and calls `forLocale` on the next turn of the event loop; until then `composed` says the language
 * is not there.
 */
export class PolicyModel {
  readonly documents: PolicyDocuments;
  readonly #locales = new Map<Locale, LocaleModel>();

  constructor(documents: PolicyDocuments) {
    this.documents = documents;
  }

  /** The language's model if it has been composed, else null; never composes. */
  composed(locale: Locale): LocaleModel | null {
    return this.#locales.get(locale) ?? null;
  }

  /** The language's model, composing it if this is the first time. */
  forLocale(locale: Locale): LocaleModel {
    let model = this.#locales.get(locale);
    if (model === undefined) {
      model = new LocaleModel(this.documents.document(locale));
      this.#locales.set(locale, model);
    }
    return model;
  }
}
