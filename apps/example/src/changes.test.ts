import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalog } from "@policy/catalog";
import { changeNotice, diff, loadPolicy } from "@policy/core";
import { recordOfProcessing } from "@policy/records";
import { describe, expect, it } from "vitest";
import { checkAgainstDocument } from "../../../packages/markdown/test/check-against-document.js";

const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const policyBin = fileURLToPath(new URL("../../cli/bin/policy.js", import.meta.url));
const startScript = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: { start: string } }).scripts.start;

/** The `policy <command>` runs of `npm start`, as argument lists without `--out`, and the file each writes. */
function commandsOf(name: "diff" | "export"): { args: string[]; file: string }[] {
  return startScript
    .split(" && ")
    .map((command) => command.trim().split(/\s+/))
    .filter(([bin, command]) => bin === "policy" && command === name)
    .map((command) => {
      const args = command.slice(1);
      const out = args.indexOf("--out");
      const file = args[out + 1] as string;
      // Without --out, the record's form comes from --as: as the file's extension says.
      const as = args.includes("ropa") ? ["--as", file.endsWith(".csv") ? "csv" : "md"] : [];
      return { args: [...args.slice(0, out), ...args.slice(out + 2), ...as], file };
    });
}

const diffCommands = commandsOf("diff");
const exportCommands = commandsOf("export");

const load = (file: string) => loadPolicy(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"), { filename: file, catalog });

describe("the example's history and its change notice", () => {
  it("are written by `npm start`: the notice from version 0.9 to 1.0, as Markdown and HTML, in English, German and Spanish", () => {
    expect(diffCommands.map(({ file }) => file)).toEqual([
      "out/changes-1.0.en.md",
      "out/changes-1.0.de.md",
      "out/changes-1.0.es.md",
      "out/changes-1.0.en.html",
      "out/changes-1.0.de.html",
      "out/changes-1.0.es.html",
    ]);
  });

  it.each(diffCommands.map(({ args, file }) => [file, args] as const))(
    "%s is up to date (run `npm start` to regenerate it, then read the diff)",
    (file, args) => {
      const result = spawnSync(process.execPath, [policyBin, ...args], { cwd: exampleDir, encoding: "utf8", env: { PATH: process.env.PATH } });
      expect(result.stderr).toBe("");
      // The example announces its material changes in changes[]: the diff passes.
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
    },
  );

  it("finds the two material changes of 1.0: appointments booked with Calendly, server logs kept longer", () => {
    const changes = diff(load("history/policy-0.9.yaml"), load("policy.yaml"));
    expect(changes.map((change) => `${change.class} ${change.rule} ${change.path}`)).toEqual([
      "material retention-longer services[website-hosting].retention",
      "material service-added services[appointments]",
    ]);
  });

  it.each(["en", "de", "es"] as const)(
    "as Markdown (%s) says what the notice document says, as the CommonMark reference parser and micromark read it",
    (locale) => {
      const [before, after] = [load("history/policy-0.9.yaml"), load("policy.yaml")];
      const document = changeNotice(before, after, diff(before, after), { locale, date: "2026-12-01" });
      const golden = readFileSync(new URL(`../out/changes-1.0.${locale}.md`, import.meta.url), "utf8");
      expect(checkAgainstDocument(golden, document, {})).toEqual([]);
    },
  );
});

describe("the example's exports", () => {
  it("are written by `npm start`: the record of processing activities in English, German and Spanish, as Markdown and CSV, DPV JSON-LD, TILT in English and German, and a klaro config", () => {
    expect(exportCommands.map(({ file }) => file)).toEqual([
      "out/record.en.md",
      "out/record.de.md",
      "out/record.es.md",
      "out/record.en.csv",
      "out/record.de.csv",
      "out/record.es.csv",
      "out/policy.dpv.jsonld",
      "out/policy.tilt.en.json",
      "out/policy.tilt.de.json",
      "out/klaro-config.js",
    ]);
  });

  it.each(exportCommands.map(({ args, file }) => [file, args] as const))(
    "%s is up to date (run `npm start` to regenerate it, then read the diff)",
    (file, args) => {
      const result = spawnSync(process.execPath, [policyBin, ...args], { cwd: exampleDir, encoding: "utf8", env: { PATH: process.env.PATH } });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      // A .js --out file wraps the JSON stdout gives in the script that sets window.klaroConfig.
      const printed = file.endsWith(".js") ? `window.klaroConfig = ${result.stdout.trimEnd()};\n` : result.stdout;
      expect(printed).toBe(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
    },
  );

  it.each(["en", "de", "es"] as const)(
    "as Markdown (%s) says what the record document says, as the CommonMark reference parser and micromark read it",
    (locale) => {
      const golden = readFileSync(new URL(`../out/record.${locale}.md`, import.meta.url), "utf8");
      expect(checkAgainstDocument(golden, recordOfProcessing(load("policy.yaml"), { locale }), {})).toEqual([]);
    },
  );
});
