import { homeLawOf, textLawOf } from "../model/data-protection-law.js";
import type { Policy } from "../model/resolved.js";
import type { CountryCode, Locale } from "../taxonomy/index.js";
import { swissSpelling } from "./spelling.js";

/**
 * The rules on storing and reading information on a device (Art. 5(3) ePrivacy Directive) as the
 * text cites them: a country's own provision where we know it, else the Directive.
 */
export const cookieRules = ["tdddg", "tkg-at", "tw-nl", "loi-fr", "codice-it", "lssi-es", "pke-pl", "eprivacy", "pecr", "fmg"] as const;
export type CookieRule = (typeof cookieRules)[number];

/**
 * The cookie rules that let some statistics rest on less than consent: PECR's Schedule A1
 * (information and a means to object), Art. 45c FMG (information and a right to refuse, for any
 * use) and art. 11.7a(3)(b) Telecommunicatiewet (the quality or effectiveness of the service,
 * with little or no effect on privacy). The ePrivacy Directive, the TDDDG and the TKG 2021 do not.
 */
export const statisticsRules = ["pecr", "fmg", "tw-nl"] as const satisfies readonly CookieRule[];
export type StatisticsRule = (typeof statisticsRules)[number];

export function allowsStatistics(rule: CookieRule): rule is StatisticsRule {
  return (statisticsRules as readonly CookieRule[]).includes(rule);
}

/** The national data protection acts that supplement the GDPR or the UK GDPR, as far as the text names them. */
export const nationalActs = ["bdsg", "dsg-at", "dpa-2018", "loi-78-17", "codice-privacy", "lopdgdd", "uavg", "ustawa-odo-2018"] as const;
export type NationalAct = (typeof nationalActs)[number];

/** What the law and usage of the controller's country add to the text. */
interface CountryLaw {
  readonly cookieRule: CookieRule;
  readonly nationalAct?: NationalAct;
  /** Where the country writes dates its own way in a language: Austria's "Jänner". */
  readonly dateLocales?: Partial<Record<Locale, string>>;
  /** Where the country spells a language its own way: Switzerland's German, "ss" for "ß". */
  readonly spelling?: Partial<Record<Locale, (text: string) => string>>;
}

/** The countries whose own law the text knows: one row each, as the table of country layers. */
const countryLaws: Partial<Record<CountryCode, CountryLaw>> = {
  DE: { cookieRule: "tdddg", nationalAct: "bdsg" },
  AT: { cookieRule: "tkg-at", nationalAct: "dsg-at", dateLocales: { de: "de-AT" } },
  NL: { cookieRule: "tw-nl", nationalAct: "uavg" },
  // Art. 82 Loi n° 78-17 (Informatique et Libertés); art. 122(1) Codice (d.lgs. 196/2003); art. 22.2
  // LSSI (Ley 34/2002); art. 399 PKE (ustawa z dnia 12 lipca 2024 r. – Prawo komunikacji elektronicznej,
  // Dz.U. 2024 poz. 1221, ISAP WDU20240001221; in force since 10 November 2024). The PKE's date and
  // number are as several independent Polish texts cite them; the official ISAP page was not read here.
  // The acts that supplement the GDPR: the loi n° 78-17 as recast by ordonnance n° 2018-1125, the
  // Codice as amended by d.lgs. 101/2018, the LOPDGDD, the UAVG, and Poland's ustawa z dnia 10 maja
  // 2018 r. o ochronie danych osobowych (Dz.U. 2018 poz. 1000).
  FR: { cookieRule: "loi-fr", nationalAct: "loi-78-17" },
  IT: { cookieRule: "codice-it", nationalAct: "codice-privacy" },
  ES: { cookieRule: "lssi-es", nationalAct: "lopdgdd" },
  PL: { cookieRule: "pke-pl", nationalAct: "ustawa-odo-2018" },
  GB: { cookieRule: "pecr", nationalAct: "dpa-2018" },
  CH: { cookieRule: "eprivacy", spelling: { de: swissSpelling } },
};

type PolicyLaw = Pick<Policy, "jurisdictions" | "controller">;

/**
 * The controller's country's row, where the text is written under that country's data protection
 * law: a UK company writing under the GDPR for readers in the EU does not cite the UK's acts.
 */
function lawOf(policy: PolicyLaw): CountryLaw | undefined {
  const country = policy.controller.address.country;
  return textLawOf(policy.jurisdictions, country) === homeLawOf(country) ? countryLaws[country] : undefined;
}

/**
 * The cookie rule the text cites: PECR under the UK GDPR, Art. 45c FMG under the FADP; else the TDDDG where the policy names
 * it, else the one of the country the controller is established in, else the Directive.
 */
export function cookieRuleOf(policy: PolicyLaw): CookieRule {
  const law = textLawOf(policy.jurisdictions, policy.controller.address.country);
  if (law === "uk-gdpr") return "pecr";
  if (law === "fadp") return "fmg";
  if (policy.jurisdictions.includes("tdddg")) return "tdddg";
  return lawOf(policy)?.cookieRule ?? "eprivacy";
}

/** The national act of the controller's country, where we know it and the text follows its law. */
export function nationalActOf(policy: PolicyLaw): NationalAct | undefined {
  return lawOf(policy)?.nationalAct;
}

/** How the text we write is spelled in a language for the controller's country: Swiss German has no "ß". */
export function spellingOf(policy: Pick<Policy, "controller">, locale: Locale): (text: string) => string {
  return countryLaws[policy.controller.address.country]?.spelling?.[locale] ?? ((text) => text);
}

/** The Intl locale dates are written in for the controller's country, where it differs from the language's own. */
export function dateLocaleOf(policy: Pick<Policy, "controller">, locale: Locale): string | undefined {
  return countryLaws[policy.controller.address.country]?.dateLocales?.[locale];
}
