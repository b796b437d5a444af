import { Option, type Command } from "commander";
import type { CatalogOptions } from "../actions/catalog-options.js";
import type { Context } from "../context.js";
import { cliLocales } from "../locales.js";
import { terminalSafe } from "../terminal-text.js";

const subcommands = ["list", "show", "search"] as const;

/**
 * `policy catalog [list | show <id> | search <text...>]`: what @policy/catalog knows, as a table,
 * one entry in full, or JSON for scripts. `list` is the default, so `policy catalog` alone lists.
 */
export function catalogCommand(program: Command, context: Context): void {
  const catalog = program
    .command("catalog")
    .description("look up the services the catalog knows (Zoom, Stripe, Google Analytics, ...): list, show, search")
    .addHelpText(
      "after",
      `
A policy names a catalog entry by its id (processor: zoom) and takes the provider's legal entity,
transfers, usual data and purposes, retention and cookies from it. Every fact has a source and the
date it was checked; \`policy catalog show <id>\` prints them.

Examples:
  $ policy catalog                         every entry (id, name, kind of service, country, date checked), then a count per kind
  $ policy catalog search video            entries whose name, alias, cookie, host, company or kind matches, best first
  $ policy catalog search Videokonferenz   kinds of service in German match too
  $ policy catalog show zoom               everything about one entry, with its sources
  $ policy catalog show zoom --locale de   with the German descriptions and labels
  $ policy catalog show zoom --json        the entry exactly as the catalog holds it, for scripts
  $ policy catalog --json | jq -r '.[] | select(.transfers == []) | .id'
                                           entries that keep data in the EU/EEA`,
    );

  catalog
    .command("list", { isDefault: true })
    .description("list every entry by id and the counts (default)")
    .addOption(jsonOption("an array of every entry"))
    .addOption(localeOption())
    // Extra words are checked in the action, which can tell `policy catalog zom` (an unknown
    // subcommand, or an id without `show`) from `policy catalog list zom`.
    .allowExcessArguments(true)
    .addHelpText(
      "after",
      `
Examples:
  $ policy catalog list
  $ policy catalog list --locale de   kinds of service in German
  $ policy catalog list --json        an array of the entries, as the catalog holds them`,
    )
    .action(async (_options: unknown, command: Command) => {
      if (command.args.length > 0) await rejectExtraWords(command);
      const { listCatalog } = await import("../actions/catalog-list.js");
      listCatalog(context, command.opts<CatalogOptions>());
    });

  catalog
    .command("show")
    .description("everything about one entry: entity, transfers, data, retention, cookies, sources")
    .argument("<id>", "the entry's id, as a policy file names it (zoom, google-analytics)")
    .addOption(jsonOption("the entry's fields"))
    .addOption(localeOption())
    .addHelpText(
      "after",
      `
Examples:
  $ policy catalog show zoom
  $ policy catalog show google-analytics --locale de   German descriptions and labels
  $ policy catalog show stripe --json                  the entry as JSON, exactly as the catalog holds it`,
    )
    .action(async (id: string, _options: unknown, command: Command) => {
      const { showCatalogEntry } = await import("../actions/catalog-show.js");
      showCatalogEntry(context, id, command.opts<CatalogOptions>());
    });

  catalog
    .command("search")
    .description("entries whose id, name, alias, cookie, host, company or kind of service matches, best match first")
    .argument(
      "<text...>",
      "what to look for: a name (sendinblue), a cookie (_ga), a host (fonts.gstatic.com), a company (Meta Platforms) or a kind of service (newsletter, Videokonferenz)",
    )
    .addOption(jsonOption("an array of the matching entries, best first"))
    .addOption(localeOption())
    .addHelpText(
      "after",
      `
Case, accents and punctuation do not matter in names. A cookie or storage key is matched by the
names the entries list (_ga_ABC123 finds the entry that lists _ga_*), a host or a web address by
the hosts the entries' providers document. No match is not an error: the exit code is 0.

Examples:
  $ policy catalog search video
  $ policy catalog search _fbp
  $ policy catalog search https://fonts.gstatic.com/s/inter.woff2
  $ policy catalog search web analytics
  $ policy catalog search sendinblue --json`,
    )
    .action(async (words: string[], _options: unknown, command: Command) => {
      const { searchCatalogEntries } = await import("../actions/catalog-search.js");
      searchCatalogEntries(context, words, command.opts<CatalogOptions>());
    });
}

function jsonOption(what: string): Option {
  return new Option("--json", `print JSON instead of text: ${what}, as the catalog holds them`);
}

function localeOption(): Option {
  return new Option("--locale <locale>", "language of descriptions and labels").choices(cliLocales).default("en");
}

/**
 * Words after `policy catalog` that are not a subcommand: a usage error (exit code 2) that says
 * what was probably meant. Commander would only say "too many arguments for 'list'".
 */
async function rejectExtraWords(command: Command): Promise<never> {
  const word = terminalSafe(command.args[0] ?? "");
  if (command.parent?.args[0] === "list") {
    command.error(`error: too many arguments for 'list'. Expected 0 arguments but got ${command.args.length}.`);
  }
  if ((subcommands as readonly string[]).includes(word)) {
    command.error(`error: options go after the subcommand: policy catalog ${word} ... [options]`);
  }
  const { catalog } = await import("@policy/catalog");
  const { suggest } = await import("@policy/core");
  const subcommand = suggest(word, subcommands);
  const hint = Object.hasOwn(catalog, word)
    ? `\n(Did you mean policy catalog show ${word}?)`
    : subcommand === undefined
      ? ""
      : `\n(Did you mean ${subcommand}?)`;
  command.error(`error: unknown command '${word}'${hint}`);
}
