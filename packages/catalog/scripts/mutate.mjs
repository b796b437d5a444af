// Do the catalog's tests catch a wrong fact? In a temporary copy of the repository this script
// makes one wrong fact at a time — a street, an entity name, a transfer mechanism, a cookie
// lifetime, a source URL, a role — runs the catalog's tests, and counts the mutation as caught
// when a test fails that did not fail before. It prints one line per mutation and a summary, and
// exits non-zero unless every mutation was caught. .ci/run counts it as one check.
//
//   node packages/catalog/scripts/mutate.mjs        (or: npm run mutate -w @policy/catalog)
//
// Each fact is found by a pattern in the entry files, not by line number, so the script keeps
// working while entries are edited. Before mutating, the copy's LEDGER.md is rewritten from the
// copy's own catalog: whether the committed ledger is up to date is the ledger test's question in
// the normal run; here the question is only whether a changed fact makes some test fail. Tests that
// already fail on the unchanged copy (data being fixed) are the baseline and catch nothing.
// The tests read the entries' TypeScript source, so a mutation needs no rebuild; the copy is built
// once, for the ledger script and the subpath-import test that read dist/.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { linkNodeModules, repoRoot, run, tscBin, vitestBin } from "./temp-tree.mjs";

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

// --- finding a fact in an entry file ------------------------------------------------------------

/** The text of a top-level field of the entry object (`  transfers: [...]`), as [start, end]. */
function fieldRange(text, field) {
  const start = text.search(new RegExp(`\\n  ${field}:`));
  if (start === -1) return undefined;
  const rest = text.slice(start + 1);
  const next = rest.search(/\n {2}[A-Za-z]+:|\n\};/);
  return [start, next === -1 ? text.length : start + 1 + next];
}

/** The first `key: "value"` (value matching `accept`) inside a range of the text, as its value's [start, end]. */
function findValue(text, [from, to], key, accept = () => true) {
  const pattern = new RegExp(`\\b${key}:\\s*"((?:[^"\\\\]|\\\\.)*)"`, "g");
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null && match.index < to; match = pattern.exec(text)) {
    if (!accept(match[1])) continue;
    const valueStart = match.index + match[0].length - match[1].length - 1;
    return { start: valueStart, end: valueStart + match[1].length, value: match[1] };
  }
  return undefined;
}

/**
 * Where a field of a top-level party (entity, parent) is written: in the entry file, or, where
 * the entry names a shared constant (`entity: googleIreland`), in the src/parties file defining it.
 */
function findPartyValue(root, file, party, key) {
  const text = readFileSync(file, "utf8");
  const range = fieldRange(text, party);
  if (range === undefined) return undefined;
  const shared = /^\n {2}[A-Za-z]+:\s*([A-Za-z_$][\w$]*)\s*,/.exec(text.slice(range[0], range[1]));
  if (shared === null) {
    const found = findValue(text, range, key);
    return found && { file, ...found };
  }
  const partiesDir = join(root, "packages/catalog/src/parties");
  for (const name of readdirSync(partiesDir).sort()) {
    const partyFile = join(partiesDir, name);
    const partyText = readFileSync(partyFile, "utf8");
    const start = partyText.search(new RegExp(`export const ${shared[1]}\\b`));
    if (start === -1) continue;
    const end = partyText.indexOf("\n};", start);
    const found = findValue(partyText, [start, end === -1 ? partyText.length : end], key);
    return found && { file: partyFile, ...found };
  }
  return undefined;
}

/** The first entry file (by name) where `find(file, text)` locates the fact. */
function firstEntryWith(root, find) {
  const dir = join(root, "packages/catalog/src/processors");
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .sort()) {
    const file = join(dir, name);
    const found = find(file, readFileSync(file, "utf8"));
    if (found !== undefined) return { file, ...found };
  }
  return undefined;
}

const entryFile = (root, id) => join(root, "packages/catalog/src/processors", `${id}.ts`);

/** One wrong fact of each kind: where it is, and the wrong value. */
const mutations = [
  {
    kind: "street",
    what: "Zoom's entity street",
    to: "1 Nowhere Lane",
    locate: (root) => findPartyValue(root, entryFile(root, "zoom"), "entity", "street"),
  },
  {
    kind: "entity name",
    what: "Stripe's entity name",
    to: "Stripe Nowhere Limited",
    locate: (root) => findPartyValue(root, entryFile(root, "stripe"), "entity", "name"),
  },
  {
    kind: "mechanism",
    what: "a DPF transfer's mechanism",
    to: "A46-2-c",
    locate: (root) =>
      firstEntryWith(root, (_, text) => {
        const range = fieldRange(text, "transfers");
        return range && findValue(text, range, "mechanism", (value) => value === "EU-US-DPF");
      }),
  },
  {
    kind: "cookie duration",
    what: "a cookie's lifetime",
    to: "P99Y",
    locate: (root) =>
      firstEntryWith(root, (_, text) => {
        const range = fieldRange(text, "deviceAccess");
        return range && findValue(text, range, "duration", (value) => value !== "P99Y");
      }),
  },
  {
    kind: "source url",
    what: "a source's URL",
    to: "https://example.org/",
    locate: (root) =>
      firstEntryWith(root, (_, text) => {
        const range = fieldRange(text, "sources");
        return range && findValue(text, range, "url", (value) => value !== "https://example.org/");
      }),
  },
  {
    kind: "role",
    what: "a processor's role",
    to: "controller",
    locate: (root) =>
      firstEntryWith(root, (_, text) => {
        const range = fieldRange(text, "role");
        return range && findValue(text, range, "role", (value) => value === "processor");
      }),
  },
];

// --- running the tests ---------------------------------------------------------------------------

/** Runs the catalog's tests in the copy; returns the names of the failing tests (a file that fails to load counts as one). */
function failingTests(root) {
  const output = join(root, "vitest-result.json");
  rmSync(output, { force: true });
  const result = run(process.execPath, [vitestBin, "run", "--project", "catalog", "--reporter=json", `--outputFile=${output}`], {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  if (!existsSync(output)) throw new Error(`the tests did not run:\n${result.stdout}${result.stderr}`);
  const report = JSON.parse(readFileSync(output, "utf8"));
  const failing = new Set();
  for (const file of report.testResults) {
    const name = relative(join(root, "packages/catalog"), file.name);
    if (file.status === "failed" && file.assertionResults.length === 0) failing.add(`${name} (does not load)`);
    for (const test of file.assertionResults) if (test.status === "failed") failing.add(`${name} > ${test.fullName}`);
  }
  return failing;
}

const copied = (path) => !["node_modules", ".git", ".turbo"].includes(basename(path));

const root = mkdtempSync(join(tmpdir(), "policy-mutate-"));
let caught = 0;
let exitCode = 0;
try {
  cpSync(repoRoot, root, { recursive: true, filter: copied, preserveTimestamps: true, verbatimSymlinks: true });
  linkNodeModules(root);
  const build = run(tscBin, ["-b", "packages/catalog"], { cwd: root });
  if (build.status !== 0) throw new Error(`the copy does not build:\n${build.stdout}${build.stderr}`);
  const ledger = run(process.execPath, ["packages/catalog/scripts/ledger.mjs"], { cwd: root });
  if (ledger.status !== 0) throw new Error(`the ledger script failed in the copy:\n${ledger.stdout}${ledger.stderr}`);
  const baseline = failingTests(root);
  console.log(`baseline (${seconds()} s): ${baseline.size} test(s) already failing on the unchanged copy`);

  for (const mutation of mutations) {
    const located = mutation.locate(root);
    if (located === undefined) {
      console.log(`NOT FOUND ${mutation.kind}: could not locate ${mutation.what} in the entry files`);
      continue;
    }
    const original = readFileSync(located.file, "utf8");
    writeFileSync(located.file, `${original.slice(0, located.start)}${mutation.to}${original.slice(located.end)}`);
    let failing;
    try {
      failing = failingTests(root);
    } finally {
      writeFileSync(located.file, original);
    }
    const fresh = [...failing].filter((test) => !baseline.has(test));
    const files = [...new Set(fresh.map((test) => test.split(" > ")[0].replace(/ \(does not load\)$/, "")))];
    const where = `${relative(join(root, "packages/catalog"), located.file)}: ${mutation.what} "${located.value}" -> "${mutation.to}"`;
    if (fresh.length > 0) {
      caught++;
      console.log(`caught    ${mutation.kind}: ${where} (${fresh.length} test(s) failed in ${files.join(", ")})`);
    } else {
      console.log(`MISSED    ${mutation.kind}: ${where} (no test failed)`);
    }
  }
} catch (error) {
  console.log(`mutate: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 2;
} finally {
  rmSync(root, { recursive: true, force: true });
}

console.log(`mutations: ${caught} of ${mutations.length} caught by the catalog's tests (${seconds()} s)`);
process.exit(exitCode !== 0 ? exitCode : caught === mutations.length ? 0 : 1);
