import type { PhrasingContent, Text } from "mdast";
import type { LocalizedText } from "../model/localized-text.js";
import { supplementaryLawOf, textLawOf, type DataProtectionLaw } from "../model/data-protection-law.js";
import type { Policy, Service } from "../model/resolved.js";
import { countryName, type CountryCode, type Locale, type Translated } from "../taxonomy/index.js";
import { citationIn } from "./citation.js";
import { dateLocaleOf, spellingOf } from "./country-law.js";
import { underLaw } from "./law-transfers.js";
import { formatDate, formatDuration, formatInlineList, type ListStyle } from "./format.js";
import { inline, text, type Inline, type InlineArg } from "./inline.js";
import { messagesFor } from "./messages/index.js";
import type { Messages } from "./messages/messages.js";
import type { Block } from "./nodes.js";
import { paragraphsOf, withLinks } from "./prose.js";
import { localizedText, plainLanguageOf } from "./text.js";

/** Everything a section needs to write itself in one language. */
export interface Context {
  readonly policy: Policy;
  readonly locale: Locale;
  /** The data protection law the text is written under. */
  readonly law: DataProtectionLaw;
  /**
   * Where a text under the GDPR speaks to readers in Switzerland too: the policy as the FADP sees
   * its transfers (disclosures abroad), for what the text adds for them.
   */
  readonly swiss: Policy | undefined;
  readonly m: Messages;
  /** A term of the taxonomy (a label, a description) in the document's language, as the controller's country spells it. */
  term(text: Translated): string;
  /** A provision's citation in the text's law and language: "Art. 6(1)(f) UK GDPR". */
  cite(concept: { readonly id: string; readonly citation: Translated }): string;
  /** A free text from the policy or the catalog, marked where it is not in `locale`: for names and labels. */
  text(value: LocalizedText): Text;
  /** A free text in running prose: as `text`, with its URLs as links. */
  prose(value: LocalizedText): Inline;
  /** A free text that stands as a block of its own: a paragraph for each of its paragraphs, URLs as links. */
  paragraphs(value: LocalizedText): Block[];
  /** A list of runs joined for the locale ("a, b and c"). */
  list(items: readonly InlineArg[], style?: ListStyle): PhrasingContent[];
  date(iso: string): string;
  duration(iso: string): string;
  country(code: CountryCode): string;
  /** The service's name as the reader sees it. */
  serviceName(service: Service): Text;
  /** A question every service answers: about the product ("What is Zoom?"), or in general words for in-house processing. */
  serviceTitle(service: Service, question: "about" | "purposes" | "data"): Inline;
}

export function createContext(stated: Policy, locale: Locale): Context {
  const law = textLawOf(stated.jurisdictions, stated.controller.address.country);
  // Transfers are what the text's law counts as one: data leaving the EU/EEA, the UK or Switzerland.
  const policy = underLaw(stated, law);
  const swiss = supplementaryLawOf(stated.jurisdictions, stated.controller.address.country) === "fadp" ? underLaw(stated, "fadp") : undefined;
  const plainLang = plainLanguageOf(policy.locales);
  // Swiss German writes "ss" for "ß": the text we write for a controller in Switzerland, not the policy's own.
  const spell = spellingOf(policy, locale);
  const m = messagesFor(locale, law, policy.controller.address.country);
  // Text in another language says so where it stands, in the document's language: a reader of the
  // German text must see that a passage is English because the policy has it only in English.
  const untranslated = (node: Text): Text[] => (node.data?.lang === undefined ? [] : [{ type: "text", value: ` ${m.untranslated[node.data.lang]}` }]);
  const ctx: Context = {
    policy,
    locale,
    law,
    swiss,
    m,
    cite: (concept) => citationIn(law, concept, locale),
    term: (value) => spell(value[locale]),
    text: (value) => localizedText(value, locale, plainLang),
    prose: (value) => {
      const node = localizedText(value, locale, plainLang);
      return [...withLinks(node), ...untranslated(node)];
    },
    paragraphs: (value) => {
      const node = localizedText(value, locale, plainLang);
      const blocks = paragraphsOf(node);
      const last = blocks.at(-1);
      if (last?.type === "paragraph") last.children.push(...untranslated(node));
      return blocks;
    },
    list: (items, style = "and") =>
      formatInlineList(
        items.map((item) => inline(item)),
        locale,
        style,
      ),
    // Dates as the controller's country writes them in the language, where it differs (Austria's "Jänner").
    date: (iso) => formatDate(iso, locale, dateLocaleOf(policy, locale)),
    duration: memoize((iso) => formatDuration(iso, locale)),
    country: memoize((code) => spell(countryName(code, locale))),
    serviceName: (service) => ctx.text(service.name),
    serviceTitle: (service, question) => {
      // Software we run ourselves has a product to name, like a provider's service.
      const product = service.processor ?? service.software;
      return product === null ? m.inHouseTitles[question] : m.serviceTitles[question]([text(product.name)]);
    },
  };
  return ctx;
}

/**
 * The same few durations and countries come up for every service; formatting them once per
 * document keeps compose linear and light on large policies (Intl formatting allocates).
 */
function memoize<Key, Value>(format: (key: Key) => Value): (key: Key) => Value {
  const done = new Map<Key, Value>();
  return (key) => {
    let value = done.get(key);
    if (value === undefined) {
      value = format(key);
      done.set(key, value);
    }
    return value;
  };
}
