import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entryRows, readmeRows, renderEntriesTable } from "../scripts/entries-table.mjs";
import { catalog } from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("the README's table of entries", () => {
  it("has a row for every entry, with its name, kinds, company, country and date checked (run `npm run ledger -w @policy/catalog` to update it)", () => {
    expect(readmeRows(readme)).toEqual(entryRows(catalog));
  });

  it("reads a company of another entry as changed", () => {
    const stripe = catalog.stripe;
    const changed = { ...catalog, stripe: { ...stripe, entity: { ...stripe.entity, name: "Another Company Ltd" } } };
    const rows = readmeRows(`<!-- entries:start (npm run ledger writes this table) -->\n\n${renderEntriesTable(changed)}\n\n<!-- entries:end -->`);
    expect(rows).not.toEqual(entryRows(catalog));
    expect(rows.find((row) => row[0] === "`stripe`")?.[3]).toBe("Another Company Ltd");
  });
});
