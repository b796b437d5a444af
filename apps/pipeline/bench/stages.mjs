// One size of the pipeline benchmark: a synthetic policy of `count` services, each stage timed.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { catalog } from "@policy/catalog";
import { compose, loadPolicy, safeParsePolicy } from "@policy/core";
import { toHast, toHtml } from "@policy/html";
import { toMarkdown, toMdast } from "@policy/markdown";
import { toHtml as hastToHtml } from "hast-util-to-html";
import { gfmTableToMarkdown } from "mdast-util-gfm-table";
import { toMarkdown as mdastToMarkdown } from "mdast-util-to-markdown";
import { parse, stringify } from "yaml";

const exampleText = readFileSync(new URL("../../example/policy.yaml", import.meta.url), "utf8");

/**
 * The example's controller and settings with `count` services: the catalog's entries in turn, each
 * under its own id and name, as the YAML text a user would write (realistic sizes: a provider
 * reference and a name per service, the rest from the catalog's defaults).
 */
export function syntheticPolicyText(count) {
  const base = parse(exampleText);
  delete base.services;
  // The entries that make a complete service on their own.
  const usable = Object.keys(catalog).filter((id) => safeParsePolicy({ ...base, services: [{ id: "probe", processor: id }] }, { catalog }).success);
  const services = Array.from({ length: count }, (_, index) => {
    const processor = usable[index % usable.length];
    return {
      id: `${processor}-${index}`,
      name: { en: `${catalog[processor].name} (${index})`, de: `${catalog[processor].name} (${index})` },
      processor,
    };
  });
  return stringify({ ...base, services });
}

/**
 * How many times each stage runs at a size: enough for a median, few enough for 10,000 services,
 * where one Markdown rendering takes half a minute here (and the JIT is warm long before it ends,
 * so no warm-up run is needed).
 */
const runsFor = (count) => (count <= 10 ? 25 : count <= 100 ? 11 : count <= 1000 ? 5 : 2);
const warmUp = (count) => count < 10_000;

function time(run) {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureSize(count) {
  const text = syntheticPolicyText(count);
  const policy = loadPolicy(text, { catalog });
  const document = compose(policy, { locale: "en" });
  const mdast = toMdast(document);
  const hast = toHast(document);
  const stages = {
    yamlParse: () => parse(text),
    loadPolicy: () => loadPolicy(text, { catalog }),
    compose: () => compose(policy, { locale: "en" }),
    mdastToMarkdown: () => mdastToMarkdown(mdast, { extensions: [gfmTableToMarkdown()] }),
    toMarkdown: () => toMarkdown(document),
    hastToHtml: () => hastToHtml(hast),
    toHtml: () => toHtml(document),
  };
  const runs = runsFor(count);
  const medians = {};
  for (const [name, run] of Object.entries(stages)) {
    if (warmUp(count)) run();
    const times = [];
    for (let index = 0; index < runs; index += 1) {
      globalThis.gc?.();
      times.push(time(run));
    }
    medians[name] = median(times);
  }
  return { services: count, yamlBytes: Buffer.byteLength(text), runs, medians, peakRss: process.resourceUsage().maxRSS * 1024 };
}
