import { Option, type Command } from "commander";
import type { Context } from "../context.js";
import { cliLocales } from "../locales.js";

/** `policy locales`: how far each language is translated, and what it lacks. */
export function localesCommand(program: Command, context: Context): void {
  program
    .command("locales")
    .description("how much of each language is translated: the policy's messages, the taxonomy, the viewer and the catalog")
    .addOption(new Option("--missing <locale>", "list every text the language lacks, by where it is").choices(cliLocales))
    .option("--json", "the report as JSON, for scripts")
    .addHelpText(
      "after",
      `
A policy can be written in a language only where every text it uses exists in it: the messages,
the taxonomy's labels and the viewer's words are complete for every language offered (the build
checks it), and a policy that uses a catalog entry not yet translated into one of its languages is
refused by validation (untranslated-catalog-text), naming each missing text.

A text counts as translated when it exists and is not the English text unchanged (names and words
English and German share are allowed to stay).

Examples:
  $ policy locales                  a table: one row per language, the share translated per part
  $ policy locales --missing pl     what Polish still lacks, part by part
  $ policy locales --json           the same report, as JSON`,
    )
    .action(async (options: { readonly missing?: string; readonly json?: boolean }) => {
      const { reportLocales } = await import("../actions/locales.js");
      await reportLocales(context, options);
    });
}
