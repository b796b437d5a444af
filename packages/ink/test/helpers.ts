import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalog } from "@policy/catalog";
import { loadPolicy, type Policy } from "@policy/core";

export const examplePath = fileURLToPath(new URL("../../../apps/example/policy.yaml", import.meta.url));

let cached: Policy | undefined;

/** The example policy (apps/example/policy.yaml), loaded with the catalog once per test file. */
export function examplePolicy(): Policy {
  cached ??= loadPolicy(readFileSync(examplePath, "utf8"), { filename: examplePath, catalog });
  return cached;
}

const sgr = /\u001b\[[0-9;]*m/g;

/** A frame without its colours and attributes, for asserting on the words. */
export function plain(frame: string | undefined): string {
  return (frame ?? "").replace(sgr, "");
}

/** The keys as a terminal sends them. */
export const keys = {
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  pageUp: "\u001b[5~",
  pageDown: "\u001b[6~",
  enter: "\r",
  escape: "\u001b",
  tab: "\t",
  backspace: "\u007f",
  ctrlC: "\u0003",
} as const;

/** Lets ink read the input and render: the "wait a tick" of ink-testing-library tests. */
export async function tick(): Promise<void> {
  // Generous on purpose: two test projects share two cores, and React runs effects after a frame.
  await new Promise((resolve) => setTimeout(resolve, 40));
}

interface Writable {
  write(data: string): void;
}

/** Writes each key and waits for the frame after it. */
export async function press(stdin: Writable, ...sequence: string[]): Promise<void> {
  for (const key of sequence) {
    stdin.write(key);
    await tick();
  }
}
