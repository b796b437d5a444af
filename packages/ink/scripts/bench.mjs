// Benchmark of the viewer with 2,000 services, beside the example policy as the baseline.
// Not a test: it prints a table of timings. Run after a build: `npm run build && npm run bench -w @policy/ink`.
// With `--json`, it prints the same measures as JSON instead (the pipeline benchmark reads them).
//
// Measures with ink-testing-library (no terminal I/O): the time to the first frame (header, "Composing the
// policy…", footer: drawn before compose) and to the first content frame (compose, navigation, layout and
// render of the sections); the median time from a key to its frame for: ↓ in the list, a search (Enter
// after typing the query), n to the next match, d to open the data view, and ↓ in it; and `l` to German,
// which is composed then: the time to its first frame (the German loading line) and to the German text.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { catalog } from "@policy/catalog";
import { loadPolicy, safeParsePolicy } from "@policy/core";
import { PolicyViewer } from "@policy/ink";
import { render } from "ink-testing-library";
import { createElement } from "react";
import { parse } from "yaml";

const json = process.argv.includes("--json");
const services = Number(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? 2000);
const examplePath = new URL("../../../apps/example/policy.yaml", import.meta.url);
const exampleText = readFileSync(examplePath, "utf8");
const example = loadPolicy(exampleText, { filename: "policy.yaml", catalog });

/** The example's controller and settings with `count` services: catalog entries in turn, each under its own id. */
function bigPolicy(count) {
  const base = parse(exampleText);
  delete base.services;
  // Entries that make a complete service on their own (with default activities and no warnings that are errors).
  const usable = Object.keys(catalog).filter((id) => safeParsePolicy({ ...base, services: [{ id: "probe", processor: id }] }, { catalog }).success);
  const list = Array.from({ length: count }, (_, i) => {
    const processor = usable[i % usable.length];
    // Each its own visible name: two services titled alike are refused (duplicate-name).
    return { id: `${processor}-${i}`, name: { en: `${catalog[processor].name} (${i})`, de: `${catalog[processor].name} (${i})` }, processor };
  });
  const result = safeParsePolicy({ ...base, services: list }, { catalog });
  if (!result.success) {
    const error = result.issues.find((issue) => issue.severity === "error");
    throw new Error(`the generated policy is not valid: ${error?.path}: ${error?.message}`);
  }
  return { policy: result.policy, processors: usable.length };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const composing = /Composing the policy…|Die Datenschutzerklärung wird erstellt…/;

/** Waits until the viewer shows text instead of the loading line; returns the milliseconds since `start`. */
async function untilContent(app, start) {
  while (composing.test(app.lastFrame() ?? "")) {
    if (performance.now() - start > 10_000) throw new Error("still composing after 10 s");
    await tick();
  }
  return performance.now() - start;
}

/** Writes a key and waits until ink has drawn the frame after it; returns the milliseconds. */
async function press(app, key) {
  const before = app.frames.length;
  const start = performance.now();
  app.stdin.write(key);
  while (app.frames.length === before) {
    // A key that changes nothing draws no frame: every measured key here changes the screen.
    if (performance.now() - start > 2000) throw new Error(`no frame after ${JSON.stringify(key)}`);
    await tick();
  }
  return performance.now() - start;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function measure(policy) {
  const start = performance.now();
  const app = render(createElement(PolicyViewer, { policy, locale: "en", color: true }));
  const firstFrame = performance.now() - start;
  if (!composing.test(app.lastFrame() ?? "")) throw new Error("the first frame is not the loading frame");
  const firstContent = await untilContent(app, start);
  Object.defineProperty(app.stdout, "rows", { value: 40, configurable: true });
  app.stdout.emit("resize");
  await tick();

  const down = [];
  // The example has 18 sections: 15 steps down stay inside both lists.
  for (let i = 0; i < 15; i++) down.push(await press(app, "j"));

  const search = [];
  const next = [];
  for (const query of ["data", "ip address", "provider", "privacy", "purpose"]) {
    await press(app, "/");
    for (const char of query) await press(app, char);
    search.push(await press(app, "\r"));
    // n on a query found only once redraws nothing; the queries below occur often in both policies.
    for (let i = 0; i < 3; i++) next.push(await press(app, "n"));
    await press(app, "\u001b");
  }

  const data = [];
  const dataDown = [];
  for (let i = 0; i < 5; i++) {
    data.push(await press(app, "d"));
    for (let j = 0; j < 8; j++) dataDown.push(await press(app, "j"));
    await press(app, "\u001b");
  }

  const switchStart = performance.now();
  const language = await press(app, "l");
  if (!composing.test(app.lastFrame() ?? "")) throw new Error("the first frame after l is not the loading frame");
  const languageContent = await untilContent(app, switchStart);
  app.unmount();
  return {
    firstFrame,
    firstContent,
    down: median(down),
    search: median(search),
    next: median(next),
    data: median(data),
    dataDown: median(dataDown),
    language,
    languageContent,
  };
}

const { policy: big, processors } = bigPolicy(services);
// A warm-up run, so both measured runs see the same JIT state.
await measure(example);
const small = await measure(example);
const large = await measure(big);

if (json) {
  console.log(JSON.stringify({ services, example: small, large }, null, 2));
  process.exit(0);
}

const rows = [
  ["first frame (loading line)", "firstFrame"],
  ["first content frame (sections)", "firstContent"],
  ["↓ in the list (median)", "down"],
  ["search: Enter (median)", "search"],
  ["n next match (median)", "next"],
  ["d data view (median)", "data"],
  ["↓ in the data view (median)", "dataDown"],
  ["l to German: first frame (loading line)", "language"],
  ["l to German: German text", "languageContent"],
];
const ms = (value) => `${value.toFixed(1)} ms`;
console.log(
  `@policy/ink benchmark: ${services} services (${processors} catalog entries in turn) vs the example (${example.services.length} services)\n`,
);
console.log(`| measure | example | ${services} services | ratio |`);
console.log("| --- | ---: | ---: | ---: |");
for (const [label, key] of rows) console.log(`| ${label} | ${ms(small[key])} | ${ms(large[key])} | ${(large[key] / small[key]).toFixed(1)}× |`);
const slowest = Math.max(large.firstFrame, large.language, large.down, large.search, large.next, large.data, large.dataDown);
console.log(`\nslowest first frame or keypress at ${services} services: ${ms(slowest)} (target: under 50 ms)`);
console.log(`composing (once per language, after the first frame): ${ms(large.firstContent)} in English, ${ms(large.languageContent)} in German`);
