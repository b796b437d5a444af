// Prints the fact changes between a revision's LEDGER.md and the current catalog as a Markdown
// list grouped by entry, for pasting into a changeset:
//
//   npm run -s ledger:changes -w @policy/catalog -- [revision]     (default HEAD)
//
// "Current" is the built catalog (the npm script builds first), so the list is right even before
// LEDGER.md is regenerated; a note on stderr says when LEDGER.md is out of date. A revision from
// before the ledger existed has its ledger made from its own catalog, built in a temporary directory.
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { catalog } from "../dist/index.js";
import { compareLedgers, formatChanges, ledgerFileName, renderLedger } from "./ledger-lib.mjs";
import { linkNodeModules, packageDir, repoRoot, run, tscBin } from "./temp-tree.mjs";

const revision = process.argv[2] ?? "HEAD";
const git = (...args) => run("git", args, { cwd: packageDir });

const verified = git("rev-parse", "--verify", "--quiet", `${revision}^{commit}`);
if (verified.status !== 0) {
  console.error(`ledger:changes: ${revision} is not a revision of this repository`);
  process.exit(2);
}
const commit = verified.stdout.trim();

const current = renderLedger(catalog);
const ledgerPath = join(packageDir, ledgerFileName);
if (!existsSync(ledgerPath) || readFileSync(ledgerPath, "utf8") !== current) {
  console.error(`ledger:changes: ${ledgerFileName} is out of date; run npm run ledger -w @policy/catalog before committing`);
}

/** The ledger a revision's own catalog makes, for a revision from before LEDGER.md existed. */
async function ledgerBuiltAt(commit) {
  const root = mkdtempSync(join(tmpdir(), "policy-ledger-"));
  try {
    execSync(`git archive ${commit} packages/core packages/catalog tsconfig.base.json package.json | tar -x -C "${root}"`, {
      cwd: repoRoot,
      stdio: ["ignore", "ignore", "inherit"],
    });
    linkNodeModules(root);
    const build = run(tscBin, ["-b", "packages/catalog"], { cwd: root });
    if (build.status !== 0) throw new Error(`the catalog at ${commit} does not build:\n${build.stdout}${build.stderr}`);
    const old = await import(pathToFileURL(join(root, "packages/catalog/dist/index.js")).href);
    return renderLedger(old.catalog);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const atRevision = `${commit}:${git("rev-parse", "--show-prefix").stdout.trim()}${ledgerFileName}`;
let before;
if (git("cat-file", "-e", atRevision).status === 0) {
  before = git("show", atRevision).stdout;
} else {
  console.error(`ledger:changes: ${revision} has no ${ledgerFileName}; building that revision's catalog to compare with`);
  before = await ledgerBuiltAt(commit);
}

const list = formatChanges(compareLedgers(before, current));
console.log(list === "" ? `No fact changes since ${revision}.` : list);
