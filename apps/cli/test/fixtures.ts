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

/**
 * The example with its newsletter's retention as `policy init` first writes it, "until no longer
 * needed", in every language of the example: what `retention-until-needed` warns of.
 */
export function withVagueRetention(example: string): string {
  const vague = example.replace(
    /^( {6}until:\n) {8}en: you unsubscribe\n(?: {8}[a-z]{2}: .*\n)+/m,
    [
      "$1        en: it is no longer needed",
      "        de: sie nicht mehr benötigt werden",
      "        fr: elles ne sont plus nécessaires",
      "        it: non sono più necessari",
      "        es: dejen de ser necesarios",
      "        nl: ze niet meer nodig zijn",
      "        pl: przestaną być potrzebne\n",
    ].join("\n"),
  );
  if (vague === example) throw new Error("the example's newsletter retention was not found");
  return vague;
}

/** The example without the first service's `provision` block: what `missing-provision` warns of. */
export function withoutFirstProvision(example: string): string {
  const without = example.replace(/^ {4}provision:\n(?: {6,}.*\n)+/m, "");
  if (without === example) throw new Error("the example's first provision was not found");
  return without;
}
