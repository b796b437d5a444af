import { spawn } from "node:child_process";
import { delimiter, dirname } from "node:path";

/**
 * The Node the packaged code runs on: this one, or the binary POLICY_TEST_NODE names, to try the
 * packages on another version (`POLICY_TEST_NODE=/opt/node22/bin/node npx vitest run
 * apps/cli/test/packaging.test.ts`). Its folder goes first in PATH, so npm, npx and the `policy`
 * binary (`#!/usr/bin/env node`) run on it too.
 */
export const testNode = process.env.POLICY_TEST_NODE ?? process.execPath;

export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment of a user's shell, as far as npm and `policy` can tell. Under `npm test` npm
 * hands its children its own settings as npm_* variables, among them npm_config_local_prefix (the
 * monorepo root): an `npm install` that inherited it could install into the repository instead of
 * the fresh project. So every npm_* variable goes, except the few that say how this machine
 * reaches the registry and where its cache is. Colour variables go too, so that output compares
 * byte for byte.
 */
export function userEnv(): NodeJS.ProcessEnv {
  const keep = new Set(["npm_config_cache", "npm_config_userconfig", "npm_config_globalconfig", "npm_config_registry", "npm_config_cafile"]);
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "C.UTF-8", PATH: [dirname(testNode), process.env.PATH].filter(Boolean).join(delimiter) };
  for (const key of Object.keys(env)) {
    if ((/^npm_/i.test(key) && !keep.has(key.toLowerCase())) || /^(FORCE_COLOR|NO_COLOR|NODE_ENV|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}

export interface CommandOptions {
  /**
   * Ends the program (SIGTERM) after this long; it then counts as failed (code null). Set it below
   * the test's own timeout, so that a hanging npm fails with what it printed, not with vitest's
   * bare "timed out".
   */
  readonly timeoutMs?: number;
}

/** Runs a program (no shell) with stdin closed and collects its exit code and output. */
export function runCommand(command: string, args: readonly string[], cwd: string, options: CommandOptions = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: userEnv(), stdio: ["ignore", "pipe", "pipe"], timeout: options.timeoutMs });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (signal !== null && options.timeoutMs !== undefined) stderr += `\n[ended by the test with ${signal} after ${options.timeoutMs / 1000} s]\n`;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Like runCommand, but a failure is an error that carries the command and all it printed. */
export async function runOrThrow(command: string, args: readonly string[], cwd: string, options: CommandOptions = {}): Promise<CommandResult> {
  const result = await runCommand(command, args, cwd, options);
  if (result.code !== 0) {
    throw new Error(
      `\`${[command, ...args].join(" ")}\` in ${cwd} exited with ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
    );
  }
  return result;
}
