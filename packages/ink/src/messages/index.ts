import { compareTexts, type Locale, type TextCoverage } from "@policy/core/render";
import { de } from "./de.js";
import { en } from "./en.js";
import type { Messages } from "./messages.js";
import { pl } from "./pl.js";

export type { Messages } from "./messages.js";

/** A record over every locale core knows: a new locale without a messages file fails the typecheck. */
const byLocale: Readonly<Record<Locale, Messages>> = { en, de, pl };

export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}

/**
 * A column of the help that names only keys as keyboards print them ("g  G  Home End", "Ctrl-U
 * Ctrl-W"): the same in a language whose keyboards label them so, not an English text left over.
 */
const keyNames = /^(?:\s*(?:[a-zA-Z?/←→↑↓]|Ctrl-[A-Z]|Home|End|PgUp|PgDn|Tab|Esc|Enter))+\s*$/u;

/** How much of the viewer's text a language has (for `policy locales`). */
export function viewerCoverage(locale: Locale): TextCoverage {
  // English and German are the source languages: written, not translated.
  return compareTexts({ en, de, target: byLocale[locale] }, (text) => locale === "en" || locale === "de" || keyNames.test(text));
}
