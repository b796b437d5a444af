import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePolicyFile, workspace, withVagueRetention } from "./fixtures.js";
import { runPolicy } from "./run-policy.js";

const example = readFileSync(examplePolicyFile, "utf8");

/** The example with a newsletter's retention as `policy init` first writes it: "until no longer needed". */
function vague(dir: string): string {
  const text = withVagueRetention(example);
  expect(text).not.toBe(example);
  writeFileSync(join(dir, "vague.yaml"), text);
  return text;
}

describe("policy check", () => {
  it("passes the example: no issues, exit 0", async () => {
    const result = await runPolicy(["check", examplePolicyFile]);
    expect(result).toMatchObject({ code: 0, stderr: "", stdout: "No issues in 1 file.\n" });
  });

  it("reports a rule's issue with its code, the fix and the source; warnings alone exit 0", async () => {
    const dir = workspace();
    vague(dir);
    const result = await runPolicy(["check", "vague.yaml"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^vague\.yaml:\d+:\d+ {2}warning {2}services\[\d\]\.retention: the retention says only that the data is kept as long as it is needed: .* \(Art\. 13\(2\)\(a\) GDPR; Article 29 Working Party, Guidelines on transparency under Regulation 2016\/679 \(WP260 rev\.01\), endorsed by the EDPB\) {2}\[retention-until-needed\]$/m,
    );
    expect(result.stdout.endsWith("1 warning in 1 file.\n")).toBe(true);
    // validate knows nothing of the rules.
    expect((await runPolicy(["validate", "vague.yaml"], { cwd: dir })).stdout).toBe("No issues in 1 file.\n");
  });

  it("fails with more warnings than --max-warnings allows", async () => {
    const dir = workspace();
    vague(dir);
    const result = await runPolicy(["check", "vague.yaml", "--max-warnings", "0"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout.endsWith("1 warning in 1 file (more than the 0 warnings allowed).\n")).toBe(true);
    expect((await runPolicy(["check", "vague.yaml", "--max-warnings", "1"], { cwd: dir })).code).toBe(0);
  });

  it("prints one JSON document with --format json", async () => {
    const dir = workspace();
    vague(dir);
    const result = await runPolicy(["check", "vague.yaml", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { issues: Record<string, unknown>[]; errors: number; warnings: number };
    expect(report).toMatchObject({ errors: 0, warnings: 1 });
    expect(report.issues).toEqual([
      expect.objectContaining({
        file: "vague.yaml",
        severity: "warning",
        code: "retention-until-needed",
        line: expect.any(Number),
        column: expect.any(Number),
      }),
    ]);
  });

  it("refuses a --max-warnings that is not a whole number, with exit 2", async () => {
    const result = await runPolicy(["check", examplePolicyFile, "--max-warnings", "few"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("give a whole number, 0 or more");
  });

  it("prints each issue as a GitHub Actions workflow command with --format github, escaping what the syntax reserves", async () => {
    const dir = workspace();
    vague(dir);
    const result = await runPolicy(["check", "vague.yaml", "--format", "github"], { cwd: dir });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^::warning file=vague\.yaml,line=\d+,col=\d+,title=retention-until-needed::services\[\d\]\.retention: the retention says only /,
    );
    // The message's own colons stay as they are in the data part; only % and line breaks are escaped there.
    expect(lines[0]).toContain("needed: give a period");
    writeFileSync(join(dir, "odd,name.yaml"), readFileSync(join(dir, "vague.yaml"), "utf8"));
    const odd = await runPolicy(["check", "odd,name.yaml", "--format", "github"], { cwd: dir });
    expect(odd.stdout).toMatch(/^::warning file=odd%2Cname\.yaml,line=/);
  });

  it("names every compliance rule in its help", async () => {
    const { ruleCodes } = await import("@policy/core");
    const help = (await runPolicy(["check", "--help"])).stdout;
    for (const code of ruleCodes) expect(help, code).toMatch(new RegExp(`^ {2}${code} `, "m"));
  });

  it("switches a rule off in the file, with the reason the report shows, or for one run with --rule", async () => {
    const dir = workspace();
    const text = vague(dir);
    writeFileSync(
      join(dir, "off.yaml"),
      `${text}\ncheck:\n  rules:\n    retention-until-needed: { severity: off, reason: "Subscribers choose how long they stay." }\n`,
    );
    const off = await runPolicy(["check", "off.yaml"], { cwd: dir });
    expect(off.code).toBe(0);
    expect(off.stdout).toBe("off.yaml  off  retention-until-needed: Subscribers choose how long they stay.\nNo issues in 1 file.\n");
    const json = JSON.parse((await runPolicy(["check", "off.yaml", "--format", "json"], { cwd: dir })).stdout);
    expect(json.off).toEqual([{ file: "off.yaml", code: "retention-until-needed", reason: "Subscribers choose how long they stay." }]);
    // --rule is above the file: the rule runs again, as an error.
    const again = await runPolicy(["check", "off.yaml", "--rule", "retention-until-needed=error"], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain("  error  ");
    const flag = await runPolicy(["check", "vague.yaml", "--rule", "retention-until-needed=off"], { cwd: dir });
    expect(flag).toMatchObject({ code: 0, stdout: "No issues in 1 file.\n" });
  });

  it("refuses --rule for a rule that does not exist, or a setting it does not know, with exit 2", async () => {
    const unknown = await runPolicy(["check", examplePolicyFile, "--rule", "no-such-rule=off"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--rule: no rule is called no-such-rule");
    const setting = await runPolicy(["check", examplePolicyFile, "--rule", "transfers-emptied=loud"]);
    expect(setting.code).toBe(2);
    expect(setting.stderr).toContain("off, warning or error");
    const required = await runPolicy(["check", examplePolicyFile, "--rule", "missing-retention=off"]);
    expect(required.code).toBe(2);
    expect(required.stderr).toContain("--rule: missing-retention cannot be switched off or re-graded");
  });
});
