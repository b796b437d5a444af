import type { Command } from "commander";
import type { Context } from "../context.js";
import { taxonomyKinds } from "../taxonomy-kinds.js";

/**
 * `policy taxonomy [kind] [search...]`: the ids a policy may write, with their English and German
 * labels, so that a new author need not read the JSON Schema to find `job_applicant`.
 */
export function taxonomyCommand(program: Command, context: Context): void {
  program
    .command("taxonomy")
    .description("list the ids a policy can use (data, purposes, subjects, bases, ...) with their English and German labels")
    .argument("[kind]", `one of ${taxonomyKinds.join(", ")}; without it, the kinds and how many ids each has`)
    .argument("[search...]", "words to look for in the ids and labels, in either language")
    .option("--json", "an array of { id, en, de } for scripts")
    .addHelpText(
      "after",
      `
The kinds: data (data categories: user.contact.email), purposes (essential.service), subjects
(people: customer, job_applicant), bases (legal bases: A6-1-f), conditions (Art. 9(2) conditions:
A9-2-a), grounds (transfer grounds: A46-2-c), countries (ISO codes: AT).

Examples:
  $ policy taxonomy                      the kinds, and how many ids each has
  $ policy taxonomy subjects             every kind of person, with English and German labels
  $ policy taxonomy data email           data categories whose id or label has "email"
  $ policy taxonomy subjects Bewerber    German labels match too
  $ policy taxonomy countries Österreich`,
    )
    .action(async (kind: string | undefined, search: string[], options: { json?: boolean }) => {
      const { listTaxonomy } = await import("../actions/taxonomy.js");
      context.exitCode = await listTaxonomy(kind, search, options, context);
    });
}
