// How a failing property is reported: promptly, however large its counterexample, with what it
// takes to replay it. The clock is a fake one, so nothing here depends on the machine's speed.

import fc from "fast-check";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertProperty, type SavedCounterexample } from "./assert-property.js";
import { defaultShrinkSeconds, fixedSeed, fuzzSettings, type FuzzSettings } from "./fuzz-settings.js";

/** Thousands of long strings: shrinking this one step at a time takes hundreds of steps. */
const huge = fc.array(fc.string({ minLength: 100, maxLength: 200 }), { minLength: 2000, maxLength: 2500 });

const settings = (overrides: Partial<FuzzSettings>): FuzzSettings => ({
  seed: 42,
  numRuns: 1000,
  path: undefined,
  shrinkSeconds: 60,
  timeout: 60_000,
  fuzzing: true,
  replay: "POLICY_FUZZ_RUNS=1000 POLICY_FUZZ_SEED=42",
  ...overrides,
});

const test = { name: "a property that always fails", file: "apps/pipeline/test/example.test.ts" };

/** Runs `body`, which must throw, and gives its error's message. */
function failureOf(body: () => void): string {
  try {
    body();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the property to fail");
}

describe("assertProperty", () => {
  it("stops shrinking a huge counterexample when the shrink time is up, and reports the smallest case found by then", () => {
    let calls = 0;
    let clock = 0;
    const notices: string[] = [];
    const message = failureOf(() =>
      assertProperty(
        fc.property(huge, () => {
          calls += 1;
          throw new Error("always fails");
        }),
        settings({ shrinkSeconds: 5 }),
        // Each reading of the clock is a second later: five seconds after the failure, shrinking ends.
        { test, directory: mkdtempSync(join(tmpdir(), "assert-property-")), now: () => (clock += 1000), notify: (line) => notices.push(line) },
      ),
    );
    expect(calls).toBeLessThanOrEqual(6);
    expect(message).toMatch(
      /^Property failed after 1 runs: seed 42, path "0(:0)*", shrunk [0-5] times, then stopped after 5 s \(replay the path to shrink further\)\.$/m,
    );
    expect(message).toContain("Error: always fails");
    // The failure was announced when it was found, before any shrinking.
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^a property that always fails: a case failed \(seed 42\); shrinking it for up to 5 s\. As found: .*\.json$/);
  });

  it("names the seed, the path, the command that replays it and the file that holds the case", () => {
    let calls = 0;
    const directory = mkdtempSync(join(tmpdir(), "assert-property-"));
    const message = failureOf(() =>
      assertProperty(
        fc.property(huge, fc.constantFrom("en", "de"), () => {
          calls += 1;
          throw new Error("always fails");
        }),
        settings({ shrinkSeconds: 0 }),
        { test, directory, parts: ["texts", "locale"], notify: () => {} },
      ),
    );
    // No time to shrink: the case is reported as it was found, after one run.
    expect(calls).toBe(1);
    const file = join(directory, "a-property-that-always-fails-seed-42.json");
    expect(message.split("\n").slice(0, 3)).toEqual([
      'Property failed after 1 runs: seed 42, path "0", shrunk 0 times, then stopped after 0 s (replay the path to shrink further).',
      `Replay (from the repository's root): POLICY_FUZZ_RUNS=1000 POLICY_FUZZ_SEED=42 POLICY_FUZZ_PATH="0" npx vitest run --project pipeline apps/pipeline/test/example.test.ts -t 'a property that always fails'`,
      `Counterexample saved to ${file}`,
    ]);
    const saved = JSON.parse(readFileSync(file, "utf8")) as SavedCounterexample;
    expect(saved).toMatchObject({ test: test.name, seed: 42, path: "0", error: expect.stringContaining("always fails") });
    const counterexample = saved.counterexample as { texts: string[]; locale: string };
    expect(Object.keys(counterexample)).toEqual(["texts", "locale"]);
    expect(counterexample.texts.length).toBeGreaterThanOrEqual(2000);
  });

  it("finds the reported case again from its seed and path", () => {
    const directory = mkdtempSync(join(tmpdir(), "assert-property-"));
    const property = fc.property(fc.array(fc.integer({ min: 0, max: 1000 })), (numbers) => {
      if (numbers.some((number) => number > 500)) throw new Error("a number over 500");
    });
    const first = failureOf(() => assertProperty(property, settings({ shrinkSeconds: 60 }), { test, directory, notify: () => {} }));
    const path = /path "([\d:]+)"/.exec(first)?.[1];
    const found = JSON.parse(readFileSync(join(directory, "a-property-that-always-fails-seed-42.json"), "utf8")) as SavedCounterexample;
    // Shrunk to the end: one number, the smallest that fails.
    expect(found.counterexample).toEqual([[501]]);

    const replayed = failureOf(() => assertProperty(property, settings({ path, shrinkSeconds: 0 }), { test, directory, notify: () => {} }));
    expect(replayed).toContain(`path "${path}"`);
    expect(
      (JSON.parse(readFileSync(join(directory, "a-property-that-always-fails-seed-42.json"), "utf8")) as SavedCounterexample).counterexample,
    ).toEqual([[501]]);
  });

  it("replays only the case at the path: once it passes, the replay ends", () => {
    const seen: number[][] = [];
    const property = fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 50 }), (numbers) => {
      seen.push(numbers);
    });
    assertProperty(property, settings({ path: "7:0:1" }), { test, notify: () => {} });
    expect(seen).toHaveLength(1);
    // A path that leads nowhere (a shrink the case does not have) is an error, not a pass.
    expect(() => assertProperty(property, settings({ path: "7:999999" }), { test, notify: () => {} })).toThrow(
      'POLICY_FUZZ_PATH="7:999999" names no case of this property',
    );
  });

  it("passes quietly when the property holds", () => {
    const notices: string[] = [];
    assertProperty(
      fc.property(fc.integer(), (number) => Number.isInteger(number)),
      settings({}),
      { test, notify: (line) => notices.push(line) },
    );
    expect(notices).toEqual([]);
  });
});

describe("fuzzSettings", () => {
  it("uses the fixed seed and the property's own number of runs under npm test, and bounds shrinking there too", () => {
    expect(fuzzSettings({ runs: 25, msPerRun: 1000 }, {})).toEqual({
      seed: fixedSeed,
      numRuns: 25,
      path: undefined,
      shrinkSeconds: defaultShrinkSeconds,
      timeout: 60_000 + defaultShrinkSeconds * 1000,
      fuzzing: false,
      replay: "",
    });
  });

  it("takes the runs, seed, path and shrink time of a long run from the environment", () => {
    const env = { POLICY_FUZZ_RUNS: "300", POLICY_FUZZ_SEED: "441362790", POLICY_FUZZ_PATH: "235:1:0", POLICY_FUZZ_SHRINK_SECONDS: "10" };
    expect(fuzzSettings({ runs: 25, msPerRun: 1000 }, env)).toEqual({
      seed: 441362790,
      numRuns: 300,
      path: "235:1:0",
      shrinkSeconds: 10,
      timeout: 300 * 1000 * 3 + 10_000,
      fuzzing: true,
      replay: "POLICY_FUZZ_RUNS=300 POLICY_FUZZ_SEED=441362790",
    });
  });

  it("refuses values that are not whole numbers", () => {
    expect(() => fuzzSettings({ runs: 1, msPerRun: 1 }, { POLICY_FUZZ_RUNS: "0" })).toThrow("POLICY_FUZZ_RUNS must be a positive integer");
    expect(() => fuzzSettings({ runs: 1, msPerRun: 1 }, { POLICY_FUZZ_RUNS: "10", POLICY_FUZZ_SEED: "x" })).toThrow(
      "POLICY_FUZZ_SEED must be an integer",
    );
    expect(() => fuzzSettings({ runs: 1, msPerRun: 1 }, { POLICY_FUZZ_SHRINK_SECONDS: "-1" })).toThrow(
      "POLICY_FUZZ_SHRINK_SECONDS must be 0 or more",
    );
  });
});
