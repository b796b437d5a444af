// Benchmark of the viewer with 2,000 services, beside the example policy as the baseline.
// Not a test: it prints a table of timings. Run after a build: `npm run build && npm run bench -w @policy/ink`.
// With `--json`, it prints the same measures as JSON instead (the pipeline benchmark reads them).
//
// Measures with ink-testing-library (no terminal I/O): the time to the first frame (header, "Composing the
// policy…", footer: drawn before compose) and to the first content frame (compose, navigation, layout and
// render of the sections); the median and the worst time from a key to its frame for: ↓ in the list, each
// character typed into search, Enter on it, n to the next match, d to open the data view, ↓ in it (each kind
// of data visited first once, then again), t to the transfers view and ↓ in it; and `l` to German, which is
// composed then: the time to its first frame (the German loading line) and to the German text; and q pressed
// right after Enter on a search, until the viewer has quit. The worst key is what a person feels. The large
// policy is measured twice: with the keys right after its text is shown, and after ten idle seconds, in
// which the viewer lays out first visits in the background (the search texts are made while composing).
// Its numbers are the median of three runs (`--runs=N`). `node scripts/bench.mjs 10000` runs it at 10,000
// services.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { catalog } from "@policy/catalog";
import { loadPolicy, safeParsePolicy } from "@policy/core";
import { PolicyViewer } from "@policy/ink";
import { render } from "ink-testing-library";
import { createElement } from "react";
import { parse } from "yaml";

const json = process.argv.includes("--json");
const services = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 2000);
// Each measure of the large policy is the median of this many runs: one run can meet a busy moment of a shared machine.
const runs = Number(/^--runs=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith("--runs=")) ?? "")?.[1] ?? 3);
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
    if (performance.now() - start > 120_000) throw new Error("still composing after 120 s");
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
    if (performance.now() - start > 30_000) throw new Error(`no frame after ${JSON.stringify(key)}`);
    await tick();
  }
  return performance.now() - start;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** The median and the worst of a measure's keys. */
const summary = (values) => ({ median: median(values), worst: Math.max(...values) });

/** The viewer's timings on a policy; with `idle`, the keys start that many milliseconds after the text is shown. */
async function measure(policy, idle = 0) {
  const start = performance.now();
  const app = render(createElement(PolicyViewer, { policy, locale: "en", color: true }));
  const firstFrame = performance.now() - start;
  if (!composing.test(app.lastFrame() ?? "")) throw new Error("the first frame is not the loading frame");
  const firstContent = await untilContent(app, start);
  Object.defineProperty(app.stdout, "rows", { value: 40, configurable: true });
  app.stdout.emit("resize");
  await tick();
  // The viewer prepares searches and first visits in the background once the text is shown.
  if (idle > 0) await new Promise((resolve) => setTimeout(resolve, idle));

  const down = [];
  // The example has 18 sections: 15 steps down stay inside both lists.
  for (let i = 0; i < 15; i++) down.push(await press(app, "j"));

  const search = [];
  const typed = [];
  const next = [];
  for (const query of ["data", "ip address", "provider", "privacy", "purpose"]) {
    await press(app, "/");
    // Each character searches as it is typed: the first one of a query is the slowest.
    for (const char of query) typed.push(await press(app, char));
    search.push(await press(app, "\r"));
    // n on a query found only once redraws nothing; the queries below occur often in both policies.
    for (let i = 0; i < 3; i++) next.push(await press(app, "n"));
    await press(app, "\u001b");
  }

  // The data view: the first pass visits each kind of data for the first time, the second again.
  const data = [];
  const dataDown = [];
  for (let pass = 0; pass < 2; pass++) {
    data.push(await press(app, "d"));
    for (let j = 0; j < 12; j++) dataDown.push(await press(app, "j"));
    await press(app, "\u001b");
  }
  // The transfers view, opened for the first time, and each country in it.
  const transfers = [await press(app, "t")];
  // The example sends data to three countries: two steps down stay inside both lists.
  for (let j = 0; j < 2; j++) transfers.push(await press(app, "j"));
  await press(app, "\u001b");

  const switchStart = performance.now();
  const language = await press(app, "l");
  if (!composing.test(app.lastFrame() ?? "")) throw new Error("the first frame after l is not the loading frame");
  const languageContent = await untilContent(app, switchStart);
  app.unmount();
  const keys = { down, typed, search, next, data, dataDown, transfers };
  return {
    firstFrame,
    firstContent,
    ...Object.fromEntries(Object.entries(keys).map(([key, values]) => [key, median(values)])),
    worst: Object.fromEntries(Object.entries(keys).map(([key, values]) => [key, summary(values).worst])),
    language,
    languageContent,
  };
}

/**
 * The time from Enter on a search to the viewer having quit, when q is pressed right after Enter
 * (both keys in one write, as a person pressing q during a long search sends them): a search must
 * never hold up quitting.
 */
async function quitDuringSearch(policy) {
  let quitted;
  const quit = new Promise((resolve) => {
    quitted = resolve;
  });
  const app = render(createElement(PolicyViewer, { policy, locale: "en", color: true, onQuit: () => quitted(performance.now()) }));
  await untilContent(app, performance.now());
  await press(app, "/");
  for (const char of "ip address") await press(app, char);
  const start = performance.now();
  app.stdin.write("\rq");
  const quitAt = await quit;
  app.unmount();
  return quitAt - start;
}

/** Each number the median of the runs' numbers (the runs have the same shape). */
function medianOf(results) {
  const [first] = results;
  if (typeof first === "number") return median(results);
  return Object.fromEntries(Object.keys(first).map((key) => [key, medianOf(results.map((result) => result[key]))]));
}

/** The measure, run `runs` times, each number the median of the runs. */
async function repeated(run) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await run());
  return medianOf(results);
}

const { policy: big, processors } = bigPolicy(services);
// A warm-up run, so both measured runs see the same JIT state.
await measure(example);
const small = await measure(example);
const large = await repeated(async () => ({ ...(await measure(big)), quit: await quitDuringSearch(big) }));
// A person reads before the first key: the same keys once the background work has had ten seconds.
const idleMs = 10_000;
const settled = await repeated(() => measure(big, idleMs));
small.quit = await quitDuringSearch(example);

if (json) {
  console.log(JSON.stringify({ services, example: small, large, settled }, null, 2));
  process.exit(0);
}

const rows = [
  ["↓ in the list", "down"],
  ["a character typed into search", "typed"],
  ["search: Enter", "search"],
  ["n next match", "next"],
  ["d data view", "data"],
  ["↓ in the data view (first visits included)", "dataDown"],
  ["t transfers view, and ↓ in it", "transfers"],
];
const ms = (value) => `${value.toFixed(1)} ms`;
console.log(
  `@policy/ink benchmark: ${services} services (${processors} catalog entries in turn) vs the example (${example.services.length} services); the large policy's numbers are the median of ${runs} runs\n`,
);
console.log(`| measure | example | ${services} services, keys at once | ${services} services, keys after ${idleMs / 1000} s |`);
console.log("| --- | ---: | ---: | ---: |");
const line = (label, key, worst = false) => {
  const of = (run) => (worst ? run.worst[key] : run[key]);
  console.log(`| ${label} | ${ms(of(small))} | ${ms(of(large))} | ${ms(of(settled))} |`);
};
line("first frame (loading line)", "firstFrame");
line("first content frame (sections)", "firstContent");
for (const [label, key] of rows) {
  line(`${label} (median)`, key);
  line(`${label} (worst)`, key, true);
}
console.log(`| q right after search Enter, until the viewer has quit | ${ms(small.quit)} | ${ms(large.quit)} | |`);
line("l to German: first frame (loading line)", "language");
line("l to German: German text", "languageContent");
const worstKey = (run) => Math.max(run.firstFrame, run.language, ...rows.map(([, key]) => run.worst[key]));
console.log(
  `\nworst first frame or key at ${services} services: ${ms(worstKey(large))} with keys at once, ${ms(worstKey(settled))} after ${idleMs / 1000} s (target: under 50 ms)`,
);
console.log(`composing (once per language, after the first frame): ${ms(large.firstContent)} in English, ${ms(large.languageContent)} in German`);
