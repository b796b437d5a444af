import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
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

describe("policy export --format tilt", () => {
  it("writes the policy as a TILT document in the language asked for, at the address given", async () => {
    const dir = workspace();
    const url = "https://example.org/datenschutz";
    const result = await runPolicy(
      ["export", "policy.yaml", "--format", "tilt", "--locale", "de", "--privacy-policy-url", url, "--out", "policy.tilt.json"],
      {
        cwd: dir,
      },
    );
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const tilt = JSON.parse(readFileSync(join(dir, "policy.tilt.json"), "utf8"));
    expect(tilt.meta).toMatchObject({ url, language: "de", name: "Lindenberg & Ohm Beratung GmbH" });
    expect(tilt.dataDisclosed.length).toBeGreaterThan(10);
  });

  it("lists, each at its line, what TILT requires and the policy lacks, exits 1 and writes nothing", async () => {
    const dir = workspace();
    const path = join(dir, "policy.yaml");
    const text = readFileSync(path, "utf8")
      .replace(/legalRepresentative:\n( {2}.*\n)+/, "")
      .replace(/ {4}provision:\n {6}requirement: voluntary\n {6}consequences:\n {8}en: Without the technical data(.*\n)+?(?= {4}retention:)/, "");
    writeFileSync(path, text);
    const hosting = text.split("\n").indexOf("  - id: website-hosting") + 1;
    const result = await runPolicy(
      ["export", "policy.yaml", "--format", "tilt", "--privacy-policy-url", "https://example.org/p", "--out", "t.json"],
      {
        cwd: dir,
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("policy.yaml:8:1  error  legalRepresentative: TILT names the person who represents the controller");
    expect(result.stderr).toContain(
      `policy.yaml:${hosting}:5  error  services[1].provision: TILT says for each kind of data whether people must provide it`,
    );
    expect(result.stderr).toContain("policy.yaml lacks 2 facts a TILT document requires; nothing was written.");
    expect(existsSync(join(dir, "t.json"))).toBe(false);
  });

  it("asks for the policy's address", async () => {
    const dir = workspace();
    expect(await runPolicy(["export", "policy.yaml", "--format", "tilt"], { cwd: dir })).toMatchObject({
      code: 2,
      stderr:
        "policy: --format tilt needs --privacy-policy-url: where the rendered policy is published, for TILT's meta.url (the document's id is made from it)\n",
    });
  });
});
