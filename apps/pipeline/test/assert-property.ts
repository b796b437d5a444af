// Runs a property with the settings from fuzz-settings.ts and reports a failure so that it can be
// replayed: fast-check's seed and path, the command that replays it, and the failing case saved to
// a file. Shrinking is bounded in time: a failure is reported at most `shrinkSeconds` after it was
// found (plus the run under way), with the smallest case found by then.

import fc from "fast-check";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { FuzzSettings } from "./fuzz-settings.js";

export interface AssertPropertyOptions {
  /**
   * Names for the parts of a counterexample (the property's arguments), as keys in the saved file:
   * `["policy", "markdownOptions"]`. Without them the file holds the arguments as a list.
   */
  readonly parts?: readonly string[];
  /** Where failing cases are saved. Default: `policy-fuzz` in the OS's temp directory. */
  readonly directory?: string;
  /** The test, for the replay command. Default: the test vitest is running. */
  readonly test?: { readonly name: string; readonly file: string };
  /** The clock shrinking is timed with, in ms. Default: Date.now. */
  readonly now?: () => number;
  /** Where the notice of a failure goes the moment it is found. Default: stderr, which vitest does not hold back. */
  readonly notify?: (line: string) => void;
}

/** What the saved file holds. */
export interface SavedCounterexample {
  readonly test: string;
  readonly seed: number;
  /** The path of this case; undefined while shrinking, for the case as it was found. */
  readonly path: string | undefined;
  readonly replay: string;
  readonly error: string;
  /** The property's arguments: an object with `parts` as keys, or a list. Values JSON cannot hold are left out. */
  readonly counterexample: unknown;
}

/**
 * `fc.assert` with bounded shrinking and a report to replay from. Throws an Error whose message
 * gives the seed, the counterexample's path, how many shrink steps were taken and whether the time
 * ran out, the command that replays the case, the file it was saved to, and the property's error.
 */
export function assertProperty<Ts extends unknown[]>(property: fc.IProperty<Ts>, settings: FuzzSettings, options: AssertPropertyOptions = {}): void {
  const test = options.test ?? currentTest();
  const directory = options.directory ?? join(tmpdir(), "policy-fuzz");
  const notify = options.notify ?? ((line: string) => process.stderr.write(`${line}\n`));
  const replayCommand = (path: string | undefined) =>
    [
      settings.replay,
      path === undefined ? "" : `POLICY_FUZZ_PATH="${path}"`,
      `npx vitest run --project pipeline ${test.file} -t ${quote(regExpEscape(test.name))}`,
    ]
      .filter((part) => part !== "")
      .join(" ");
  const file = join(directory, `${slug(test.name)}-seed-${settings.seed}.json`);
  const save = (counterexample: readonly unknown[], path: string | undefined, error: unknown): string => {
    const saved: SavedCounterexample = {
      test: test.name,
      seed: settings.seed,
      path,
      replay: replayCommand(path),
      error: errorText(error),
      counterexample: named(counterexample, options.parts),
    };
    mkdirSync(directory, { recursive: true });
    writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`);
    return file;
  };

  const shrinkMs = settings.shrinkSeconds * 1000;
  const details = fc.check(property, {
    seed: settings.seed,
    numRuns: settings.numRuns,
    ...(settings.path === undefined ? {} : { path: settings.path }),
    plugins: [
      stopShrinkingAfter(shrinkMs, {
        replay: settings.path !== undefined,
        ...(options.now === undefined ? {} : { now: options.now }),
        onFailure: (value, error) => {
          // Said at once: the report comes only when shrinking ends, and a run may be stopped before.
          const saved = save(value as readonly unknown[], undefined, error);
          notify(`${test.name}: a case failed (seed ${settings.seed}); shrinking it for up to ${settings.shrinkSeconds} s. As found: ${saved}`);
        },
      }),
    ],
  });
  if (!details.failed) {
    if (settings.path !== undefined && details.numRuns === 0) {
      throw new Error(
        `POLICY_FUZZ_PATH="${settings.path}" names no case of this property (${test.name}): replay it with -t and the seed it was found with`,
      );
    }
    return;
  }
  if (details.counterexample === null || details.counterexamplePath === null) {
    throw new Error(fc.defaultReportMessage(details) ?? `${test.name}: the property failed without a counterexample`);
  }
  const path = details.counterexamplePath;
  save(details.counterexample as readonly unknown[], path, details.errorInstance);
  const shrinking = details.interrupted
    ? `shrunk ${details.numShrinks} times, then stopped after ${settings.shrinkSeconds} s (replay the path to shrink further)`
    : `shrunk ${details.numShrinks} times`;
  throw new Error(
    [
      `Property failed after ${details.numRuns} runs: seed ${details.seed}, path "${path}", ${shrinking}.`,
      `Replay (from the repository's root): ${replayCommand(path)}`,
      `Counterexample saved to ${file}`,
      `Error: ${truncate(errorText(details.errorInstance), 4000)}`,
    ].join("\n"),
  );
}

/**
 * A fast-check plugin that ends shrinking `ms` after the first failure: every run after that is an
 * interruption, which ends the check with the smallest failing case found so far and its path.
 * (fast-check's own time limits count from the start of the check, so they would cut the search
 * for a failure short, or leave the shrinking unbounded.) `onFailure` hears of the first failing
 * case. Synchronous properties only: a promise is passed on untimed.
 *
 * `replay`: the check replays a path. If that case passes, the check ends there; fast-check would
 * go on with every other shrink of the case before it (thousands of them for a generated policy,
 * whatever numRuns says).
 */
export function stopShrinkingAfter(
  ms: number,
  {
    now = Date.now,
    onFailure,
    replay = false,
  }: { readonly now?: () => number; readonly onFailure?: (value: unknown, error: unknown) => void; readonly replay?: boolean } = {},
): fc.UniversalPlugin {
  return () => {
    let failedAt: number | undefined;
    let runs = 0;
    return {
      decorateRun: (run) => (value) => {
        if (failedAt === undefined ? replay && runs > 0 : now() - failedAt >= ms) return new fc.PreconditionFailure(true);
        runs += 1;
        const outcome = run(value);
        if (failedAt === undefined && outcome !== null && !(outcome instanceof Promise) && !fc.PreconditionFailure.isFailure(outcome)) {
          failedAt = now();
          onFailure?.(value, outcome.error);
        }
        return outcome;
      },
    };
  };
}

/** The repository's root, where the replay command runs. */
const root = fileURLToPath(new URL("../../../", import.meta.url));

function currentTest(): { name: string; file: string } {
  const state = expect.getState();
  const file = state.testPath === undefined ? "" : relative(root, state.testPath);
  // vitest names the test "describe > test"; -t matches against the names joined by spaces.
  const name = (state.currentTestName ?? "property").split(" > ").join(" ");
  return { name, file };
}

function named(counterexample: readonly unknown[], parts: readonly string[] | undefined): unknown {
  if (parts === undefined || parts.length !== counterexample.length) return counterexample;
  return Object.fromEntries(parts.map((part, index) => [part, counterexample[index]]));
}

/** An error as text; for an assertion, with the value it found (the message shortens it to `[ …(13) ]`). */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const text = error.stack ?? `${error.name}: ${error.message}`;
  return "actual" in error && error.actual !== undefined ? `${text}\nActual: ${JSON.stringify(error.actual, null, 2)}` : text;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length)}… (${text.length - length} more characters in the saved file)`;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "property"
  );
}

/** -t takes a regular expression. */
function regExpEscape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

/** A shell word: single quotes, with any single quote in it closed, escaped and reopened. */
function quote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}
