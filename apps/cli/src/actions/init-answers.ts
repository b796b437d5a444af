import { catalog, searchCatalog, type CatalogId } from "@policy/catalog";
import { countryCodes, countryName, defaultLocales, EmailSchema, locales, suggest, type CountryCode, type Locale } from "@policy/core";

/** What `policy init` needs to know to write a starter policy. */
export interface InitAnswers {
  /** The controller's full legal name, exactly as given. */
  readonly company: string;
  readonly street: string;
  /** Absent where the address has none (some countries use no postal codes). */
  readonly postalCode: string | undefined;
  readonly city: string;
  readonly country: CountryCode;
  /** Where people write about their data: the controller's e-mail. */
  readonly email: string;
  /** The policy's languages, the first one first. */
  readonly locales: readonly Locale[];
  /** Catalog entries, one service each; empty for an in-house starting point. */
  readonly services: readonly CatalogId[];
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** One answer: the flag that gives it, the question that asks for it, and how it is checked. */
export interface Question<K extends keyof InitAnswers = keyof InitAnswers> {
  readonly key: K;
  readonly flag: `--${string}`;
  readonly prompt: string;
  /** Taken for an empty answer, and for a missing flag with --yes or without a terminal. Absent: the answer is required. */
  readonly fallback?: { readonly value: InitAnswers[K]; readonly shown: string };
  /** Checks a non-empty answer; free text is kept exactly as written, codes are normalised. */
  readonly check: (raw: string) => Checked<InitAnswers[K]>;
}

type AnyQuestion = { [K in keyof InitAnswers]: Question<K> }[keyof InitAnswers];

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(reason: string): Checked<T> => ({ ok: false, reason });

const text = (raw: string): Checked<string> => ok(raw);

/** In the order they are asked. */
export const questions: readonly AnyQuestion[] = [
  { key: "company", flag: "--company", prompt: "Company or organisation (its full legal name)", check: text },
  { key: "street", flag: "--street", prompt: "Street and number", check: text },
  { key: "postalCode", flag: "--postal-code", prompt: "Postal code", fallback: { value: undefined, shown: "none" }, check: text },
  { key: "city", flag: "--city", prompt: "City", check: text },
  { key: "country", flag: "--country", prompt: "Country (two-letter ISO code, like DE, AT or GB)", check: checkCountry },
  { key: "email", flag: "--email", prompt: "E-mail address for questions about privacy", check: checkEmail },
  {
    key: "locales",
    flag: "--locales",
    prompt: `Languages of the policy: ${locales.join(", ")} or all`,
    fallback: { value: defaultLocales, shown: defaultLocales.join(", ") },
    check: checkLocales,
  },
  {
    key: "services",
    flag: "--services",
    prompt: "Services you use from the catalog, comma-separated (like zoom, stripe; empty for none)",
    fallback: { value: [], shown: "none" },
    check: checkServices,
  },
];

/**
 * Checks one answer as typed or given as a flag. A blank answer takes the question's fallback,
 * and is refused where there is none.
 */
export function checkAnswer<K extends keyof InitAnswers>(question: Question<K>, raw: string): Checked<InitAnswers[K]> {
  if (raw.trim() === "") return question.fallback === undefined ? fail("cannot be empty") : ok(question.fallback.value);
  return question.check(raw);
}

export function checkCountry(raw: string): Checked<CountryCode> {
  const written = raw.trim();
  const code = written.toUpperCase();
  if ((countryCodes as readonly string[]).includes(code)) return ok(code as CountryCode);
  const meant = countryMeant(written);
  const hint = meant === undefined ? " (two letters, like DE, AT or GB)" : `; did you mean "${meant}"?`;
  return fail(`"${written}" is not an ISO 3166-1 alpha-2 country code${hint}`);
}

/** The code for a country written by name ("Germany", "Deutschland"), or the usual slip "UK". */
function countryMeant(written: string): CountryCode | undefined {
  const name = written.toLowerCase();
  if (name === "uk") return "GB";
  return countryCodes.find((code) => locales.some((locale) => countryName(code, locale).toLowerCase() === name));
}

export function checkEmail(raw: string): Checked<string> {
  const address = raw.trim();
  return EmailSchema.safeParse(address).success ? ok(address) : fail(`"${address}" is not an e-mail address`);
}

const choose = `choose ${locales.join(", ")} or all`;

export function checkLocales(raw: string): Checked<readonly Locale[]> {
  const chosen: Locale[] = [];
  for (const word of raw
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((part) => part !== "")) {
    // "both" is what this question offered while there were two languages, English and German.
    const wanted = word === "all" ? locales : word === "both" ? ["en", "de"] : [word];
    for (const locale of wanted) {
      if (!(locales as readonly string[]).includes(locale)) return fail(`"${locale}" is not a language policy writes in; ${choose}`);
      if (!chosen.includes(locale as Locale)) chosen.push(locale as Locale);
    }
  }
  return chosen.length === 0 ? fail(choose) : ok(chosen);
}

export function checkServices(raw: string): Checked<readonly CatalogId[]> {
  const ids = raw
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== "");
  const known = ids.filter((id): id is CatalogId => Object.hasOwn(catalog, id));
  const unknown = ids.filter((id) => !Object.hasOwn(catalog, id));
  if (unknown.length === 0) return ok([...new Set(known)]);
  const find = "`policy catalog search <word>` finds services by name or kind";
  if (unknown.length === 1) {
    const id = unknown[0]!;
    return fail(`"${id}" is not in the catalog${hintFor(id, "; did you mean ", "?")}; ${find}`);
  }
  return fail(`not in the catalog: ${unknown.map((id) => `"${id}"${hintFor(id, " (did you mean ", "?)")}`).join(", ")}; ${find}`);
}

/**
 * Entries whose name, alias or kind matches ("google analytics", "video"), else the id a typo
 * most likely meant ("zom"). Matches come first: "video" means the video services, not "vimeo".
 */
function hintFor(id: string, before: string, after: string): string {
  const found = searchCatalog(id)
    .slice(0, 3)
    .map((entry) => `"${entry.id}"`);
  if (found.length > 0) return `${before}${found.length === 1 ? found[0] : `${found.slice(0, -1).join(", ")} or ${found.at(-1)}`}${after}`;
  const near = suggest(id, Object.keys(catalog));
  return near === undefined ? "" : `${before}"${near}"${after}`;
}
