// Writes LEDGER.md, every fact of every catalog entry, from the built catalog (dist/). The npm
// script `npm run ledger -w @policy/catalog` builds first; test/ledger.test.ts fails while the
// committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { catalog } from "../dist/index.js";
import { ledgerFileName, renderLedger } from "./ledger-lib.mjs";

const target = new URL(`../${ledgerFileName}`, import.meta.url);
writeFileSync(target, renderLedger(catalog));
console.log(`wrote ${target.pathname}`);
