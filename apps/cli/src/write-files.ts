import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A file of the batch could not be written; `path` is the target it was for, `cause` the system's error. */
export class FileWriteError extends Error {
  override readonly name = "FileWriteError";
  readonly path: string;

  constructor(path: string, cause: unknown) {
    super(`cannot write ${path}`, { cause });
    this.path = path;
  }
}

export interface FileContent {
  readonly path: string;
  readonly content: string;
}

/**
 * Writes several files so that none is ever seen half-written, and so that a failure leaves the
 * old files as they were: first every content goes into a temporary file beside its target
 * (creating folders as needed); only when all are written are they renamed over their targets
 * (a rename within one folder is atomic). If any write fails, the temporary files are removed
 * and a `FileWriteError` naming the target is thrown.
 */
export function writeFilesAtomic(files: readonly FileContent[]): void {
  const staged: { temporary: string; path: string }[] = [];
  let current = "";
  try {
    for (const { path, content } of files) {
      current = path;
      // The one failure a rename would meet after the others were done: a folder in the way.
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory() === true) {
        throw Object.assign(new Error(`EISDIR: ${path} is a folder`), { code: "EISDIR", path });
      }
      mkdirSync(dirname(path), { recursive: true });
      const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      // "wx": never follow a link or reuse a file someone else left at the temporary name.
      writeFileSync(temporary, content, { flag: "wx" });
      staged.push({ temporary, path });
    }
    for (let next = staged[0]; next !== undefined; next = staged[0]) {
      current = next.path;
      renameSync(next.temporary, next.path);
      staged.shift();
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw new FileWriteError(current, error);
  }
}
