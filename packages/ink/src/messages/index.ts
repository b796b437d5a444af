import { compareTexts, type Locale, type TextCoverage } from "@policy/core/render";
import { de } from "./de.js";
import { en } from "./en.js";
import { nl } from "./nl.js";
import type { Messages } from "./messages.js";

export type { Messages } from "./messages.js";

/** A record over every locale core knows: a new locale without a messages file fails the typecheck. */
const byLocale: Readonly<Record<Locale, Messages>> = { en, de, nl };

export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}

/** How much of the viewer's text a language has (for `policy locales`). */
export function viewerCoverage(locale: Locale): TextCoverage {
  // English and German are the source languages: written, not translated. The keys in the help
  // (its first column) are named as the keyboard names them, which in some languages is English.
  return compareTexts({ en, de, target: byLocale[locale] }, (_, path) => locale === "en" || locale === "de" || /^help\.keys\.\d+\.0$/.test(path));
}
