import { readFileSync } from "node:fs";

/** The version of @policy/cli, from its package.json (src/, dist/ and bundle/ all sit beside it). */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
