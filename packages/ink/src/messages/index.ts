import { compareTexts, isSourceLocale, type Locale, type TextCoverage } from "@policy/core/render";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { it } from "./it.js";
import type { Messages } from "./messages.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";

export type { Messages } from "./messages.js";

/** A record over every locale core knows: a new locale without a messages file fails the typecheck. */
const byLocale: Readonly<Record<Locale, Messages>> = { en, de, es, nl, pl, fr, it };

export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}

/** The keys of the help, which stay as the keyboard prints them in every language: "PgUp PgDn  Space", "Ctrl-U  Ctrl-W". */
const keyNames = new Set(en.help.keys.map(([keys]) => keys));

/** How much of the viewer's text a language has (for `policy locales`). */
export function viewerCoverage(locale: Locale): TextCoverage {
  // The source languages are written, not translated: only a missing text counts there.
  const source = isSourceLocale(locale);
  return compareTexts({ en, de, target: byLocale[locale] }, (text) => source || keyNames.has(text));
}
