import type { Locale } from "../../taxonomy/index.js";
import { de } from "./de.js";
import { en } from "./en.js";
import type { Messages } from "./messages.js";

const byLocale: Readonly<Record<Locale, Messages>> = { en, de };

/** The messages of a language. */
export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}
