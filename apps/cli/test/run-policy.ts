import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built binary, as npm links it. The tests run it the way a user does: a process of its own. */
export const policyBin = fileURLToPath(new URL("../bin/policy.js", import.meta.url));

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  /** Added to a clean environment: no colour variables, no CI, unless given here. */
  readonly env?: Record<string, string>;
  /** Written to stdin, which is then closed. Without it stdin is empty (closed at once). */
  readonly input?: string;
}

/** Runs `policy <args>` and collects its exit code and output. */
export function runPolicy(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C.UTF-8", ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [policyBin, ...args], { cwd: options.cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
