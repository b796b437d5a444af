import { readdirSync } from "node:fs";
import { catalogTexts, type Locale } from "@policy/core";
import { describe, expect, it } from "vitest";
import { catalogCoverage } from "../src/coverage.js";
import { tableOf, translated, translatedLocales, translationRows } from "../src/translations.js";
import { entries } from "./entries.js";

const files = readdirSync(new URL("../translations/", import.meta.url)).filter((name) => name.endsWith(".json"));
/** Every text of every entry as written, by its English and German. */
const sources = new Set(entries.flatMap((entry) => catalogTexts(entry).map(({ text }) => `${text.en}\u0000${text.de}`)));

describe("the catalog's translations (translations/<locale>.json)", () => {
  it("has a file only for a language core offers beyond English and German", () => {
    for (const file of files) expect(translatedLocales).toContain(file.replace(/\.json$/, ""));
  });

  describe.each(translatedLocales.map((locale) => [locale]))("%s", (locale) => {
    const rows = translationRows(locale);

    it("translates texts the entries still have, each once: a row whose English or German changed is stale", () => {
      const stale = rows.filter((row) => !sources.has(`${row.en}\u0000${row.de}`)).map((row) => row.en);
      expect(stale).toEqual([]);
      const keys = rows.map((row) => `${row.en}\u0000${row.de}`);
      expect(keys.length).toBe(new Set(keys).size);
    });

    it("gives every row a text of its own, not the English one", () => {
      const copied = rows.filter(
        (row) => typeof row[locale] !== "string" || row[locale]!.trim() === "" || (row[locale] === row.en && row.en !== row.de),
      );
      expect(copied.map((row) => row.en)).toEqual([]);
    });

    it("has every text of the catalog: the translation report shows 100%", () => {
      expect(catalogCoverage(locale).missing).toEqual([]);
    });
  });

  it("has every text in English and German, the languages the entries are written in", () => {
    for (const locale of ["en", "de"] as const) expect(catalogCoverage(locale).missing).toEqual([]);
  });
});

describe("translated", () => {
  const [entry] = entries;
  const texts = catalogTexts(entry!);
  const [first] = texts;
  // A language of the test's own: the tables are given, not read from translations/.
  const xx = "xx" as Locale;
  const tableFor = (de: string) => new Map([[xx, tableOf([{ en: first!.text.en!, de, xx: "traduit" }], xx)]]);

  it("adds a language's text where a row has the text's English and German, and only there", () => {
    const result = catalogTexts(translated(entry!, tableFor(first!.text.de!)));
    expect(result.map(({ text }) => (text as Record<string, string | undefined>).xx)).toEqual(
      texts.map(({ text }) => (text.en === first!.text.en && text.de === first!.text.de ? "traduit" : undefined)),
    );
  });

  it("finds nothing for a row whose German no longer matches", () => {
    expect(catalogTexts(translated(entry!, tableFor("veraltet"))).map(({ text }) => (text as Record<string, string | undefined>).xx)).toEqual(
      texts.map(() => undefined),
    );
  });

  it("leaves the entry as written untouched", () => {
    const before = structuredClone(entry);
    translated(entry!, tableFor(first!.text.de!));
    expect(entry).toEqual(before);
  });
});
