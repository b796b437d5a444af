import type { PhrasingContent } from "mdast";
import { isoDurationPattern } from "../model/scalars.js";
import type { Locale } from "../taxonomy/index.js";
import { inline, plain, text, type Inline } from "./inline.js";

/**
 * Dates, lists and durations, formatted with Intl for the document's language. English follows
 * British conventions ("1 December 2026", "a, b and c"), like the taxonomy's labels; German is
 * de-DE. Every value comes from the policy (never the clock) and dates are read and written in
 * UTC, so the same policy gives the same text on every machine and in every time zone.
 */
const intlLocales: Readonly<Record<Locale, string>> = { en: "en-GB", de: "de-DE", es: "es-ES", nl: "nl-NL", pl: "pl-PL", fr: "fr-FR", it: "it-IT" };

// Creating Intl formatters loads locale data: keep one per locale and option set.
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** Where a language writes the first of a month as an ordinal, which Intl does not: "1er décembre 2026", "1° dicembre 2026". */
const firstOfMonth: Partial<Record<Locale, string>> = { fr: "1er", it: "1°" };

/**
 * An ISO date (YYYY-MM-DD) as "1 December 2026" / "1. Dezember 2026"; with `intlLocale` as a
 * country writes it in that language ("de-AT": "1. Jänner 2027").
 */
export function formatDate(iso: string, locale: Locale, intlLocale = intlLocales[locale]): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new RangeError(`not an ISO date (YYYY-MM-DD): "${iso}"`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const format = cached(`date:${intlLocale}`, () => new Intl.DateTimeFormat(intlLocale, { dateStyle: "long", timeZone: "UTC" }));
  const formatted = format.format(date);
  const first = firstOfMonth[locale];
  return first === undefined ? formatted : formatted.replace(/^1 /u, `${first} `);
}

/**
 * How a list reads: "and" in a sentence ("a, b and c"); "or" for alternatives; "short" for a list
 * that stands on its own, after a label or in a table cell ("a, b, c" in English).
 */
export type ListStyle = "and" | "or" | "short";

function listFormat(locale: Locale, style: ListStyle): Intl.ListFormat {
  return cached(`list:${locale}:${style}`, () =>
    style === "or"
      ? new Intl.ListFormat(intlLocales[locale], { type: "disjunction" })
      : new Intl.ListFormat(intlLocales[locale], { type: "conjunction", style: style === "short" ? "narrow" : "long" }),
  );
}

/** A list of strings: "Germany and United States" / "Deutschland und Vereinigte Staaten". */
export function formatList(items: readonly string[], locale: Locale, style: ListStyle = "and"): string {
  return plain(
    formatInlineList(
      items.map((item) => [text(item)]),
      locale,
      style,
    ),
  );
}

/**
 * A list of runs, joined the way `formatList` joins strings. The items stay nodes (links, text
 * marked as untranslated), only the separators are new text.
 */
export function formatInlineList(items: readonly Inline[], locale: Locale, style: ListStyle = "and"): PhrasingContent[] {
  // Format placeholders, then put each item where its placeholder came out.
  const parts = listFormat(locale, style).formatToParts(items.map((_, index) => `\u0000${index}\u0000`));
  const lastJoin = lastJoins[locale](items.map(plain), style);
  return inline(
    ...parts.map((part, index) => {
      const placeholder = /^\u0000(\d+)\u0000$/.exec(part.value);
      if (part.type === "element" && placeholder !== null) return items[Number(placeholder[1])] ?? [];
      return lastJoin !== undefined && index === parts.length - 2 ? lastJoin(part.value) : part.value;
    }),
  );
}

/**
 * Each language's own rule for the word before the last item, where Intl's does not read well;
 * undefined keeps Intl's. A new language must say whether it has one.
 */
type LastJoin = (items: readonly string[], style: ListStyle) => ((separator: string) => string) | undefined;

/**
 * Joins the last item with `instead` where an item has an `and` of its own, so the list stays
 * readable: "Kundinnen und Kunden sowie Beschäftigte", not "Kundinnen und Kunden und Beschäftigte".
 */
function insteadOfRepeated(and: string, instead: string): LastJoin {
  const word = new RegExp(`(^|\\s)${and}(\\s|$)`, "u");
  return (items, style) =>
    style !== "or" && items.length > 1 && items.some((item) => word.test(item))
      ? (separator) => separator.replace(word, `$1${instead}$2`)
      : undefined;
}

const lastJoins: Readonly<Record<Locale, LastJoin>> = {
  en: () => undefined,
  de: insteadOfRepeated("und", "sowie"),
  fr: insteadOfRepeated("et", "ainsi que"),
  it: insteadOfRepeated("e", "nonché"),
  // Spanish writes "e" for "y" before a word that starts with the sound /i/ ("España e Irlanda",
  // but "y hielo"), and "u" for "o" before /o/ ("siete u ocho"). Intl does this itself, but here it
  // sees only placeholders, so the rule is applied to the last item's own text.
  es: (items, style) => {
    const last = items.at(-1) ?? "";
    if (style === "or") return /^(?:h?[oóOÓ]|8|11\b)/u.test(last) ? (separator) => separator.replace(/\bo\b/, "u") : undefined;
    return /^h?[iíIÍ](?![aeouáéóú])/u.test(last) ? (separator) => separator.replace(/\by\b/, "e") : undefined;
  },
  nl: insteadOfRepeated("en", "alsmede"),
  pl: insteadOfRepeated("i", "oraz"),
};

const durationUnits = ["year", "month", "week", "day", "hour", "minute", "second"] as const;

/**
 * An ISO 8601 duration in words: P30D is "30 days" / "30 Tage", P1Y6M "1 year and 6 months" /
 * "1 Jahr und 6 Monate", PT12H "12 hours". The German forms are nominative/accusative ("für 30
 * Tage", "30 Tage lang"); messages must not put them after a preposition that takes the dative.
 */
export function formatDuration(iso: string, locale: Locale): string {
  if (!isoDurationPattern.test(iso)) throw new RangeError(`not an ISO 8601 duration: "${iso}"`);
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso)!;
  const given = durationUnits
    .map((unit, index) => ({ unit, value: match[index + 1] }))
    .filter((part): part is { unit: (typeof durationUnits)[number]; value: string } => part.value !== undefined);
  // "P0D" still says something: keep zero parts only when every part is zero.
  const nonZero = given.filter((part) => Number(part.value) !== 0);
  const parts = nonZero.length > 0 ? nonZero : given.slice(-1);
  const words = parts.map(({ unit, value }) =>
    cached(`unit:${locale}:${unit}`, () => new Intl.NumberFormat(intlLocales[locale], { style: "unit", unit, unitDisplay: "long" })).format(
      Number(value),
    ),
  );
  return formatList(words, locale, "and");
}
