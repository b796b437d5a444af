import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { workspace } from "./fixtures.js";
import { runPolicy } from "./run-policy.js";

describe("policy export --format ropa", () => {
  it("prints the record of processing activities as Markdown, in the language asked for", async () => {
    const dir = workspace();
    const result = await runPolicy(["export", "policy.yaml", "--format", "ropa", "--locale", "de"], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.startsWith("# Verzeichnis von Verarbeitungstätigkeiten\n")).toBe(true);
    expect(result.stdout).toContain("| Fristen für die Löschung ");
  });

  it("writes CSV or an HTML page as --out's extension (or --as) says, atomically, never over the policy", async () => {
    const dir = workspace();
    expect((await runPolicy(["export", "policy.yaml", "--format", "ropa", "--out", "record.csv"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "record.csv"), "utf8").split("\r\n")[0]).toMatch(/^Processing activity,Controller,/);
    expect((await runPolicy(["export", "policy.yaml", "--format", "ropa", "--as", "html", "--out", "record.txt"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "record.txt"), "utf8")).toMatch(/^<!doctype html>/i);
    const policy = readFileSync(join(dir, "policy.yaml"), "utf8");
    symlinkSync(join(dir, "policy.yaml"), join(dir, "link.md"));
    for (const out of ["policy.yaml", "link.md"]) {
      const over = await runPolicy(["export", "policy.yaml", "--format", "ropa", "--out", out], { cwd: dir });
      expect(over, out).toMatchObject({ code: 2, stderr: `policy: --out ${out} is the policy file itself; write the export elsewhere\n` });
    }
    expect(readFileSync(join(dir, "policy.yaml"), "utf8")).toBe(policy);
  });

  it("asks for the format, and refuses one it does not know", async () => {
    const dir = workspace();
    expect((await runPolicy(["export", "policy.yaml"], { cwd: dir })).stderr).toContain("required option '--format <format>' not specified");
    expect((await runPolicy(["export", "policy.yaml", "--format", "nope"], { cwd: dir })).code).toBe(2);
  });
});

describe("policy export --format dpv and klaro", () => {
  it("prints DPV JSON-LD, and writes a klaro config as JSON or as the script that sets window.klaroConfig", async () => {
    const dir = workspace();
    const dpv = await runPolicy(["export", "policy.yaml", "--format", "dpv"], { cwd: dir });
    expect(JSON.parse(dpv.stdout)["@context"].dpv).toBe("https://w3id.org/dpv#");
    const json = await runPolicy(["export", "policy.yaml", "--format", "klaro", "--privacy-policy-url", "https://example.org/privacy"], { cwd: dir });
    expect(JSON.parse(json.stdout).translations.zz).toEqual({ privacyPolicyUrl: "https://example.org/privacy" });
    expect(
      (
        await runPolicy(["export", "policy.yaml", "--format", "klaro", "--privacy-policy-url", "https://example.org/privacy", "--out", "klaro.js"], {
          cwd: dir,
        })
      ).code,
    ).toBe(0);
    expect(readFileSync(join(dir, "klaro.js"), "utf8")).toMatch(/^window\.klaroConfig = \{\n/);
  });

  it("asks klaro for the policy's address, an http(s) one", async () => {
    const dir = workspace();
    expect(await runPolicy(["export", "policy.yaml", "--format", "klaro"], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: "policy: --format klaro needs --privacy-policy-url: where the rendered policy is published, for the consent notice's link\n",
    });
    expect(
      (await runPolicy(["export", "policy.yaml", "--format", "klaro", "--privacy-policy-url", "javascript:alert(1)"], { cwd: dir })).stderr,
    ).toContain("--privacy-policy-url javascript:alert(1): give an http(s) address");
  });
});
