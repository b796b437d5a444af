import { Option, type Command } from "commander";
import type { ViewFlags } from "../actions/view-flags.js";
import type { Context } from "../context.js";
import { cliLocales } from "../locales.js";

export function viewCommand(program: Command, context: Context): void {
  program
    .command("view")
    .description("browse the policy in the terminal: services, data, transfers, rights, with search")
    .argument("<file>", "the policy file (YAML or JSON)")
    .addOption(new Option("-l, --locale <locale>", "the language to start in (default: the policy's first)").choices(cliLocales))
    .addHelpText(
      "after",
      `
Keys: arrows or j/k to move, Enter to open, / to search (n/N for the next match), d for the data
view, t for transfers, l to switch the language, ? for all keys, q to quit.

Without a terminal (a pipe, a file, CI) the policy is printed as plain text instead, as wide as
the terminal or 80 columns.

Examples:
  $ policy view policy.yaml
  $ policy view policy.yaml --locale de
  $ policy view policy.yaml | less`,
    )
    .action(async (file: string, flags: ViewFlags) => {
      const { viewPolicyFile } = await import("../actions/view.js");
      context.exitCode = await viewPolicyFile(file, flags, context);
    });
}
