import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

// vnu-jar's main export is the path of the jar; the machine's Java runs it.
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

export interface NuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url: string;
  readonly lastLine?: number;
  readonly message: string;
  readonly extract?: string;
}

/**
 * Checks HTML files with the W3C Nu HTML Checker and returns its errors (warnings with
 * `warnings: true`). Fails with a clear message when Java is missing, since the check must not be
 * skipped.
 */
export async function nuCheck(files: readonly string[], options: { warnings?: boolean } = {}): Promise<NuMessage[]> {
  const args = ["-jar", vnuJar, "--format", "json", ...(options.warnings ? [] : ["--errors-only"]), ...files];
  let output: string;
  try {
    output = (await promisify(execFile)("java", args, { maxBuffer: 64 * 1024 * 1024 })).stderr;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === "ENOENT") throw new Error("java was not found: the Nu HTML Checker needs it (apt-get install default-jre-headless)");
    // vnu exits 1 when it reports errors; its report is still on stderr.
    if (failure.stderr === undefined || !failure.stderr.trim().startsWith("{")) throw error;
    output = failure.stderr;
  }
  return (JSON.parse(output) as { messages: NuMessage[] }).messages;
}
