import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePolicyFile, workspace } from "./fixtures.js";
import { runPolicy } from "./run-policy.js";

const example = readFileSync(examplePolicyFile, "utf8");

/** The example with its server logs kept 30 days instead of 14: a longer storage period, which is material. */
function longerLogs(changes = ""): string {
  const text = example.replace("    retention:\n      duration: P14D\n", "    retention:\n      duration: P30D\n");
  expect(text).not.toBe(example);
  return `${text}${changes}`;
}

const announced =
  "\nchanges:\n  - date: 2027-03-01\n    summary: { en: We keep server logs for 30 days., de: Wir speichern Server-Protokolle 30 Tage lang. }\n";

describe("policy diff", () => {
  it("lists each change with its class, rule and path, and fails when a material change is not announced in changes[]", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "new.yaml"), longerLogs());
    const result = await runPolicy(["diff", "policy.yaml", "new.yaml", "--today", "2027-03-01"], { cwd: dir });
    expect(result).toMatchObject({
      code: 1,
      stderr: "",
      stdout:
        "material   retention-longer  services[website-hosting].retention\n" +
        "1 material, 0 notable, 0 editorial change.\n" +
        "No entry in changes[] is dated on or after 2027-03-01: announce the material changes there before they apply.\n",
    });
  });

  it("passes a material change that changes[] announces, and a policy compared with itself", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "new.yaml"), longerLogs(announced));
    const result = await runPolicy(["diff", "policy.yaml", "new.yaml", "--today", "2027-03-01"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")).toContain("material   retention-longer  services[website-hosting].retention");
    // An entry older than the day the version takes effect announces nothing new.
    expect((await runPolicy(["diff", "policy.yaml", "new.yaml", "--today", "2027-03-02"], { cwd: dir })).code).toBe(1);
    expect(await runPolicy(["diff", "policy.yaml", "policy.yaml"], { cwd: dir })).toMatchObject({ code: 0, stdout: "No changes.\n" });
  });

  it("prints the changes as JSON, before and after included", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "new.yaml"), longerLogs());
    const result = await runPolicy(["diff", "policy.yaml", "new.yaml", "--format", "json", "--today", "2027-03-01"], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ material: 1, notable: 0, editorial: 0, acknowledged: false });
    expect(report.changes).toEqual([
      expect.objectContaining({ kind: "changed", subject: "retention", service: "website-hosting", class: "material", rule: "retention-longer" }),
    ]);
    expect(report.changes[0].before.duration).toBe("P14D");
    expect(report.changes[0].after.duration).toBe("P30D");
  });

  it("compares a file with its version at a git ref (--base HEAD~1) in a repository the test makes", async () => {
    const dir = workspace();
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
    git("init", "--quiet");
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "add", "policy.yaml");
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "--quiet", "-m", "v1");
    writeFileSync(join(dir, "policy.yaml"), longerLogs());
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "--quiet", "-am", "v2");
    const result = await runPolicy(["diff", "policy.yaml", "--base", "HEAD~1", "--today", "2027-03-01"], { cwd: dir });
    expect(result.stdout.split("\n")[0]).toBe("material   retention-longer  services[website-hosting].retention");
    expect(result.code).toBe(1);
    const unknown = await runPolicy(["diff", "policy.yaml", "--base", "no-such-branch"], { cwd: dir });
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toContain("--base no-such-branch: no such commit, branch or tag in the repository");
  });

  it("says so clearly outside a git repository, and for a wrong command line", async () => {
    const dir = workspace();
    const outside = await runPolicy(["diff", "policy.yaml", "--base", "HEAD"], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("--base needs a git repository, and policy.yaml is not in one");
    const both = await runPolicy(["diff", "policy.yaml", "policy.yaml", "--base", "HEAD"], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("with --base, give one file");
    expect((await runPolicy(["diff", "policy.yaml"], { cwd: dir })).stderr).toContain("give the later version too");
  });

  it("refuses a version with errors, showing them, with exit code 2", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "broken.yaml"), example.replace("processor: hetzner", "processor: hetznr"));
    const result = await runPolicy(["diff", "policy.yaml", "broken.yaml"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown-processor");
    expect(result.stderr).toContain("broken.yaml has errors; fix them to compare it.");
  });
});
