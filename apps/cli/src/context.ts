import { colorsFor, type Colors } from "./colors.js";
import { ExitCode } from "./exit-code.js";
import type { Io } from "./io.js";

/** What every command gets: the streams, colours decided per stream, and where its outcome goes. */
export interface Context {
  readonly io: Io;
  /** Colours for stdout and for stderr; each is plain when its stream is not a terminal. */
  readonly colors: { readonly out: Colors; readonly err: Colors };
  /** `--quiet`: only errors and the results asked for; no reports, no warnings. Set before a command runs. */
  quiet: boolean;
  /** The exit code the command ended with; a command sets it, `run` returns it. */
  exitCode: ExitCode;
}

export function createContext(io: Io): Context {
  return { io, colors: { out: colorsFor(io.stdout, io.env), err: colorsFor(io.stderr, io.env) }, quiet: false, exitCode: ExitCode.ok };
}
