// How many cases the property tests try, and from which seed.
//
// `npm test`: a fixed seed and a modest number of runs per property, so the suite is quick and the
// same on every machine. `npm run test:fuzz` (POLICY_FUZZ_RUNS set): that many runs per property,
// from POLICY_FUZZ_SEED or a random seed that is printed, so a failure found overnight can be
// replayed. fast-check's failure message names the seed and the path of the shrunk counterexample;
// POLICY_FUZZ_PATH replays that path directly (run only the failing test then, with `-t`, since a
// path belongs to one property).

import type { Parameters } from "fast-check";

/** The seed `npm test` uses: any fixed number would do. */
export const fixedSeed = 20261201;

export interface FuzzSettings {
  /** Hand to `fc.assert`. */
  readonly parameters: Parameters<unknown>;
  /** A timeout for the test that runs the property, in ms: generous when fuzzing. */
  readonly timeout: number;
  /** Whether POLICY_FUZZ_RUNS asked for a long run. */
  readonly fuzzing: boolean;
}

/** A long run's seed when POLICY_FUZZ_SEED does not give one: drawn once, shared by the file's properties. */
const randomSeed = Math.floor(Math.random() * 0x7fffffff);
let printed = false;

/**
 * The fast-check parameters for one property. `runs` is its number of runs under `npm test`,
 * `msPerRun` a generous estimate of one run's time, for the timeout of a long run.
 */
export function fuzzSettings({ runs, msPerRun }: { readonly runs: number; readonly msPerRun: number }): FuzzSettings {
  const env = process.env;
  const requested = env.POLICY_FUZZ_RUNS;
  if (requested === undefined || requested === "") {
    return { parameters: { seed: fixedSeed, numRuns: runs }, timeout: 60_000, fuzzing: false };
  }
  const numRuns = positiveInteger("POLICY_FUZZ_RUNS", requested);
  const seed = env.POLICY_FUZZ_SEED === undefined || env.POLICY_FUZZ_SEED === "" ? randomSeed : integer("POLICY_FUZZ_SEED", env.POLICY_FUZZ_SEED);
  const path = env.POLICY_FUZZ_PATH === undefined || env.POLICY_FUZZ_PATH === "" ? {} : { path: env.POLICY_FUZZ_PATH };
  if (!printed) {
    printed = true;
    // stderr, not console: vitest buffers console output per test, and a run that hangs or is
    // killed must still have told us its seed.
    process.stderr.write(`property tests: ${numRuns} runs per property, seed ${seed} (replay: POLICY_FUZZ_SEED=${seed})\n`);
  }
  return {
    parameters: { seed, numRuns, ...path },
    timeout: Math.max(60_000, numRuns * msPerRun * 3),
    fuzzing: true,
  };
}

function positiveInteger(name: string, value: string): number {
  const number = integer(name, value);
  if (number < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return number;
}

function integer(name: string, value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new Error(`${name} must be an integer, got ${JSON.stringify(value)}`);
  return Number(value.trim());
}
