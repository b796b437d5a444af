import { randomBytes } from "node:crypto";
import { link, lstat, mkdir, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { describeFileError } from "../read-input.js";
import { UserError } from "../user-error.js";

export interface WriteOptions {
  /** Replace a file that exists. Without it, an existing file is never touched. */
  readonly force: boolean;
  /** The path as the user should read it in messages, e.g. "policy.yaml". */
  readonly shown: string;
}

export function alreadyExists(shown: string): UserError {
  return new UserError(`${shown} already exists; use --force to replace it`);
}

/**
 * Writes `text` to `target` so that no reader ever sees half a file: into a temporary file in the
 * same directory (a rename across file systems is not atomic), flushed to disk, then moved into
 * place. Without --force the move is a hard link, which fails if the target appeared meanwhile,
 * so a file written by someone else between our check and our write is not lost either.
 * Creates the directory if it is missing.
 */
export async function writeFileAtomically(target: string, text: string, options: WriteOptions): Promise<void> {
  const dir = dirname(target);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create the folder ${dirname(options.shown)}: ${describeFileError(error)}`);
  }
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const file = await open(temp, "wx");
    try {
      await file.writeFile(text, "utf8");
      await file.sync();
    } finally {
      await file.close();
    }
    if (options.force) await rename(temp, target);
    else await placeWithoutReplacing(temp, target, options.shown);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot write ${options.shown}: ${describeFileError(error)}`);
  } finally {
    // After a rename the temporary name is gone; after a link, or a failure, it is removed here.
    await unlink(temp).catch(() => undefined);
  }
}

async function placeWithoutReplacing(temp: string, target: string, shown: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw alreadyExists(shown);
    // Some file systems (FAT, some network and FUSE mounts) have no hard links: check, then rename.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    if (await exists(target)) throw alreadyExists(shown);
    await rename(temp, target);
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    // lstat: a dangling symbolic link is in the way too.
    await lstat(path);
    return true;
  } catch (error) {
    // ENOTDIR: a file where a directory of the path should be; creating the directory reports it.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw new UserError(`cannot read ${path}: ${describeFileError(error)}`);
  }
}
