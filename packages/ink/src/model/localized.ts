import { chooseText, type Locale, type LocalizedText } from "@policy/core";
import { safeText } from "../text/safe-text.js";

/** A free text from the policy in the viewer's language, safe to print; missing translations fall back as in compose. */
export function localized(value: LocalizedText, locale: Locale): string {
  return safeText(chooseText(value, locale, locale).value);
}
