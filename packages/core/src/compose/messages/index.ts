import type { DataProtectionLaw } from "../../model/data-protection-law.js";
import type { Locale } from "../../taxonomy/index.js";
import { de, deCh } from "./de.js";
import { deUk } from "./de-uk.js";
import { en } from "./en.js";
import { enUk } from "./en-uk.js";
import type { Messages } from "./messages.js";

const byLaw: Readonly<Record<DataProtectionLaw, Readonly<Record<Locale, Messages>>>> = {
  gdpr: { en, de },
  "uk-gdpr": { en: enUk, de: deUk },
};

/**
 * The messages of a language, for a text written under the given law (the GDPR unless said), in
 * the spelling of the controller's country where it has its own: Switzerland's German.
 */
export function messagesFor(locale: Locale, law: DataProtectionLaw = "gdpr", region?: "CH"): Messages {
  if (region === "CH" && locale === "de" && law === "gdpr") return deCh;
  return byLaw[law][locale];
}
