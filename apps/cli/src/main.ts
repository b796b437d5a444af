import { CommanderError } from "commander";
import { createContext } from "./context.js";
import { ExitCode } from "./exit-code.js";
import { processIo, type Io } from "./io.js";
import { createProgram } from "./program.js";
import { terminalSafe } from "./terminal-text.js";
import { UserError } from "./user-error.js";
import { cliVersion } from "./version.js";

/**
 * Runs `policy` with the given arguments (without node and the script) and returns its exit code.
 * A user's mistake is printed as one clear message; anything else is a bug, printed with what a
 * report needs.
 */
export async function run(args: readonly string[], io: Io): Promise<ExitCode> {
  const context = createContext(io);
  const program = createProgram(context);
  try {
    await program.parseAsync([...args], { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; every other commander error is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof UserError) {
      io.stderr.write(`policy: ${terminalSafe(error.message)}\n`);
      return error.exitCode;
    }
    io.stderr.write(internalErrorReport(error));
    return ExitCode.internal;
  }
}

function internalErrorReport(error: unknown): string {
  const details = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return [
    `policy: internal error. This is a bug in policy ${cliVersion()} (Node ${process.version}), not a problem with your input.`,
    "Please report it with the command you ran and the text below (`npm bugs @policy/cli` opens the tracker):",
    "",
    details,
    "",
  ].join("\n");
}

/** The binary's entry point (bin/policy.js). */
export async function main(): Promise<void> {
  // `policy render policy.yaml | head` closes the pipe early: that is the reader's choice, not an
  // error, so the program ends quietly instead of with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(process.exitCode ?? ExitCode.ok);
    });
  }
  process.exitCode = await run(process.argv.slice(2), processIo());
}
