import { readdirSync, readFileSync } from "node:fs";
import { locales } from "@policy/core";
import { describe, expect, it } from "vitest";

// Each language's terms of art (packages/core/glossary/<locale>.json), checked against what the
// examples' committed renderings say: where the English text uses a term, the text in the other
// language uses the glossary's word for it, and never a variant the glossary rules out.

interface Glossary {
  readonly language: string;
  readonly lawAbbreviation: string;
  readonly terms: readonly {
    readonly en: string;
    readonly article: string;
    readonly term: string;
    readonly forms: readonly string[];
    readonly avoid: readonly string[];
  }[];
}

const glossaryDir = new URL("../../../packages/core/glossary/", import.meta.url);
const outDir = new URL("../out/", import.meta.url);
const glossaries = readdirSync(glossaryDir)
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(new URL(name, glossaryDir), "utf8")) as Glossary);
const rendered = readdirSync(outDir).filter((name) => name.endsWith(".md"));
const read = (name: string) => readFileSync(new URL(name, outDir), "utf8");

/** The terms the issue asks every language to take from the official GDPR text. */
const required = ["controller", "processor", "legitimate interest", "standard contractual clauses", "supervisory authority", "object", "withdraw"];

describe("the glossaries of the GDPR's terms", () => {
  it("exist for every language but English, and only for languages the project offers", () => {
    expect(glossaries.map((g) => g.language).sort()).toEqual(locales.filter((locale) => locale !== "en").sort());
  });

  describe.each(glossaries.map((glossary) => [glossary.language, glossary] as const))("%s", (language, glossary) => {
    const pairs = rendered
      .filter((name) => name.endsWith(`.${language}.md`))
      .map((name) => [name.replace(`.${language}.md`, ".en.md"), name] as const);

    it("name the required terms, each with the article it comes from", () => {
      expect(required.filter((en) => !glossary.terms.some((term) => term.en === en))).toEqual([]);
      for (const term of glossary.terms) expect(term.article).toMatch(/^Art\. \d+/);
    });

    it("are used: where an English rendering says a term, the rendering in the language says one of its forms", () => {
      expect(pairs.length).toBeGreaterThan(0);
      const gaps = pairs.flatMap(([english, translated]) => {
        const [en, text] = [read(english).toLowerCase(), read(translated).toLowerCase()];
        return glossary.terms
          .filter((term) => en.includes(term.en) && !term.forms.some((form) => text.includes(form.toLowerCase())))
          .map((term) => `${translated}: ${term.term}`);
      });
      expect(gaps).toEqual([]);
    });

    it("rule out variants that the renderings never use", () => {
      const found = pairs.flatMap(([, translated]) =>
        glossary.terms.flatMap((term) =>
          term.avoid.filter((variant) => read(translated).includes(variant)).map((variant) => `${translated}: ${variant}`),
        ),
      );
      expect(found).toEqual([]);
    });
  });
});
