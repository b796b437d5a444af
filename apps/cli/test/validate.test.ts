import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePolicyFile, withoutFirstProvision, workspace } from "./fixtures.js";
import { runPolicy } from "./run-policy.js";

const example = readFileSync(examplePolicyFile, "utf8");

describe("policy validate", () => {
  it("passes the example: no issues, exit 0", async () => {
    const result = await runPolicy(["validate", examplePolicyFile]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe("No issues in 1 file.\n");
  });

  it("lists every issue as file:line:column, severity, path and message, code, with the lines beneath, then a count; exit 1", async () => {
    const dir = workspace();
    writeFileSync(
      join(dir, "broken.yaml"),
      example.replace("      - user.contact.email\n", "      - user.contact.emial\n").replace("legalBasis: A6-1-b", "legalBasis: A6-1-z"),
    );
    const result = await runPolicy(["validate", "broken.yaml"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const out = result.stdout;
    // The first issue, whole: its line, then the frame with a caret under the column.
    expect(
      out.startsWith(
        [
          'broken.yaml:71:21  error  services[0].purposes[0].legalBasis: unknown legal basis "A6-1-z"  [unknown-id]',
          "",
          "  69 |     purposes:",
          "  70 |       - purpose: essential.service",
          "> 71 |         legalBasis: A6-1-z",
          "     |                     ^",
          "  72 |         description:",
          "  73 |           en: To hold meetings we agreed on with you, for example to advise you under our contract.",
          "",
        ].join("\n"),
      ),
    ).toBe(true);
    expect(out).toContain(
      'broken.yaml:195:9  error  services[2].data[1]: unknown data category "user.contact.emial"; did you mean "user.contact.email"?  [unknown-id]',
    );
    expect(out).toContain("> 195 |       - user.contact.emial\n      |         ^");
    expect(out.match(/^broken\.yaml:\d+:\d+ {2}error {2}/gm)).toHaveLength(2);
    expect(out.endsWith("\n2 errors in 1 file.\n")).toBe(true);
  });

  it("checks every file given, and counts them together", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "syntax.yaml"), "meta: [\n");
    const result = await runPolicy(["validate", "policy.yaml", "syntax.yaml"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("syntax.yaml:1:7  error  ");
    expect(result.stdout).toContain("[yaml-syntax]\n\n> 1 | meta: [\n    |       ^\n");
    expect(result.stdout.endsWith("1 error in 2 files.\n")).toBe(true);
  });

  it("reads stdin for -", async () => {
    const ok = await runPolicy(["validate", "-"], { input: example });
    expect(ok).toMatchObject({ code: 0, stdout: "No issues in 1 file.\n" });
    const broken = await runPolicy(["validate", "-"], { input: "meta: {}\n" });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^<stdin>:1:1 {2}error {2}/);
  });

  it("shows warnings, which do not fail the file; --quiet leaves them out", async () => {
    const dir = workspace();
    // A service that collects data people give, without saying whether they must: a warning.
    writeFileSync(join(dir, "warn.yaml"), withoutFirstProvision(example));
    const loud = await runPolicy(["validate", "warn.yaml"], { cwd: dir });
    expect(loud.code).toBe(0);
    expect(loud.stdout).toMatch(/^warn\.yaml:\d+:\d+ {2}warning {2}.*\[missing-provision\]$/m);
    expect(loud.stdout).toMatch(/^\d+ warnings? in 1 file\.$/m);
    const quiet = await runPolicy(["--quiet", "validate", "warn.yaml"], { cwd: dir });
    expect(quiet).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("says which file cannot be read, checks the others, and exits 2", async () => {
    const dir = workspace();
    const result = await runPolicy(["validate", "missing.yaml", "policy.yaml", "."], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("policy: cannot read missing.yaml: no such file (ENOENT)\npolicy: cannot read .: it is a folder, not a policy file\n");
    expect(result.stdout).toBe("No issues in 1 file.\n");
  });

  it("prints no escape sequence from the file into the terminal", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "evil.yaml"), example.replace("legalBasis: A6-1-b", 'legalBasis: "\\e]0;pwned\\a\\e[2J\\u202e"'));
    const result = await runPolicy(["validate", "evil.yaml"], { cwd: dir, env: { FORCE_COLOR: "0" } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("unknown legal basis");
    expect(result.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it("colours only for a terminal or when FORCE_COLOR asks, never with NO_COLOR alone", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "broken.yaml"), "meta: [\n");
    const plain = await runPolicy(["validate", "broken.yaml"], { cwd: dir });
    expect(plain.stdout).not.toContain("\u001b[");
    const forced = await runPolicy(["validate", "broken.yaml"], { cwd: dir, env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain("\u001b[31merror\u001b[39m");
    const off = await runPolicy(["validate", "broken.yaml"], { cwd: dir, env: { NO_COLOR: "1" } });
    expect(off.stdout).not.toContain("\u001b[");
  });

  it("needs at least one file (exit 2, with the usage)", async () => {
    const result = await runPolicy(["validate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: missing required argument 'file'");
  });
});
