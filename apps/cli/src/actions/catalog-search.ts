import { searchCatalog } from "@policy/catalog";
import type { Context } from "../context.js";
import { terminalSafe } from "../terminal-text.js";
import { catalogJson, terminalWidth, type CatalogOptions } from "./catalog-options.js";
import { catalogTable } from "./catalog-table.js";

/**
 * The entries matching the words, best match first (searchCatalog's order). No match is an answer,
 * not an error: exit code 0, an empty table (or `[]` for --json) and a note on stderr.
 */
export function searchCatalogEntries(context: Context, words: readonly string[], options: CatalogOptions): void {
  const { io, colors } = context;
  const query = words.join(" ");
  const found = searchCatalog(query);
  if (options.json === true) {
    io.stdout.write(catalogJson(found));
  } else if (found.length > 0) {
    io.stdout.write(catalogTable(found, { colors: colors.out, locale: options.locale, maxWidth: terminalWidth(io.stdout) }));
  }
  if (found.length === 0 && !context.quiet) {
    io.stderr.write(`No catalog entry matches "${terminalSafe(query)}". \`policy catalog\` lists them all.\n`);
  }
}
