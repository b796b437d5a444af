import { statSync } from "node:fs";
import { resolve } from "node:path";
import { describeFileError } from "./read-input.js";
import { UserError } from "./user-error.js";
import { FileWriteError, writeFilesAtomic, type FileContent } from "./write-files.js";

/**
 * Writes a command's outputs all or none. What stops it (a missing folder, a read-only file) is
 * the user's to mend, so it becomes a `UserError` that names the file.
 */
export function writeOutputs(files: readonly FileContent[]): void {
  try {
    writeFilesAtomic(files);
  } catch (error) {
    if (!(error instanceof FileWriteError)) throw error;
    throw new UserError(`cannot write ${error.path}: ${describeFileError(error.cause)}; no file was changed`);
  }
}

/** The same path, or the same file under another name (a link): an output that must not be written over an input. */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
