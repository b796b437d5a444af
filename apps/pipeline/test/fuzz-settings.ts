// How many cases the property tests try, from which seed, and how long a failure may shrink.
//
// `npm test`: a fixed seed and a modest number of runs per property, so the suite is quick and the
// same on every machine. `npm run test:fuzz` (POLICY_FUZZ_RUNS set): that many runs per property,
// from POLICY_FUZZ_SEED or a random seed that is printed, so a failure found overnight can be
// replayed. POLICY_FUZZ_PATH replays the path a failure report names (run only the failing test
// then, with `-t`, since a path belongs to one property). POLICY_FUZZ_SHRINK_SECONDS bounds the
// shrinking of a failure (see `assertProperty`).

/** The seed `npm test` uses: any fixed number would do. */
export const fixedSeed = 20261201;

/**
 * How long fast-check may shrink a failure before it is reported. A generated policy can be
 * hundreds of kilobytes of text; each shrink step renders it again (up to a second here), and
 * shrinking one of those to the end took longer than anyone waited. A minute brings most cases down
 * to a readable size; replaying the reported path shrinks further from there.
 */
export const defaultShrinkSeconds = 60;

export interface FuzzSettings {
  readonly seed: number;
  readonly numRuns: number;
  /** A counterexample's path to replay (POLICY_FUZZ_PATH), or undefined. */
  readonly path: string | undefined;
  /** How long a failure may shrink, in seconds; 0 reports the failing case as it was found. */
  readonly shrinkSeconds: number;
  /** A timeout for the test that runs the property, in ms: generous when fuzzing. */
  readonly timeout: number;
  /** Whether POLICY_FUZZ_RUNS asked for a long run. */
  readonly fuzzing: boolean;
  /** The variables that give this run's cases again: `POLICY_FUZZ_RUNS=1000 POLICY_FUZZ_SEED=42`, or "" for `npm test`'s. */
  readonly replay: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** A long run's seed when POLICY_FUZZ_SEED does not give one: drawn once, shared by the file's properties. */
const randomSeed = Math.floor(Math.random() * 0x7fffffff);
let printed = false;

/**
 * The settings for one property. `runs` is its number of runs under `npm test`, `msPerRun` a
 * generous estimate of one run's time, for the timeout of a long run.
 */
export function fuzzSettings({ runs, msPerRun }: { readonly runs: number; readonly msPerRun: number }, env: Environment = process.env): FuzzSettings {
  const path = given(env.POLICY_FUZZ_PATH);
  const shrink = given(env.POLICY_FUZZ_SHRINK_SECONDS);
  const shrinkSeconds = shrink === undefined ? defaultShrinkSeconds : nonNegativeInteger("POLICY_FUZZ_SHRINK_SECONDS", shrink);
  const requested = given(env.POLICY_FUZZ_RUNS);
  if (requested === undefined) {
    return { seed: fixedSeed, numRuns: runs, path, shrinkSeconds, timeout: 60_000 + shrinkSeconds * 1000, fuzzing: false, replay: "" };
  }
  const numRuns = positiveInteger("POLICY_FUZZ_RUNS", requested);
  const seedText = given(env.POLICY_FUZZ_SEED);
  const seed = seedText === undefined ? randomSeed : integer("POLICY_FUZZ_SEED", seedText);
  if (!printed && env === process.env) {
    printed = true;
    // stderr, not console: vitest buffers console output per test, and a run that hangs or is
    // killed must still have told us its seed.
    process.stderr.write(`property tests: ${numRuns} runs per property, seed ${seed} (replay: POLICY_FUZZ_SEED=${seed})\n`);
  }
  return {
    seed,
    numRuns,
    path,
    shrinkSeconds,
    timeout: Math.max(60_000, numRuns * msPerRun * 3) + shrinkSeconds * 1000,
    fuzzing: true,
    replay: `POLICY_FUZZ_RUNS=${numRuns} POLICY_FUZZ_SEED=${seed}`,
  };
}

function given(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

function positiveInteger(name: string, value: string): number {
  const number = integer(name, value);
  if (number < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return number;
}

function nonNegativeInteger(name: string, value: string): number {
  const number = integer(name, value);
  if (number < 0) throw new Error(`${name} must be 0 or more, got ${JSON.stringify(value)}`);
  return number;
}

function integer(name: string, value: string): number {
  if (!/^-?\d+$/.test(value)) throw new Error(`${name} must be an integer, got ${JSON.stringify(value)}`);
  return Number(value);
}
