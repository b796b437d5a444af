import { execFile } from "node:child_process";
import { basename, dirname } from "node:path";
import { promisify } from "node:util";
import type { Input } from "../read-input.js";
import { UserError } from "../user-error.js";

const run = promisify(execFile);

/**
 * A file as it was at a git ref (`git show <ref>:./<file>`, run in the file's folder, so the
 * path is the file's wherever the repository's root is). Outside a repository, for an unknown ref
 * or a file the ref does not have, a `UserError` that says which.
 */
export async function gitShow(path: string, ref: string): Promise<Input> {
  const cwd = dirname(path);
  const git = async (...args: string[]) => (await run("git", args, { cwd, maxBuffer: 16 * 1024 * 1024 })).stdout;
  try {
    await git("rev-parse", "--is-inside-work-tree");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UserError("--base needs git, which is not installed");
    throw new UserError(`--base needs a git repository, and ${path} is not in one`);
  }
  try {
    await git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
  } catch {
    throw new UserError(`--base ${ref}: no such commit, branch or tag in the repository`);
  }
  try {
    return { name: `${ref}:${path}`, path: undefined, text: await git("show", `${ref}:./${basename(path)}`) };
  } catch {
    throw new UserError(`--base ${ref}: ${path} is not in that commit`);
  }
}
