import { readFileSync } from "node:fs";
import { catalog } from "@policy/catalog";
import { safeParsePolicy, type Policy } from "@policy/core";
import YAML from "yaml";
import { examplePolicyFile } from "./example.js";

/** Calls `__xss(...)` or opens a dialog if any of it ever runs; loads `x` if an element is ever made of it. */
const markup = `<script>__xss()</script><img src=x onerror=__xss()><svg onload=alert(1)>"'><iframe src=javascript:__xss()></iframe></textarea></style></title><a href=javascript:__xss()>a</a>`;

/** Each string field gets the first of these its schema accepts; fields that take none keep their value. */
const variants: readonly string[] = [
  markup,
  `https://evil.example/"><script>__xss()</script><img src=x onerror=__xss()>`,
  `https://evil.example/?q="><script>__xss()</script>`,
  `+49 30 "><script>__xss()</script>`,
  `"><script>__xss()</script>"@evil.example`,
];

interface Leaf {
  readonly path: string;
  readonly set: (value: string) => void;
  readonly original: string;
  variant: number;
}

/**
 * The example policy with an XSS payload in every string field its schema lets one into: names,
 * descriptions, addresses, URLs, cookie names... The catalog entries the example uses are written
 * out inline, so their fields are attacked too. Returns the policy and the paths that carry a payload.
 */
export function xssPolicy(): { readonly policy: Policy; readonly attacked: readonly string[] } {
  const data = YAML.parse(readFileSync(examplePolicyFile, "utf8")) as { services: { processor?: unknown }[] };
  for (const service of data.services) {
    if (typeof service.processor === "string") service.processor = structuredClone(catalog[service.processor as keyof typeof catalog]);
  }
  const leaves = stringLeaves(data, "");
  // Each field's markup ends in its own number: two services must not share a name.
  for (const [index, leaf] of leaves.entries()) leaf.set(`${variants[0]!} ${index}`);

  for (let round = 0; round <= variants.length; round++) {
    const result = safeParsePolicy(data, { catalog });
    const errors = result.issues.filter((issue) => issue.severity === "error");
    if (result.success && errors.length === 0) {
      const attacked = leaves.filter((leaf) => leaf.variant < variants.length).map((leaf) => leaf.path);
      return { policy: result.policy, attacked };
    }
    for (const issue of errors) {
      for (const leaf of leaves.filter((candidate) => within(candidate.path, issue.path))) {
        leaf.variant++;
        leaf.set(leaf.variant < variants.length ? variants[leaf.variant]! : leaf.original);
      }
    }
  }
  throw new Error("the XSS policy does not validate even with the original values");
}

function within(path: string, issuePath: string): boolean {
  return issuePath === "" || path === issuePath || path.startsWith(`${issuePath}.`) || path.startsWith(`${issuePath}[`);
}

function stringLeaves(value: unknown, path: string): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((_item, index) => leavesOf(value as unknown[], index, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.keys(value).flatMap((key) => leavesOf(value as Record<string, unknown>, key, path === "" ? key : `${path}.${key}`));
  }
  return [];
}

function leavesOf<Key extends string | number>(container: { [key in Key]: unknown }, key: Key, path: string): Leaf[] {
  const value = container[key];
  if (typeof value !== "string") return stringLeaves(value, path);
  return [{ path, original: value, variant: 0, set: (next) => (container[key] = next) }];
}
