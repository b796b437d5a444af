import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { onTestFinished } from "vitest";

/** The repository's example policy, which references the catalog. */
export const examplePolicyFile = fileURLToPath(new URL("../../example/policy.yaml", import.meta.url));

/**
 * A fresh folder for one test, with a copy of the example policy as `policy.yaml`; removed after
 * the test (call it inside a test).
 */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "policy-cli-"));
  copyFileSync(examplePolicyFile, join(dir, "policy.yaml"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
