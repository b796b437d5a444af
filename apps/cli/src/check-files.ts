import { readFileSync } from "node:fs";
import { structuredPatch } from "diff";
import type { Colors } from "./colors.js";
import { terminalSafe } from "./terminal-text.js";
import type { FileContent } from "./write-files.js";

export type FileState = "up to date" | "missing" | "differs";

export interface FileCheck {
  readonly path: string;
  readonly state: FileState;
  /** For a file that differs: lines added and removed, and where the first change is. */
  readonly added: number;
  readonly removed: number;
  readonly firstLine: number | undefined;
  /** The first lines of the difference, unified-diff style ("-old", "+new"). */
  readonly excerpt: readonly string[];
}

const excerptLines = 12;

/** Compares what would be written with what is on disk. */
export function checkFile({ path, content }: FileContent): FileCheck {
  let current: string;
  try {
    current = readFileSync(path, "utf8");
  } catch {
    return { path, state: "missing", added: 0, removed: 0, firstLine: undefined, excerpt: [] };
  }
  if (current === content) return { path, state: "up to date", added: 0, removed: 0, firstLine: undefined, excerpt: [] };
  const { hunks } = structuredPatch(path, path, current, content, "", "", { context: 1 });
  const changed = hunks.flatMap((hunk) => hunk.lines).filter((line) => line.startsWith("+") || line.startsWith("-"));
  return {
    path,
    state: "differs",
    added: changed.filter((line) => line.startsWith("+")).length,
    removed: changed.filter((line) => line.startsWith("-")).length,
    firstLine: hunks[0]?.oldStart,
    excerpt: hunks.flatMap((hunk) => [`@@ line ${hunk.oldStart} @@`, ...hunk.lines]).slice(0, excerptLines),
  };
}

/** "apps/example/out/policy.en.md differs: 3 lines added, 1 removed, from line 45" and an excerpt. */
export function describeCheck(check: FileCheck, colors: Colors): string {
  if (check.state === "up to date") return `${check.path} is up to date`;
  if (check.state === "missing") return colors.red(`${check.path} is missing`);
  const head = colors.red(
    `${check.path} differs: ${check.added} ${check.added === 1 ? "line" : "lines"} added, ${check.removed} removed, from line ${check.firstLine ?? 1}`,
  );
  const body = check.excerpt.map((line) => {
    const safe = `    ${terminalSafe(line)}`.trimEnd();
    return line.startsWith("+") ? colors.green(safe) : line.startsWith("-") ? colors.red(safe) : colors.dim(safe);
  });
  return [head, ...body].join("\n");
}
