import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * A file of the batch could not be written. `path` is the target it was for, `cause` the system's
 * error; `folder` is set when it was the target's folder that could not be made.
 */
export class FileWriteError extends Error {
  override readonly name = "FileWriteError";
  readonly path: string;
  readonly folder: string | undefined;

  constructor(path: string, cause: unknown, folder?: string) {
    super(`cannot write ${path}`, { cause });
    this.path = path;
    this.folder = folder;
  }
}

export interface FileContent {
  readonly path: string;
  readonly content: string;
}

export interface WriteOptions {
  /**
   * Replace files that exist (the default). Without it, a target that exists, or that appears
   * while the files are written, is never touched: the write fails with EEXIST instead.
   */
  readonly replace?: boolean;
}

/**
 * Writes several files so that none is ever seen half-written, and so that a failure leaves the
 * old files as they were: first every content goes into a temporary file beside its target
 * (creating folders as needed), flushed to disk; only when all are written are they moved onto
 * their targets (a rename within one folder is atomic; without `replace`, a hard link, which
 * fails if the target exists). If any step fails, the temporary files are removed and a
 * `FileWriteError` naming the target is thrown.
 */
export function writeFilesAtomic(files: readonly FileContent[], options: WriteOptions = {}): void {
  const replace = options.replace ?? true;
  const staged: { temporary: string; path: string }[] = [];
  let current = "";
  try {
    for (const { path, content } of files) {
      current = path;
      makeFolder(path);
      // The one failure a rename would meet after the others were done: a folder in the way.
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory() === true) {
        throw Object.assign(new Error(`EISDIR: ${path} is a folder`), { code: "EISDIR", path });
      }
      const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      writeDurably(temporary, content);
      staged.push({ temporary, path });
    }
    for (let next = staged[0]; next !== undefined; next = staged[0]) {
      current = next.path;
      if (replace) renameSync(next.temporary, next.path);
      else placeWithoutReplacing(next.temporary, next.path);
      staged.shift();
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw error instanceof FileWriteError ? error : new FileWriteError(current, error);
  }
}

function makeFolder(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new FileWriteError(path, error, dirname(path));
  }
}

/** "wx": never follow a link or reuse a file someone else left at the temporary name. */
function writeDurably(path: string, content: string): void {
  const fd = openSync(path, "wx");
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function placeWithoutReplacing(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    // Some file systems (FAT, some network and FUSE mounts) have no hard links: check, then rename.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    if (lstatSync(path, { throwIfNoEntry: false }) !== undefined) {
      throw Object.assign(new Error(`EEXIST: ${path} exists`), { code: "EEXIST", path });
    }
    renameSync(temporary, path);
    return;
  }
  rmSync(temporary);
}
