import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cliLocales } from "../src/locales.js";
import { runPolicy } from "./run-policy.js";

interface Part {
  readonly total: number;
  readonly translated: number;
  readonly untranslated: readonly string[];
}

describe("policy locales", () => {
  it("reports every language complete in every part: messages, taxonomy, viewer and catalog", async () => {
    const result = await runPolicy(["locales", "--json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as readonly (Record<string, Part> & { locale: string })[];
    expect(report.map((row) => row.locale)).toEqual(cliLocales);
    for (const { locale, ...parts } of report) {
      expect(Object.keys(parts)).toEqual(["messages", "taxonomy", "viewer", "catalog"]);
      for (const [name, part] of Object.entries(parts)) {
        expect({ locale, name, untranslated: part.untranslated }).toEqual({ locale, name, untranslated: [] });
        expect(part.translated).toBe(part.total);
        expect(part.total).toBeGreaterThan(0);
      }
    }
  });

  it("prints a row per language with the share of each part", async () => {
    const lines = (await runPolicy(["locales"])).stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^language +messages +taxonomy +viewer +catalog$/);
    expect(lines.slice(1).map((line) => line.split(/ +/)[0])).toEqual(cliLocales);
    for (const line of lines.slice(1)) expect(line).toMatch(/^[a-z]{2}( +100% \((\d+)\/\2\)){4}$/);
  });

  it("prints what the README's section on languages shows", async () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Languages\n"));
    const shown = /```\n(language[^`]*)```/.exec(section)?.[1];
    expect((await runPolicy(["locales"])).stdout).toBe(shown);
  });

  it("lists what one language lacks, part by part, and refuses a language it does not know", async () => {
    expect((await runPolicy(["locales", "--missing", "de"])).stdout).toMatch(
      /^messages: 100% \(\d+\/\d+\)\ntaxonomy: .*\nviewer: .*\ncatalog: .*\n$/,
    );
    const unknown = await runPolicy(["locales", "--missing", "xx"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("xx");
  });
});
