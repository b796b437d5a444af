import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalog } from "@policy/catalog";
import { compose, loadPolicy } from "@policy/core";
import { describe, expect, it } from "vitest";
import { checkAgainstDocument } from "../../../packages/markdown/test/check-against-document.js";

const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const policyBin = fileURLToPath(new URL("../../cli/bin/policy.js", import.meta.url));
const startScript = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: { start: string } }).scripts.start;

/** The `policy render` commands `npm start` runs, as argument lists. */
const renderCommands = startScript
  .split(" && ")
  .map((command) => command.trim().split(/\s+/))
  .filter(([bin, command]) => bin === "policy" && command === "render")
  .map((command) => command.slice(1));

describe("the examples' committed renderings in out/", () => {
  it("are what `npm start` writes: Markdown and HTML pages of every example, in English and German", () => {
    expect(renderCommands.map((args) => args.join(" "))).toEqual([
      "render policy.yaml --format md --toc --locale all --out out/",
      "render policy.yaml --format html --standalone --toc --locale all --out out/",
      "render bakery.yaml --format md --toc --locale all --out out/",
      "render bakery.yaml --format html --standalone --toc --locale all --out out/",
      "render munich.yaml --format md --toc --locale all --out out/",
      "render munich.yaml --format html --standalone --toc --locale all --out out/",
      "render london.yaml --format md --toc --locale all --out out/",
      "render london.yaml --format html --standalone --toc --locale all --out out/",
      "render zurich.yaml --format md --toc --locale all --out out/",
      "render zurich.yaml --format html --standalone --toc --locale all --out out/",
      "render oakland.yaml --format md --toc --locale all --out out/",
      "render oakland.yaml --format html --standalone --toc --locale all --out out/",
    ]);
  });

  it.each(renderCommands.map((args) => [args.join(" "), args]))(
    "are up to date: `policy %s --check` passes (run `npm start` to regenerate them, then read the diff)",
    (_, args) => {
      const result = spawnSync(process.execPath, [policyBin, ...args, "--check"], {
        cwd: exampleDir,
        encoding: "utf8",
        env: { PATH: process.env.PATH },
      });
      // Oakland's providers have facts their documents do not confirm: warned of, and left out of the text.
      expect(result.stderr.split("\n").filter((line) => line !== "" && !/ {2}warning {2}.*\[unconfirmed-fact\]$/.test(line))).toEqual([]);
      const name = args[1]!.replace(/\.yaml$/, "");
      expect(result.stdout.trim().split("\n")).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`${name}\\.en\\.\\w+ is up to date$`)),
          expect.stringMatching(new RegExp(`${name}\\.de\\.\\w+ is up to date$`)),
        ]),
      );
      expect(result.status).toBe(0);
    },
  );

  it.each([
    ["policy", "en"],
    ["policy", "de"],
    ["bakery", "en"],
    ["bakery", "de"],
    ["munich", "en"],
    ["munich", "de"],
    ["london", "en"],
    ["london", "de"],
    ["zurich", "en"],
    ["zurich", "de"],
    ["oakland", "en"],
    ["oakland", "de"],
  ] as const)(
    "as Markdown (%s, %s) say what the composed document says, as the CommonMark reference parser and micromark with GFM read them",
    (name, locale) => {
      const policy = loadPolicy(readFileSync(new URL(`../${name}.yaml`, import.meta.url), "utf8"), { filename: `${name}.yaml`, catalog });
      const golden = readFileSync(new URL(`../out/${name}.${locale}.md`, import.meta.url), "utf8");
      expect(checkAgainstDocument(golden, compose(policy, { locale }), { toc: true })).toEqual([]);
    },
  );
});

describe("the German renderings", () => {
  it.each(["policy", "bakery", "munich", "london", "zurich", "oakland"])(
    "of %s use German names, not the English ones of frameworks and technologies",
    (name) => {
      const german = readFileSync(new URL(`../out/${name}.de.md`, import.meta.url), "utf8");
      for (const english of ["Data Privacy Framework", "Binding Corporate Rules", "Local Storage", "Session Storage", "Receives data"]) {
        expect(german, english).not.toContain(english);
      }
    },
  );
});
