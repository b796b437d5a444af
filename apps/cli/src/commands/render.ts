import { Option, type Command } from "commander";
import type { RenderFlags } from "../actions/render-flags.js";
import type { Context } from "../context.js";
import { cliLocales } from "../locales.js";
import { formats } from "../output-plan.js";

export function renderCommand(program: Command, context: Context): void {
  program
    .command("render")
    .description("write the policy as Markdown, HTML or JSON")
    .argument("<file>", "the policy file (YAML or JSON); - reads stdin")
    .addOption(
      new Option("-f, --format <format>", "md (CommonMark with GFM tables), html, or json (the composed document)").choices(formats).default("md"),
    )
    .addOption(
      new Option("-l, --locale <locale>", "the language, or all of the policy's languages (default: its first)").choices([...cliLocales, "all"]),
    )
    .option("-o, --out <path>", "a file, a folder (existing, or ending in /) for <name>.<locale>.<format>, or - for stdout (default)")
    .option("--standalone", "html: a whole page with its style sheet, instead of a fragment to embed", false)
    .option("--toc", "md, html: a table of contents after the title", false)
    .option("--index", "which services process which data, and where the data goes: after the text (json: in the document)", false)
    .option("--check", "write nothing; exit 1 and show what differs if the files on disk are not what would be written", false)
    .option("--no-lock", "do not write <name>.lock.json, the catalog facts the files were made from, beside them")
    .addHelpText(
      "after",
      `
Files are written atomically (a temporary file, then a rename): a reader never sees half a file,
and if one file cannot be written, none is replaced. An output is never the policy file itself.
Nothing is written when the policy has errors.

Beside the files, render writes <name>.lock.json: the catalog entries the policy names, as they
were. policy diff <file> --catalog <lock> then shows what a catalog update changes in the policy,
and --check, when files are stale, says whether the policy or the catalog changed.

Examples:
  $ policy render policy.yaml                              Markdown in the first language, on stdout
  $ policy render policy.yaml --locale de --out DATENSCHUTZ.md
  $ policy render policy.yaml --format html --standalone --toc --locale all --out site/
  $ policy render policy.yaml --format html --index --out privacy.html   with the index of data and transfers
  $ policy render policy.yaml --locale all --out docs/ --check    in CI: fail when docs/ is stale
  $ cat policy.yaml | policy render - --format json > policy.en.json`,
    )
    .action(async (file: string, flags: RenderFlags) => {
      const { renderPolicy } = await import("../actions/render.js");
      context.exitCode = await renderPolicy(file, flags, context);
    });
}
