import type { Command } from "commander";
import type { Context } from "../context.js";

export function validateCommand(program: Command, context: Context): void {
  program
    .command("validate")
    .description("check policy files and list every issue, with the lines it is on")
    .argument("<file...>", "policy files (YAML or JSON); - reads stdin")
    .addHelpText(
      "after",
      `
Each issue is one line, file:line:column  severity  path: message  [code], followed by the lines
of the file around it. Then a count. Errors make a policy invalid (exit code 1); warnings point
at something to improve and do not change the exit code. With --quiet only errors are listed.

Examples:
  $ policy validate policy.yaml
  $ policy validate policies/*.yaml
  $ cat policy.yaml | policy validate -`,
    )
    .action(async (files: string[]) => {
      const { validateFiles } = await import("../actions/validate.js");
      context.exitCode = await validateFiles(files, context);
    });
}
