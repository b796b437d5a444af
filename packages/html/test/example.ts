import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalog } from "@policy/catalog";
import { type Locale, loadPolicy, type Policy } from "@policy/core";
import { toHtml } from "../src/index.js";

/** The repository's example policy (apps/example/policy.yaml), loaded with the catalog. */
export const examplePolicyFile = fileURLToPath(new URL("../../../apps/example/policy.yaml", import.meta.url));

export function examplePolicy(): Policy {
  return loadPolicy(readFileSync(examplePolicyFile, "utf8"), { filename: "policy.yaml", catalog });
}

/**
 * The example's standalone page, as `npm start` writes it to apps/example/out/policy.<locale>.html
 * (with `--standalone --toc`), rendered afresh from the policy: the tests check what this source
 * renders, not a copy committed before it changed.
 */
export function examplePage(locale: Locale): string {
  return toHtml(examplePolicy(), { locale, standalone: true, toc: true });
}
