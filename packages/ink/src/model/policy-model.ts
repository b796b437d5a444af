import { compose, type Locale, type Policy, type PolicyDocument } from "@policy/core";
import { messagesFor, type Messages } from "../messages/index.js";
import { blockLines } from "../text/block-lines.js";
import type { Line } from "../text/line.js";
import { noPrefix } from "../text/wrap.js";
import { dataAnswer, dataChoices, type DataChoice } from "./data-answer.js";
import { navigation, type NavEntry } from "./navigation.js";
import { matchingEntries } from "./search.js";
import { transferCountries, transfersAnswer, type CountryChoice } from "./transfers-answer.js";

/** A list the data and transfers views pick from, and the lines of the answer for each choice. */
export interface Picker {
  readonly labels: readonly string[];
  /** The stable key of each choice (a data category id, a country code), the same in every language. */
  readonly keys: readonly string[];
  lines(index: number, width: number): readonly Line[];
}

/**
 * Everything the viewer shows in one language, computed when first needed and then kept: the
 * composed document and its navigation, and the data and transfers answers per choice and width.
 */
export class LocaleModel {
  readonly locale: Locale;
  readonly messages: Messages;
  readonly document: PolicyDocument;
  readonly entries: readonly NavEntry[];
  readonly #policy: Policy;
  #data: Picker | undefined;
  #transfers: Picker | undefined;
  readonly #matches = new Map<string, readonly number[]>();

  constructor(policy: Policy, locale: Locale) {
    this.#policy = policy;
    this.locale = locale;
    this.messages = messagesFor(locale);
    this.document = compose(policy, { locale });
    this.entries = navigation(this.document);
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

  get data(): Picker {
    this.#data ??= picker(dataChoices(this.#policy, this.locale), (choice) => choice.id, (choice) =>
      dataAnswer(this.#policy, choice.id, this.locale, this.messages),
    );
    return this.#data;
  }

  get transfers(): Picker {
    this.#transfers ??= picker(transferCountries(this.#policy, this.locale), (choice) => choice.code, (choice) =>
      transfersAnswer(this.#policy, choice.code, this.locale, this.messages),
    );
    return this.#transfers;
  }
}

function picker<Choice extends DataChoice | CountryChoice>(
  choices: readonly Choice[],
  key: (choice: Choice) => string,
  answer: (choice: Choice) => ReturnType<typeof dataAnswer>,
): Picker {
  const cache = new Map<string, readonly Line[]>();
  return {
    labels: choices.map((choice) => choice.label),
    keys: choices.map(key),
    lines(index, width) {
      const choice = choices[index];
      if (choice === undefined) return [];
      const cacheKey = `${index}:${width}`;
      let lines = cache.get(cacheKey);
      if (lines === undefined) {
        lines = blockLines(answer(choice), { width: Math.max(10, width), prefix: noPrefix, style: 0 });
        cache.set(cacheKey, lines);
      }
      return lines;
    },
  };
}

/**
 * The policy in each language, composed the first time the language is shown and never again.
 * Composing takes about a second for 2,000 services, so the viewer draws a frame first and calls
 * `forLocale` on the next turn of the event loop; until then `composed` says the language is not there.
 */
export class PolicyModel {
  readonly policy: Policy;
  readonly #locales = new Map<Locale, LocaleModel>();

  constructor(policy: Policy) {
    this.policy = policy;
  }

  /** The language's model if it has been composed, else null; never composes. */
  composed(locale: Locale): LocaleModel | null {
    return this.#locales.get(locale) ?? null;
  }

  /** The language's model, composing it if this is the first time. */
  forLocale(locale: Locale): LocaleModel {
    let model = this.#locales.get(locale);
    if (model === undefined) {
      model = new LocaleModel(this.policy, locale);
      this.#locales.set(locale, model);
    }
    return model;
  }
}
