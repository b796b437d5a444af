// Prints the catalog's texts a language still lacks, as rows to add to translations/<locale>.json:
// [{ "entry": ..., "en": ..., "de": ... }], each distinct text once, the entries the bundled
// examples use first. Usage: npm run -s texts -w @policy/catalog -- <locale> [entry ids...]
import { readdirSync, readFileSync } from "node:fs";
import { catalogCoverage, translatedLocales } from "../dist/index.js";

const [locale, ...chosen] = process.argv.slice(2);
if (!translatedLocales.includes(locale)) {
  console.error(`texts: give a language to translate into: ${translatedLocales.join(", ") || "(none yet: add it to core's locales)"}`);
  process.exit(2);
}

// The entries the examples name ("processor: zoom"), in the order they first appear.
const examples = new URL("../../../apps/example/", import.meta.url);
const used = readdirSync(examples)
  .filter((name) => name.endsWith(".yaml"))
  .sort()
  .flatMap((name) => [...readFileSync(new URL(name, examples), "utf8").matchAll(/^\s*(?:-\s+)?processor:\s*([a-z0-9-]+)\s*$/gm)].map((m) => m[1]));
const first = chosen.length > 0 ? chosen : used;
const rank = (id) => (first.includes(id) ? first.indexOf(id) : first.length);

const seen = new Set();
const rows = [];
for (const { entry, en, de } of [...catalogCoverage(locale).missing].sort((a, b) => rank(a.entry) - rank(b.entry))) {
  if (chosen.length > 0 && !chosen.includes(entry)) continue;
  const key = `${en}\u0000${de}`;
  if (seen.has(key)) continue;
  seen.add(key);
  rows.push({ entry, en, de });
}
console.log(JSON.stringify(rows, null, 2));
