// Runs the tmux test (test/tmux.test.ts: the built viewer in a real terminal) many times in a row
// and counts the passes. Not a test and not for CI: it is how a fix for a flaky terminal test is
// shown to hold. Run after a build: `npm run build && npm run test:tmux-stress -w @policy/ink`,
// or with a count: `... -- 50`. Exits 1 unless every run passed; a failed run's output is printed.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const runs = Number(process.argv[2] ?? 20);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`the number of runs must be a positive integer, got ${process.argv[2]}`);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const vitest = fileURLToPath(new URL("node_modules/vitest/vitest.mjs", `file://${root}`));

let passed = 0;
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [vitest, "run", "--project", "ink", "packages/ink/test/tmux.test.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  const ok = result.status === 0;
  if (ok) passed++;
  console.log(
    `run ${String(run).padStart(String(runs).length)}/${runs}: ${ok ? "passed" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (!ok) console.log(`${result.stdout}${result.stderr}`.trim().replace(/^/gm, "    "));
}
console.log(`${passed} of ${runs} runs passed (Node ${process.versions.node})`);
process.exitCode = passed === runs ? 0 : 1;
