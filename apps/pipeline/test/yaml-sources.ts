// The valid policy files the YAML mutations start from: the example app's policy.yaml and the
// policy in the repository's README (its ```yaml block), as people write them.

import { readFileSync } from "node:fs";

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");

function readmePolicy(): string {
  const readme = read("../../../README.md");
  const block = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  if (block === undefined) throw new Error("README.md has no ```yaml block to start from");
  return block;
}

export const yamlSources: Readonly<Record<string, string>> = {
  "apps/example/policy.yaml": read("../../example/policy.yaml"),
  "README.md": readmePolicy(),
};
