import { InvalidArgumentError, Option, type Command } from "commander";
import type { ViewFlags } from "../actions/view-flags.js";
import type { Context } from "../context.js";
import { cliLocales } from "../locales.js";

export function viewCommand(program: Command, context: Context): void {
  program
    .command("view")
    .description("browse the policy in the terminal: services, data, transfers, rights, with search")
    .argument("<file>", "the policy file (YAML or JSON)")
    .addOption(new Option("-l, --locale <locale>", "the language to start in (default: the policy's first)").choices(cliLocales))
    .option("-w, --width <columns>", "without a terminal: the width of the text, 20 to 1000 (default: COLUMNS, else 80)", columnsOption)
    .addHelpText(
      "after",
      `
Keys: arrows or j/k to move, Enter to open, / to search (n/N for the next match), d for the data
view, t for transfers, l to switch the language, ? for all keys, q to quit.

Without a terminal (a pipe, a file, CI) the policy is printed as plain text instead: --width
columns wide, else as wide as COLUMNS says (most shells set it), else 80.

Examples:
  $ policy view policy.yaml
  $ policy view policy.yaml --locale de
  $ policy view policy.yaml | less
  $ policy view policy.yaml --width 100 > policy.txt`,
    )
    .action(async (file: string, flags: ViewFlags) => {
      const { viewPolicyFile } = await import("../actions/view.js");
      context.exitCode = await viewPolicyFile(file, flags, context);
    });
}

function columnsOption(value: string): number {
  const columns = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(columns >= 20 && columns <= 1000)) throw new InvalidArgumentError("give a number of columns from 20 to 1000");
  return columns;
}
