import type { DataProtectionLaw } from "../../model/data-protection-law.js";
import type { CountryCode, Locale, SourceLocale } from "../../taxonomy/index.js";
import { de, deCh } from "./de.js";
import { deUk } from "./de-uk.js";
import { deFadp } from "./de-fadp.js";
import { en } from "./en.js";
import { enFadp } from "./en-fadp.js";
import { enUk } from "./en-uk.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { it } from "./it.js";
import type { Messages } from "./messages.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";

/** The text under the GDPR, in every language: a language without it fails the typecheck. */
const gdpr: Readonly<Record<Locale, Messages>> = { en, de, es, nl, pl, fr, it };

/**
 * The texts under the UK GDPR and the Swiss FADP, which exist in the source languages only: their
 * readers are in the UK and in Switzerland, and a French or Italian FADP text is work still to do.
 */
const otherLaws: Readonly<Record<Exclude<DataProtectionLaw, "gdpr">, Readonly<Record<SourceLocale, Messages>>>> = {
  "uk-gdpr": { en: enUk, de: deUk },
  // Swiss spelling always: a text under the FADP is written for readers in Switzerland.
  fadp: { en: enFadp, de: deFadp },
};

/** The languages the text under a law is written in. */
export function localesUnder(law: DataProtectionLaw): readonly Locale[] {
  return Object.keys(law === "gdpr" ? gdpr : otherLaws[law]) as Locale[];
}

/**
 * The messages of a language, for a text written under the given law (the GDPR unless said), in
 * the spelling of the controller's country where it has its own: Switzerland's German (a text under
 * the FADP is always so spelled, being written for readers there). Validation refuses a language
 * the law's text is not written in (`language-under-law`), so asking for one is a bug.
 */
export function messagesFor(locale: Locale, law: DataProtectionLaw = "gdpr", country?: CountryCode): Messages {
  if (country === "CH" && locale === "de" && law === "gdpr") return deCh;
  if (law === "gdpr") return gdpr[locale];
  const messages = (otherLaws[law] as Partial<Record<Locale, Messages>>)[locale];
  if (messages === undefined) throw new RangeError(`the text under ${law} is not written in ${locale}`);
  return messages;
}
