import { locales, type Locale, type LocalizedText } from "@policy/core";
import { safeText } from "../text/safe-text.js";

/**
 * A free text from the policy in the viewer's language, safe to print. Falls back the way compose
 * does: the text's own translation, then English (the catalog's language), then any language.
 */
export function localized(value: LocalizedText, locale: Locale): string {
  if (typeof value === "string") return safeText(value);
  for (const lang of [locale, "en", ...locales] as const) {
    const text = value[lang];
    if (text !== undefined) return safeText(text);
  }
  return "";
}
