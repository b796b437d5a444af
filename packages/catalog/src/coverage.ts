import { catalogTexts, formatPath, untranslatedTexts, type Locale } from "@policy/core";
import { catalog } from "./catalog.js";

/** A text of an entry that has no translation in a language. */
export interface MissingText {
  readonly entry: string;
  /** Where in the entry: "cookies[0].purpose". */
  readonly path: string;
  readonly en: string;
  readonly de: string;
}

/** How much of the catalog is written in a language. */
export interface CatalogCoverage {
  readonly locale: Locale;
  /** Every text of every entry given per language. */
  readonly total: number;
  readonly translated: number;
  readonly missing: readonly MissingText[];
}

/** How much of the catalog's text a language has, and which texts it lacks, entry by entry. */
export function catalogCoverage(locale: Locale): CatalogCoverage {
  const missing: MissingText[] = [];
  let total = 0;
  for (const [id, entry] of Object.entries(catalog)) {
    total += catalogTexts(entry).length;
    for (const { segments, text } of untranslatedTexts(entry, locale)) {
      missing.push({ entry: id, path: formatPath(segments), en: text.en ?? "", de: text.de ?? "" });
    }
  }
  return { locale, total, translated: total - missing.length, missing };
}
