import { compareTexts, type Locale, type TextCoverage } from "@policy/core/render";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { nl } from "./nl.js";
import { fr } from "./fr.js";
import { it } from "./it.js";

import type { Messages } from "./messages.js";
import { pl } from "./pl.js";

export type { Messages } from "./messages.js";

/** A record over every locale core knows: a new locale without a messages file fails the typecheck. */
const byLocale: Readonly<Record<Locale, Messages>> = { en, de, es, nl, pl, fr, it };

export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}

/**
 * The viewer's texts a language writes as English does, checked by hand: the keys of the help
 * (key names stay as the keyboard prints them: "PgUp PgDn  Space", "Ctrl-U  Ctrl-W") and words
 * that are the language's own ("Sections" in French, "details" in Dutch).
 */
const sameAsEnglish: Readonly<Record<Locale, readonly string[]>> = {
  en: [],
  de: [],
  fr: ["Space page", "Sections"],
  it: [],
  es: [],
  nl: ["Enter details"],
  pl: [],
};
const keyNames = new Set(en.help.keys.map(([keys]) => keys));

/** How much of the viewer's text a language has (for `policy locales`). */
export function viewerCoverage(locale: Locale): TextCoverage {
  // English and German are the source languages: written, not translated.
  const source = locale === "en" || locale === "de";
  return compareTexts({ en, de, target: byLocale[locale] }, (text) => source || keyNames.has(text) || sameAsEnglish[locale].includes(text));
}
