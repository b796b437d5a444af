import type { Text } from "mdast";
import type { LocalizedText } from "../model/localized-text.js";
import { locales, type Locale } from "../taxonomy/index.js";
import { isolateDirection } from "./bidi.js";

/** A free text in one language, and which language that is. */
export interface Chosen {
  readonly value: string;
  readonly lang: Locale;
}

/**
 * Picks a free text (from the policy or the catalog) for the document's language. A `{ en, de }`
 * text gives its own translation; where that is missing, English stands in (the catalog's
 * language), then any other language it has. A plain string is in `plainLang`: the policy's
 * language when it has only one, English otherwise (a policy in several languages must give every
 * text of its own in each, so a plain string there comes from the catalog).
 */
export function chooseText(value: LocalizedText, locale: Locale, plainLang: Locale): Chosen {
  if (typeof value === "string") return { value, lang: plainLang };
  const order: readonly Locale[] = [locale, "en", ...locales];
  for (const lang of order) {
    const translation = value[lang];
    if (translation !== undefined) return { value: translation, lang };
  }
  // The schema forbids an empty { }; a hand-built Policy could still have one.
  return { value: "", lang: locale };
}

/**
 * The text as an mdast `text` node. Text in another language than the document's is marked with
 * `data: { lang }`, so renderers can flag it as untranslated.
 */
export function localizedText(value: LocalizedText, locale: Locale, plainLang: Locale): Text {
  const chosen = chooseText(value, locale, plainLang);
  const fenced = isolateDirection(chosen.value);
  return chosen.lang === locale ? { type: "text", value: fenced } : { type: "text", value: fenced, data: { lang: chosen.lang } };
}

/** The language plain-string texts of this policy are written in (see `chooseText`). */
export function plainLanguageOf(policyLocales: readonly Locale[]): Locale {
  return policyLocales.length === 1 && policyLocales[0] !== undefined ? policyLocales[0] : "en";
}
