import { locales, type Locale, type Policy } from "@policy/core";

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
}

/** Options after validation, with the defaults applied. */
export interface ResolvedViewOptions {
  readonly locale: Locale;
  readonly color: boolean | undefined;
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

/** An option with a wrong value. The message starts with the option's name; `option` holds it too. */
export class ViewOptionsError extends TypeError {
  override readonly name = "ViewOptionsError";
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}

const optionNames = ["locale", "color", "stdin", "stdout", "stderr"] as const;

/** Checks every option and applies the defaults; throws a `ViewOptionsError` naming the first wrong one. */
export function resolveViewOptions(policy: Policy, options: ViewOptions | undefined): ResolvedViewOptions {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ViewOptionsError("options", `options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!(optionNames as readonly string[]).includes(key)) {
      throw new ViewOptionsError(key, `${key} is not an option; the options are ${optionNames.join(", ")}`);
    }
  }
  // Typed as unknown: JavaScript callers and casts can pass anything.
  const { locale, color, stdin = process.stdin, stdout = process.stdout, stderr = process.stderr } = options as Record<string, unknown>;
  const first = policy.locales[0] ?? "en";
  if (locale !== undefined && !(locales as readonly unknown[]).includes(locale)) {
    throw new ViewOptionsError("locale", `locale must be one of ${locales.join(", ")}, got ${describe(locale)}`);
  }
  if (color !== undefined && typeof color !== "boolean") {
    throw new ViewOptionsError("color", `color must be true or false, got ${describe(color)}`);
  }
  if (!isStream(stdin, "read")) throw new ViewOptionsError("stdin", `stdin must be a readable stream, got ${describe(stdin)}`);
  // The viewer reads single keys, which needs raw mode: a pipe or a file cannot drive it.
  if ((stdin as { isTTY?: unknown }).isTTY !== true) {
    throw new ViewOptionsError("stdin", "stdin must be a terminal (a TTY): the viewer reads single key presses");
  }
  if (!isStream(stdout, "write")) throw new ViewOptionsError("stdout", `stdout must be a writable stream, got ${describe(stdout)}`);
  if (!isStream(stderr, "write")) throw new ViewOptionsError("stderr", `stderr must be a writable stream, got ${describe(stderr)}`);
  return {
    locale: (locale as Locale | undefined) ?? first,
    color: color as boolean | undefined,
    stdin: stdin as NodeJS.ReadStream,
    stdout: stdout as NodeJS.WriteStream,
    stderr: stderr as NodeJS.WriteStream,
  };
}

function isStream(value: unknown, method: "read" | "write"): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Record<string, unknown>)[method] === "function" &&
    typeof (value as Record<string, unknown>)["on"] === "function"
  );
}

/** A value as it appears in an error message: strings quoted, the rest as JavaScript would print it. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  if (value === null || typeof value !== "object") return String(value);
  return "an object without the stream methods";
}
