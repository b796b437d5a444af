import { serviceCategories, type Locale, type Processor } from "@policy/core";
import type { Colors } from "../colors.js";
import { terminalSafe } from "../terminal-text.js";
import { formatTable } from "../text-table.js";

export interface CatalogTableOptions {
  readonly colors: Colors;
  readonly locale: Locale;
  /** The terminal's width; the kind (or name) column is cut to fit it. */
  readonly maxWidth?: number;
}

/**
 * Catalog entries as a table, in the order given: id, name, kind of service, the country of the
 * legal entity (as the ISO code a policy file uses; "--" for self-hosted software) and the date the
 * facts were checked.
 */
export function catalogTable(entries: readonly Processor[], options: CatalogTableOptions): string {
  const rows = entries.map((entry) =>
    [
      entry.id,
      entry.name,
      (entry.categories ?? []).map((id) => serviceCategories[id][options.locale]).join(", "),
      // Self-hosted software sends data to no company, so no country.
      entry.selfHosted === true ? "--" : entry.entity.address.country,
      entry.checked ?? "",
    ].map(terminalSafe),
  );
  return formatTable(
    [{ header: "ID" }, { header: "NAME", shrink: true }, { header: "KIND OF SERVICE", shrink: true }, { header: "COUNTRY" }, { header: "CHECKED" }],
    rows,
    { header: (text) => options.colors.bold(text), maxWidth: options.maxWidth },
  );
}
