import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../src/main.js";
import { examplePolicyFile } from "./fixtures.js";
import { policyBin, runPolicy } from "./run-policy.js";

const version = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
const commands = ["init", "validate", "check", "render", "view", "catalog", "taxonomy", "schema"];

describe("policy, the program", () => {
  it("prints its version with --version or -v, exit 0", async () => {
    for (const flag of ["--version", "-v"]) {
      expect(await runPolicy([flag])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: "" });
    }
  });

  it("lists every command, examples, exit codes and colour variables in --help, on stdout, exit 0", async () => {
    const result = await runPolicy(["--help"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    for (const command of commands) expect(result.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, "m"));
    expect(result.stdout).toContain("Examples:\n  $ policy init");
    expect(result.stdout).toContain("Exit codes: 0 ok, 1 the policy has errors or a check failed, 2 a usage error");
    expect(result.stdout).toContain("NO_COLOR");
  });

  it.each(commands)("has help for %s with examples, by --help and by `policy help`", async (command) => {
    const byFlag = await runPolicy([command, "--help"]);
    expect(byFlag).toMatchObject({ code: 0, stderr: "" });
    expect(byFlag.stdout).toMatch(new RegExp(`^Usage: policy ${command}`));
    expect(byFlag.stdout).toMatch(/\nExamples:\n {2}\$ policy /);
    expect((await runPolicy(["help", command])).stdout).toBe(byFlag.stdout);
  });

  it("treats an unknown command or option as a usage error: exit 2, a suggestion, nothing on stdout", async () => {
    const command = await runPolicy(["rendr", "policy.yaml"]);
    expect(command).toMatchObject({ code: 2, stdout: "" });
    expect(command.stderr).toContain("error: unknown command 'rendr'\n(Did you mean render?)");
    const option = await runPolicy(["validate", "--strictt", "policy.yaml"]);
    expect(option).toMatchObject({ code: 2, stdout: "" });
    expect(option.stderr).toContain("error: unknown option '--strictt'");
  });

  it("shows the help on stderr and exits 2 when no command is given", async () => {
    const result = await runPolicy([]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("Usage: policy [options] [command]");
  });

  it("prints the JSON Schema that @policy/core publishes, byte for byte", async () => {
    const result = await runPolicy(["schema"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(readFileSync(new URL("../../../packages/core/policy.schema.json", import.meta.url), "utf8"));
  });
});

describe("policy in a pipe", () => {
  it("ends quietly when the reader closes the pipe early (| head)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "policy-pipe-"));
    try {
      // Help and a rendering are both larger than what head reads before it exits.
      for (const args of ["--help", `render ${examplePolicyFile} --format html --standalone`]) {
        const result = spawnSync("sh", ["-c", `node ${policyBin} ${args} 2>${join(dir, "stderr")} | head -c 10 >/dev/null; echo done`], {
          encoding: "utf8",
        });
        expect(result.stdout).toBe("done\n");
        expect(readFileSync(join(dir, "stderr"), "utf8"), args).toBe("");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("run, on a bug in policy itself", () => {
  it("says it is a bug, how to report it, and what to include; exit 70", async () => {
    const stderr = new PassThrough();
    let errors = "";
    stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    // A stdout that fails is not the user's doing: it stands in for any unexpected error.
    const stdout = Object.assign(new PassThrough(), {
      write: () => {
        throw new TypeError("the stream broke");
      },
    });
    const io = { stdin: new PassThrough(), stdout, stderr, env: {}, cwd: process.cwd() } as unknown as Parameters<typeof run>[1];
    expect(await run(["schema"], io)).toBe(70);
    expect(errors).toContain(`policy: internal error. This is a bug in policy ${version} (Node ${process.version}), not a problem with your input.`);
    expect(errors).toContain("`npm bugs @policy/cli`");
    expect(errors).toContain("TypeError: the stream broke\n    at ");
  });
});
