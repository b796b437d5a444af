// The pipeline benchmark (`npm run bench` at the root, after a build). Not a test: it measures, in
// one run on one machine, each stage of the SDK beside the floor it cannot beat, so that the
// ratios mean something on a noisy shared machine where absolute times do not.
//
// - For synthetic policies of 10, 100, 1,000 and 10,000 services, each size in a process of its
//   own (so peak memory is that size's): loadPolicy (YAML text to a validated Policy), compose,
//   toMarkdown and toHtml of the composed document; and the floors on the same content: yaml's
//   parse alone, mdast-util-to-markdown alone on the already built mdast, hast-util-to-html alone
//   on the already built hast.
// - The viewer with 2,000 services (packages/ink/scripts/bench.mjs).
// - The CLI: `policy --version` and `policy render` on the example against a bare `node -e ""`.
//
// Prints a table and the targets, and writes everything as JSON (default bench-results.json in
// the working folder; `--out <file>` to choose). `--sizes 10,100` measures fewer sizes.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { measureCli } from "./cli.mjs";
import { measureSize } from "./stages.mjs";

const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};

// A child measures one size and prints JSON (see stages.mjs).
if (argument("--size") !== undefined) {
  console.log(JSON.stringify(await measureSize(Number(argument("--size")))));
  process.exit(0);
}

const sizes = (argument("--sizes") ?? "10,100,1000,10000").split(",").map(Number);
const outFile = argument("--out") ?? "bench-results.json";
const self = fileURLToPath(import.meta.url);
const inkBench = fileURLToPath(new URL("../../../packages/ink/scripts/bench.mjs", import.meta.url));

const stages = [];
for (const size of sizes) {
  process.stderr.write(`measuring ${size} services…\n`);
  stages.push(JSON.parse(execFileSync(process.execPath, ["--expose-gc", self, "--size", String(size)], { encoding: "utf8", maxBuffer: 1 << 26 })));
}
process.stderr.write("measuring the viewer with 2,000 services…\n");
const viewer = JSON.parse(execFileSync(process.execPath, [inkBench, "2000", "--json"], { encoding: "utf8" }));
process.stderr.write("measuring the CLI…\n");
const cli = measureCli();

const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;

console.log("## Stages (median ms) and their floors\n");
console.log(
  "| services | yaml parse (floor) | loadPolicy | × | compose | to-markdown (floor) | toMarkdown | × | to-html (floor) | toHtml | × | peak RSS |",
);
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const s of stages) {
  const t = s.medians;
  console.log(
    `| ${s.services} | ${ms(t.yamlParse)} | ${ms(t.loadPolicy)} | ${ratio(t.loadPolicy, t.yamlParse)} | ${ms(t.compose)} | ${ms(t.mdastToMarkdown)} | ${ms(t.toMarkdown)} | ${ratio(t.toMarkdown, t.mdastToMarkdown)} | ${ms(t.hastToHtml)} | ${ms(t.toHtml)} | ${ratio(t.toHtml, t.hastToHtml)} | ${(s.peakRss / 2 ** 20).toFixed(0)} MB |`,
  );
}

console.log("\n## YAML to Markdown, whole path (loadPolicy + compose + toMarkdown) against the sum of its floors (yaml parse + to-markdown)\n");
console.log("| services | whole path | floors | × | growth from the size before (time × / services ×) |");
console.log("| ---: | ---: | ---: | ---: | --- |");
const wholePath = (s) => s.medians.loadPolicy + s.medians.compose + s.medians.toMarkdown;
const floors = (s) => s.medians.yamlParse + s.medians.mdastToMarkdown;
stages.forEach((s, index) => {
  const before = stages[index - 1];
  const growth = before === undefined ? "" : `${(wholePath(s) / wholePath(before)).toFixed(1)}× / ${(s.services / before.services).toFixed(0)}×`;
  console.log(`| ${s.services} | ${ms(wholePath(s))} | ${ms(floors(s))} | ${ratio(wholePath(s), floors(s))} | ${growth} |`);
});

console.log("\n## The viewer, 2,000 services (ms)\n");
const keys = ["firstFrame", "down", "search", "next", "data", "dataDown", "language"];
console.log(`| measure | example | 2,000 services |\n| --- | ---: | ---: |`);
for (const key of [...keys, "firstContent"]) console.log(`| ${key} | ${ms(viewer.example[key])} | ${ms(viewer.large[key])} |`);

console.log("\n## The CLI (median wall time, ms)\n");
console.log(`| command | time | × bare node |\n| --- | ---: | ---: |`);
for (const [label, time] of [
  ['node -e ""', cli.node],
  ["policy --version", cli.version],
  ["policy render example", cli.render],
]) {
  console.log(`| ${label} | ${ms(time)} | ${ratio(time, cli.node)} |`);
}

// The targets of issue 8: reached, or what is missing.
const at1000 = stages.find((s) => s.services === 1000);
const growths = stages
  .slice(1)
  .map((s, index) => ({ from: stages[index].services, to: s.services, factor: wholePath(s) / wholePath(stages[index]) }));
const slowestKey = Math.max(...keys.map((key) => viewer.large[key]));
const targets = [
  at1000 && { target: "1,000 services: YAML to Markdown within 3× the sum of its floors", value: wholePath(at1000) / floors(at1000), limit: 3 },
  ...growths.map(({ from, to, factor }) => ({
    target: `${from} → ${to} services: time grows at most 12× for 10× the services`,
    value: factor,
    limit: 12 * (to / from / 10),
  })),
  { target: "viewer, 2,000 services: every first frame and keypress under 50 ms", value: slowestKey, limit: 50 },
  { target: "policy render on the example within 4× a bare node start", value: cli.render / cli.node, limit: 4 },
].filter(Boolean);
console.log("\n## Targets\n");
for (const { target, value, limit } of targets) console.log(`${value <= limit ? "met " : "MISSED"}  ${target}: ${value.toFixed(2)} (limit ${limit})`);

writeFileSync(outFile, `${JSON.stringify({ node: process.version, stages, viewer, cli, targets }, null, 2)}\n`);
console.log(`\nwrote ${outFile}`);
