import { readFileSync } from "node:fs";
import { catalogTexts, translatedLocales, type Locale, type Processor } from "@policy/core";

/**
 * The catalog is written in English and German, in its entry files. Every further language is one
 * file, translations/<locale>.json, whose rows give a text in that language for the English and
 * German it translates. A row is found by both: when either source text changes, the row no
 * longer matches, and the text counts as untranslated again rather than going out of date unseen.
 */
export interface TranslationRow {
  readonly en: string;
  readonly de: string;
  readonly [locale: string]: string;
}

export type TranslationTable = ReadonlyMap<string, string>;

const keyOf = (en: string, de: string): string => `${en}\u0000${de}`;

// The languages translated from the entry files' English and German: core's list.
export { translatedLocales };

/** The rows of a language's file; none where there is no file yet. */
export function translationRows(locale: Locale): readonly TranslationRow[] {
  const file = new URL(`../translations/${locale}.json`, import.meta.url);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const parsed = JSON.parse(text) as { readonly texts?: readonly TranslationRow[] };
  return parsed.texts ?? [];
}

/** A language's rows as a table from its English and German to its text. */
export function tableOf(rows: readonly TranslationRow[], locale: Locale): TranslationTable {
  return new Map(rows.flatMap((row) => (typeof row[locale] === "string" && row[locale] !== "" ? [[keyOf(row.en, row.de), row[locale]]] : [])));
}

const tables: ReadonlyMap<Locale, TranslationTable> = new Map(translatedLocales.map((locale) => [locale, tableOf(translationRows(locale), locale)]));

/** The entry with each of its texts given in every language its translations have. */
export function translated(entry: Processor, from: ReadonlyMap<Locale, TranslationTable> = tables): Processor {
  const copy = structuredClone(entry);
  for (const { text } of catalogTexts(copy)) {
    if (text.en === undefined || text.de === undefined) continue;
    const target = text as Partial<Record<Locale, string>>;
    for (const [locale, table] of from) {
      const value = target[locale] ?? table.get(keyOf(text.en, text.de));
      if (value !== undefined) target[locale] = value;
    }
  }
  return copy;
}
