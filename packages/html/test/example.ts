import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalog } from "@policy/catalog";
import { loadPolicy, type Policy } from "@policy/core";

/** The repository's example policy (apps/example/policy.yaml), loaded with the catalog. */
export const examplePolicyFile = fileURLToPath(new URL("../../../apps/example/policy.yaml", import.meta.url));

export function examplePolicy(): Policy {
  return loadPolicy(readFileSync(examplePolicyFile, "utf8"), { filename: "policy.yaml", catalog });
}

/** The committed renderings of the example (`npm start` writes them): `policy.<locale>.html` are the pages. */
export function exampleRendering(name: string): string {
  return fileURLToPath(new URL(`../../../apps/example/out/${name}`, import.meta.url));
}
