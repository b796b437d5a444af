// The catalog README's table of all entries: id, name, kinds of service, the company one contracts
// with and its country (none for self-hosted software), and the date the entry was checked. `npm run ledger` writes it between the
// markers below; test/entries-table.test.ts fails while the README's table is out of date.

export const tableStart = "<!-- entries:start (npm run ledger writes this table) -->";
export const tableEnd = "<!-- entries:end -->";

/** The table's rows, a header first, each a list of cells. */
export function entryRows(catalog) {
  const entries = Object.values(catalog).sort((a, b) => (a.id < b.id ? -1 : 1));
  return [
    ["id", "name", "kinds of service", "company", "country", "checked"],
    ...entries.map((entry) => [
      `\`${entry.id}\``,
      entry.name,
      (entry.categories ?? []).join(", "),
      // Self-hosted software has no company one contracts with: its maker receives nothing.
      entry.selfHosted === true ? `none: self-hosted (made by ${entry.entity.name})` : entry.entity.name,
      entry.selfHosted === true ? "—" : entry.entity.address.country,
      entry.checked ?? "",
    ]),
  ];
}

/** The rows as a Markdown table, each column padded to its widest cell (as the formatter writes it); a | in a cell is escaped. */
export function renderEntriesTable(catalog) {
  const rows = entryRows(catalog).map((cells) => cells.map((cell) => cell.replaceAll("|", "\\|")));
  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => [...cells[column]].length)));
  const line = (cells) => `| ${cells.map((cell, column) => cell + " ".repeat(widths[column] - [...cell].length)).join(" | ")} |`;
  const [header, ...body] = rows;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...body.map(line)].join("\n");
}

/** The README with the table between the markers replaced. */
export function withEntriesTable(readme, catalog) {
  const start = readme.indexOf(tableStart);
  const end = readme.indexOf(tableEnd);
  if (start === -1 || end === -1) throw new Error(`the README has no ${tableStart} … ${tableEnd} markers`);
  return `${readme.slice(0, start + tableStart.length)}\n\n${renderEntriesTable(catalog)}\n\n${readme.slice(end)}`;
}

/** The rows of the README's table, its cells trimmed: how the test compares, whatever the padding. */
export function readmeRows(readme) {
  const start = readme.indexOf(tableStart);
  const end = readme.indexOf(tableEnd);
  if (start === -1 || end === -1) return [];
  return readme
    .slice(start + tableStart.length, end)
    .split("\n")
    .filter((row) => row.startsWith("|") && !/^\|[\s:|-]+\|$/.test(row))
    .map((row) =>
      row
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replaceAll("\\|", "|")),
    );
}
