import { describeValue, type Locale, optionChecks, RenderOptionsError } from "@policy/core/render";

export interface ViewOptions {
  /** The language to start in: "en" or "de". Default: the policy's first language. */
  readonly locale?: Locale;
  /** Colour on or off. Default: on, unless NO_COLOR is set. */
  readonly color?: boolean;
  /** Where keys come from. Default `process.stdin`; it must be a TTY for the keys to work. */
  readonly stdin?: NodeJS.ReadStream;
  /** Where the viewer draws. Default `process.stdout`. */
  readonly stdout?: NodeJS.WriteStream;
  /** Where ink writes errors. Default `process.stderr`. */
  readonly stderr?: NodeJS.WriteStream;
  /** The warnings validation gave about the policy, a line each: the header counts them and `w` lists them. */
  readonly warnings?: readonly string[];
}

/** Options after validation, with the defaults applied. */
export interface ResolvedViewOptions {
  readonly locale: Locale | undefined;
  readonly color: boolean | undefined;
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly warnings: readonly string[];
}

/**
 * An option with a wrong value. The message starts with the option's name; `option` holds it too.
 * A `RenderOptionsError` (from `@policy/core/render`) and so a `TypeError`.
 */
export class ViewOptionsError extends RenderOptionsError {
  override readonly name = "ViewOptionsError";
}

const optionNames = ["locale", "color", "stdin", "stdout", "stderr", "warnings"] as const;
const check = optionChecks(ViewOptionsError);

/**
 * Checks every option and applies the defaults (the language is left to the viewer: the policy's
 * first); throws a `ViewOptionsError` naming the first wrong one.
 */
export function resolveViewOptions(options: ViewOptions | undefined): ResolvedViewOptions {
  const {
    locale,
    color,
    stdin = process.stdin,
    stdout = process.stdout,
    stderr = process.stderr,
    warnings = [],
  } = check.options(options, optionNames);
  if (!Array.isArray(warnings) || !warnings.every((warning) => typeof warning === "string")) {
    throw new ViewOptionsError("warnings", `warnings must be an array of strings, got ${describeValue(warnings)}`);
  }
  const resolvedLocale = check.locale(locale);
  const resolvedColor = color === undefined ? undefined : check.boolean("color", color);
  if (!isStream(stdin, "read")) throw new ViewOptionsError("stdin", `stdin must be a readable stream, got ${describeStream(stdin)}`);
  // The viewer reads single keys, which needs raw mode: a pipe or a file cannot drive it.
  if ((stdin as { isTTY?: unknown }).isTTY !== true) {
    throw new ViewOptionsError("stdin", "stdin must be a terminal (a TTY): the viewer reads single key presses");
  }
  if (!isStream(stdout, "write")) throw new ViewOptionsError("stdout", `stdout must be a writable stream, got ${describeStream(stdout)}`);
  if (!isStream(stderr, "write")) throw new ViewOptionsError("stderr", `stderr must be a writable stream, got ${describeStream(stderr)}`);
  return {
    locale: resolvedLocale,
    color: resolvedColor,
    stdin: stdin as NodeJS.ReadStream,
    stdout: stdout as NodeJS.WriteStream,
    stderr: stderr as NodeJS.WriteStream,
    warnings: warnings as readonly string[],
  };
}

function isStream(value: unknown, method: "read" | "write"): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Record<string, unknown>)[method] === "function" &&
    typeof (value as Record<string, unknown>).on === "function"
  );
}

/** A stream option as it appears in an error message. */
function describeStream(value: unknown): string {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? "an object without the stream methods" : describeValue(value);
}
