import { catalog } from "@policy/catalog";
import type { Context } from "../context.js";
import { catalogJson, terminalWidth, type CatalogOptions } from "./catalog-options.js";
import { catalogSummary } from "./catalog-summary.js";
import { catalogTable } from "./catalog-table.js";

/** Every catalog entry, sorted by id (by code unit, so the order is the same in every locale), then how many there are of each kind. */
export function listCatalog(context: Context, options: CatalogOptions): void {
  const { io, colors } = context;
  const entries = Object.values(catalog).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  io.stdout.write(
    options.json === true
      ? catalogJson(entries)
      : `${catalogTable(entries, { colors: colors.out, locale: options.locale, maxWidth: terminalWidth(io.stdout) })}\n${catalogSummary(entries, options.locale)}`,
  );
}
