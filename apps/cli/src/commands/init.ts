import type { Command } from "commander";
import type { InitOptions } from "../actions/init-run.js";
import type { Context } from "../context.js";
import { cliLocales } from "../locales.js";

export function initCommand(program: Command, context: Context): void {
  program
    .command("init")
    .description("write a starter policy.yaml, valid as written, asking for what the options do not give")
    .argument("[dir]", "the folder to write policy.yaml into, created if missing (default: the current one)")
    .option("--company <name>", "the organisation's full legal name")
    .option("--street <street>", "street and number")
    .option("--postal-code <code>", "postal code (leave it out where the address has none)")
    .option("--city <city>", "city")
    .option("--country <code>", "country, as an ISO 3166-1 alpha-2 code: DE, AT, GB ...")
    .option("--email <address>", "where people write about their data")
    .option("--locales <list>", `the policy's languages: ${cliLocales.join(", ")} or all, first one first (default: en,de)`)
    .option("--services <ids>", "catalog ids, comma-separated: zoom,stripe (default: none, and an in-house contact service)")
    .option("-y, --yes", "ask nothing: take the defaults for what the options do not give")
    .option("-f, --force", "replace an existing policy.yaml")
    .addHelpText(
      "after",
      `
In a terminal, policy init asks for every answer the options do not give; with --yes, or when
stdin or stdout is not a terminal, it asks nothing and names the options still needed. Each
service refers to its catalog entry (processor: zoom), with TODO comments where you decide:
purposes and legal bases, whether people must give the data, how long it is kept. An existing
policy.yaml is never replaced without --force; the file is written whole or not at all.

Examples:
  $ policy init                                  answer a few questions
  $ policy init site --services zoom,hetzner     write site/policy.yaml, asking the rest
  $ policy init --yes --company "Example GmbH" --street "Hauptstraße 1" --postal-code 10115 \\
      --city Berlin --country DE --email privacy@example.com --locales en --services zoom
  $ policy catalog search video                  find the ids of services to add`,
    )
    .action(async (dir: string | undefined, options: InitOptions) => {
      const { runInit } = await import("../actions/init-run.js");
      await runInit(dir, options, context);
    });
}
