import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Processor } from "@policy/core";

/** Every entry file in src/processors, with the one named export it must have. */
export interface EntryFile {
  readonly file: string;
  readonly exportName: string;
  readonly exports: Record<string, unknown>;
}

const directory = fileURLToPath(new URL("../src/processors/", import.meta.url));

/** `google-analytics` -> `googleAnalytics`: the export name that goes with a file (and id). */
export function exportNameOf(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

export const entryFiles: readonly EntryFile[] = await Promise.all(
  readdirSync(directory)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .sort()
    .map(async (name) => {
      const id = name.slice(0, -".ts".length);
      const exports = (await import(new URL(name, `file://${directory}`).href)) as Record<string, unknown>;
      return { file: name, exportName: exportNameOf(id), exports };
    }),
);

export const entries: readonly Processor[] = entryFiles.map(({ exports, exportName }) => exports[exportName] as Processor);
