import { type Command, InvalidArgumentError, Option } from "commander";
import type { Context } from "../context.js";
import { cliLocales } from "../locales.js";

export function diffCommand(program: Command, context: Context): void {
  program
    .command("diff")
    .description("what changed between two versions of a policy, and which changes people must be told of first")
    .argument("<before>", "the earlier version (YAML or JSON); with --base, the file to compare with its committed version")
    .argument("[after]", "the later version")
    .option("--base <ref>", "compare <before> as it is now with its version at a git commit, branch or tag (git show)")
    .option(
      "--catalog <lock>",
      "compare <before> resolved with the catalog entries of a lock (policy render writes it) with <before> resolved with the installed catalog",
    )
    .addOption(
      new Option("--format <format>", "how to report the changes: a list, JSON, or a notice to the people concerned")
        .choices(["text", "json", "md", "html"])
        .default("text"),
    )
    .addOption(new Option("--locale <locale>", "the notice's language (md, html); default: the later version's first").choices(cliLocales))
    .option("--out <file>", "write the report to this file (atomically) instead of stdout")
    .option("--today <date>", "the day the later version takes effect, for the changes[] check (default: today)", isoDate)
    .addHelpText(
      "after",
      `
Both versions are resolved with the installed catalog before they are compared, so what a
catalog entry now says counts too. Lists are compared by their keys (a service's id, a purpose, a
kind of data, a country, a cookie's name): reordering them is no change.

Each change is classed:
  material   people must be told before it applies: a new service, purpose, kind of data,
             recipient, provider or country; another legal basis; a weaker transfer ground; a
             longer storage period; another controller; another way to exercise rights
  notable    worth pointing out: what is taken away, other contact details, cookies, a transfer
             ground that is not weaker, a storage period that is not plainly longer
  editorial  the words alone
Each names the rule that classed it and its source (Art. 13 GDPR, WP260 rev.01 paras. 29-30).

--format text prints a line per change, "class  rule  path", then a count; --format json prints
{ "changes": [{ kind, subject, service, path, before, after, class, rule }], "material",
"notable", "editorial", "acknowledged" }. --format md and --format html print a notice to the
people the policy concerns, in --locale: what changes on --today, service by service, a plain
sentence per change, the material ones first (html as a whole page).

Exit codes: 0 nothing material, or the later version's changes[] has an entry dated on or after
--today; 1 material changes without such an entry (so CI can ask for them to be announced);
2 a usage error, a file that cannot be read, or a version with errors.

Examples:
  $ policy diff old.yaml policy.yaml
  $ policy diff policy.yaml --base HEAD~1
  $ policy diff policy.yaml --base main --format json
  $ policy diff policy.yaml --catalog out/policy.lock.json   what a catalog update changes
  $ policy diff old.yaml policy.yaml --format md --locale de --today 2027-03-01 --out notice.de.md`,
    )
    .action(
      async (
        before: string,
        after: string | undefined,
        options: { base?: string; catalog?: string; format: "text" | "json" | "md" | "html"; locale?: "en" | "de"; out?: string; today?: string },
      ) => {
        const { diffFiles } = await import("../actions/diff.js");
        context.exitCode = await diffFiles(before, after, options, context);
      },
    );
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError("give a date as YYYY-MM-DD");
  return value;
}
