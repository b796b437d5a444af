// The CLI part of the pipeline benchmark: wall time of whole processes, started the same way.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const policyBin = fileURLToPath(new URL("../../cli/bin/policy.js", import.meta.url));
const examplePolicy = fileURLToPath(new URL("../../example/policy.yaml", import.meta.url));

function wallTime(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr}`);
  return elapsed;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall times (ms) of a bare node, `policy --version` and `policy render` on the example; interleaved, so load hits all alike. */
export function measureCli(runs = 11) {
  const commands = { node: ["-e", ""], version: [policyBin, "--version"], render: [policyBin, "render", examplePolicy] };
  const times = { node: [], version: [], render: [] };
  for (const args of Object.values(commands)) wallTime(args); // warm the file cache
  for (let run = 0; run < runs; run += 1) {
    for (const [name, args] of Object.entries(commands)) times[name].push(wallTime(args));
  }
  return { runs, node: median(times.node), version: median(times.version), render: median(times.render) };
}
