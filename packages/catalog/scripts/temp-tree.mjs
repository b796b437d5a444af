// Helpers for the scripts that work in a temporary copy of the repository (mutate.mjs, and
// ledger-changes.mjs for a revision without a ledger): the copy gets a node_modules of its own
// whose entries link to the real one, except the workspace links (@policy/*), which point at the
// copy's own packages so that the copy's code is what runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readlinkSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const packageDir = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = join(packageDir, "..", "..");
export const tscBin = join(repoRoot, "node_modules", ".bin", "tsc");
export const vitestBin = join(repoRoot, "node_modules", "vitest", "vitest.mjs");

/** Vite's and vitest's caches stay out: the copy writes its own. */
const notLinked = new Set([".vite", ".vite-temp", ".cache", "@policy"]);

/** Gives `root` (a copy of the repository) a node_modules that uses the real one's packages. */
export function linkNodeModules(root) {
  const real = join(repoRoot, "node_modules");
  const own = join(root, "node_modules");
  mkdirSync(join(own, "@policy"), { recursive: true });
  for (const name of readdirSync(real)) {
    if (!notLinked.has(name)) symlinkSync(join(real, name), join(own, name));
  }
  // The workspace links are relative (../../packages/core), so copied as they are they point into the copy.
  for (const name of readdirSync(join(real, "@policy"))) {
    symlinkSync(readlinkSync(join(real, "@policy", name)), join(own, "@policy", name));
  }
}

/** Runs a command; returns its status and output, throwing only when it cannot start. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}
