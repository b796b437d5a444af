import type { DataProtectionLaw } from "../../model/data-protection-law.js";
import type { CountryCode, Locale } from "../../taxonomy/index.js";
import { de, deCh } from "./de.js";
import { deUk } from "./de-uk.js";
import { deFadp } from "./de-fadp.js";
import { en } from "./en.js";
import { enFadp } from "./en-fadp.js";
import { enUk } from "./en-uk.js";
import type { Messages } from "./messages.js";

const byLaw: Readonly<Record<DataProtectionLaw, Readonly<Record<Locale, Messages>>>> = {
  gdpr: { en, de },
  "uk-gdpr": { en: enUk, de: deUk },
  // Swiss spelling always: a text under the FADP is written for readers in Switzerland.
  fadp: { en: enFadp, de: deFadp },
};

/**
 * The messages of a language, for a text written under the given law (the GDPR unless said), in
 * the spelling of the controller's country where it has its own: Switzerland's German (a text under
 * the FADP is always so spelled, being written for readers there).
 */
export function messagesFor(locale: Locale, law: DataProtectionLaw = "gdpr", country?: CountryCode): Messages {
  if (country === "CH" && locale === "de" && law === "gdpr") return deCh;
  return byLaw[law][locale];
}
