import { ExitCode } from "./exit-code.js";

/**
 * A mistake the user can fix: a wrong argument, a file that cannot be read or written. It is
 * printed as its message alone, never with a stack trace.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = ExitCode.usage) {
    super(message);
    this.exitCode = exitCode;
  }
}
