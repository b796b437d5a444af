import { readFile, stat } from "node:fs/promises";
import { defaultMaxBytes } from "@policy/core";
import { UserError } from "./user-error.js";

export interface Input {
  /** The name issues and reports use: the path as given, or "<stdin>". */
  readonly name: string;
  /** The path as given, or undefined for stdin. */
  readonly path: string | undefined;
  readonly text: string;
}

/** What a policy path means: `-` is stdin. */
export const stdinName = "<stdin>";

/**
 * Reads a policy file, or stdin for `-`. A file that cannot be read is a `UserError` saying why
 * in words. A file far larger than any policy is not read whole: core refuses it by size anyway,
 * and reading gigabytes would only exhaust memory first.
 */
export async function readInput(path: string, stdin: NodeJS.ReadableStream): Promise<Input> {
  if (path === "-") return { name: stdinName, path: undefined, text: await readStream(stdin) };
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UserError(`cannot read ${path}: it is a folder, not a policy file`);
    if (info.size > defaultMaxBytes) {
      throw new UserError(`cannot read ${path}: it is ${info.size} bytes; a policy file may have at most ${defaultMaxBytes}`);
    }
    return { name: path, path, text: await readFile(path, "utf8") };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${path}: ${describeFileError(error)}`);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

const reasons: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is not a folder",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  EEXIST: "a file of that name is in the way",
  ENAMETOOLONG: "the name is too long",
};

/** A file system error in words: "no such file (ENOENT)". */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined) return `${reasons[code] ?? "the system refused"} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
