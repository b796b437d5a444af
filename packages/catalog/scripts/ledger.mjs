// Writes LEDGER.md, every fact of every catalog entry, from the built catalog (dist/). The npm
// script `npm run ledger -w @policy/catalog` builds first; test/ledger.test.ts fails while the
// committed file differs from what this writes. It also writes the README's table of entries.
import { readFileSync, writeFileSync } from "node:fs";
import { catalog } from "../dist/index.js";
import { withEntriesTable } from "./entries-table.mjs";
import { ledgerFileName, renderLedger } from "./ledger-lib.mjs";

const target = new URL(`../${ledgerFileName}`, import.meta.url);
writeFileSync(target, renderLedger(catalog));
console.log(`wrote ${target.pathname}`);

// The README's table of entries, from the same catalog.
const readme = new URL("../README.md", import.meta.url);
writeFileSync(readme, withEntriesTable(readFileSync(readme, "utf8"), catalog));
console.log(`wrote the table of entries in ${readme.pathname}`);
