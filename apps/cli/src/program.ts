import { Command } from "commander";
import { catalogCommand } from "./commands/catalog.js";
import { checkCommand } from "./commands/check.js";
import { diffCommand } from "./commands/diff.js";
import { exportCommand } from "./commands/export.js";
import { scanCommand } from "./commands/scan.js";
import { initCommand } from "./commands/init.js";
import { localesCommand } from "./commands/locales.js";
import { renderCommand } from "./commands/render.js";
import { schemaCommand } from "./commands/schema.js";
import { taxonomyCommand } from "./commands/taxonomy.js";
import { validateCommand } from "./commands/validate.js";
import { viewCommand } from "./commands/view.js";
import type { Context } from "./context.js";
import { cliVersion } from "./version.js";

/**
 * The `policy` program: its commands, each in its own file under commands/. Commander does the
 * parsing and the help; what a command does is loaded only when it runs, so `policy --help` and
 * `policy --version` do not load the model, the catalog or React.
 */
export function createProgram(context: Context): Command {
  const { io } = context;
  const program = new Command("policy");
  program
    .description("Validate a privacy policy file, render it as Markdown, HTML or JSON, and browse it in the terminal.")
    .version(cliVersion(), "-v, --version", "print the version of policy")
    .helpOption("-h, --help", "show help for a command")
    .helpCommand("help [command]", "show help for a command")
    .option("-q, --quiet", "print only errors and the results asked for: no reports, no warnings")
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(context.colors.err.red(text)),
    })
    .showHelpAfterError("(run with --help for usage)")
    .showSuggestionAfterError(true)
    // Commander's own errors (an unknown option, a missing argument) become exit code 2 in main.
    .exitOverride()
    .hook("preAction", () => {
      context.quiet = program.opts<{ quiet?: boolean }>().quiet === true;
    })
    .addHelpText(
      "after",
      `
Examples:
  $ policy init                                  write a starter policy.yaml, asking a few questions
  $ policy validate policy.yaml                  list every issue, with the lines it is on
  $ policy check policy.yaml                     the same, and the law's duties a valid policy can still fail
  $ policy render policy.yaml --out PRIVACY.md   the policy as Markdown, in its first language
  $ policy render policy.yaml --format html --standalone --locale all --out site/
  $ policy view policy.yaml                      browse the policy in the terminal
  $ policy catalog search video                  services the catalog knows
  $ policy taxonomy subjects applicant           the ids a policy can use, with their labels

Exit codes: 0 ok, 1 the policy has errors or a check failed, 2 a usage error
(wrong arguments, a file that cannot be read or written), 70 a bug in policy,
130 policy init cancelled with Ctrl-C.
Colour: on for terminals; NO_COLOR turns it off, FORCE_COLOR (0 or 1) decides.`,
    );

  for (const register of [
    initCommand,
    validateCommand,
    checkCommand,
    diffCommand,
    renderCommand,
    exportCommand,
    scanCommand,
    viewCommand,
    catalogCommand,
    taxonomyCommand,
    localesCommand,
    schemaCommand,
  ]) {
    register(program, context);
  }
  return program;
}
