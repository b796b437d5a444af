import { compareTexts, type Locale, type TextCoverage } from "@policy/core/render";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import type { Messages } from "./messages.js";

export type { Messages } from "./messages.js";

/** A record over every locale core knows: a new locale without a messages file fails the typecheck. */
const byLocale: Readonly<Record<Locale, Messages>> = { en, de, es };

export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}

/** How much of the viewer's text a language has (for `policy locales`). */
export function viewerCoverage(locale: Locale): TextCoverage {
  // English and German are the source languages: written, not translated.
  return compareTexts({ en, de, target: byLocale[locale] }, (text) => locale === "en" || locale === "de" || isKeys(text));
}

/**
 * A help line's keys, where a language's keyboard names them as English does ("Ctrl-U  Ctrl-W",
 * "q  Ctrl-C"): keys stay as they are, so the same text is no untranslated one.
 */
function isKeys(text: string): boolean {
  return /^(?:(?:Ctrl-[A-Z]|Enter|Tab|Esc|[a-zA-Z?/←→↑↓])(?:\s+|$))+$/u.test(text);
}
