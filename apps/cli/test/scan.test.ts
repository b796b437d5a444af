import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, startTestSites, type TestSites } from "../../../packages/scan/test/test-sites.js";
import { runPolicy } from "./run-policy.js";

/** A shop's policy: the Meta Pixel from the catalog, its own basket cookie; not Google Fonts, which its site loads. */
const shopPolicy = `meta: { version: "1", effective: 2026-12-01 }
locales: [en]
controller:
  name: Shop GmbH
  address: { street: Weg 1, postalCode: "10115", city: Berlin, country: DE }
  email: privacy@shop.example
consentSettingsUrl: https://shop.example/consent
deviceAccess:
  - { name: sid, purpose: { en: Keeps the basket. }, duration: session, party: first, ground: strictly-necessary }
services:
  - id: ads
    processor: meta-pixel
    provision: { requirement: voluntary }
    retention: { criteria: { en: As Meta's policy says. } }
`;

let sites: TestSites;
let dir: string;
beforeAll(async () => {
  sites = await startTestSites();
  dir = mkdtempSync(join(tmpdir(), "policy-scan-"));
  writeFileSync(join(dir, "policy.yaml"), shopPolicy);
});
afterAll(async () => {
  await sites.close();
  rmSync(dir, { recursive: true, force: true });
});

const scan = (...args: string[]) =>
  runPolicy(
    [
      "scan",
      `http://shop.test:${sites.port}/`,
      "--policy",
      "policy.yaml",
      ...args.flatMap((arg) => [arg]),
      ...sites.browserArgs.map((flag) => `--browser-arg=${flag}`),
    ],
    {
      cwd: dir,
    },
  );

describe("policy scan", () => {
  it("finds the one service the site loads and the policy does not name, with the evidence, and exits 1", async () => {
    const result = await scan("--format", "json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      findings: { kind: string; catalogIds: string[]; evidence: { what: string }[] }[];
      seen: unknown[];
      notice: string;
    };
    const undeclared = report.findings.filter((finding) => finding.kind === "undeclared-service");
    expect(undeclared.map((finding) => finding.catalogIds)).toEqual([["google-fonts"]]);
    expect(undeclared[0]?.evidence.map((evidence) => evidence.what)).toEqual([`http://fonts.gstatic.com:${sites.port}/font.css`]);
    expect(report.seen).toEqual([{ serviceId: "ads", hosts: ["connect.facebook.net"] }]);
    expect(report.findings.filter((finding) => finding.kind === "before-consent").map((finding) => finding.evidence[0]?.what)).toEqual(["_fbp"]);
    expect(report.findings.find((finding) => finding.kind === "unknown-host")?.evidence[0]?.what).toBe(
      `http://widget.unknown.test:${sites.port}/w.js`,
    );
    expect(report.notice).toMatch(/^The scan is evidence, not a verdict/);
  }, 90_000);

  it("prints the report as text, says it is evidence, and writes it atomically to --out", async () => {
    const result = await scan("--depth", "0", "--out", "scan.txt");
    expect(result).toMatchObject({ code: 1, stdout: "", stderr: "" });
    const report = readFileSync(join(dir, "scan.txt"), "utf8");
    expect(report).toContain(`policy scan http://shop.test:${sites.port}/: 1 page, without consent`);
    expect(report).toContain(
      "undeclared service: the site contacts fonts.gstatic.com (Google Fonts), and no service of the policy names Google Fonts  [google-fonts]",
    );
    expect(report).toContain('before consent: _fbp is set before any consent was given, and the policy\'s ground for it is consent (service "ads")');
    expect(report.trimEnd().split("\n").at(-1)).toBe("2 findings and 0 hints.");
  }, 90_000);

  it("gives the report as Markdown and as a SARIF log for code scanning", async () => {
    const markdown = await scan("--depth", "0", "--format", "md");
    expect(markdown.stdout).toMatch(/^# Scan of http:\/\/shop\.test:\d+\/\n/);
    expect(markdown.stdout).toContain(
      "## undeclared service\n\nthe site contacts fonts.gstatic.com (Google Fonts), and no service of the policy names Google Fonts\n\nCatalog: `google-fonts`",
    );
    const sarif = JSON.parse((await scan("--depth", "0", "--format", "sarif")).stdout) as {
      version: string;
      runs: { tool: { driver: { name: string } }; results: { ruleId: string; level: string }[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]?.tool.driver.name).toBe("policy scan");
    expect(sarif.runs[0]?.results.map((result) => result.ruleId).sort()).toEqual(["before-consent", "undeclared-service"]);
  }, 90_000);

  it("--suggest prints the missing services as YAML with their catalog ids", async () => {
    const result = await scan("--depth", "0", "--suggest");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^# Services the scan saw and the policy does not name\./);
    expect(result.stdout).toContain("- id: google-fonts\n  processor: google-fonts\n");
    expect(readFileSync(join(dir, "policy.yaml"), "utf8")).toBe(shopPolicy);
  }, 90_000);

  it("exits 2 with a clear message for a site that cannot be reached, and writes nothing", async () => {
    const port = await closedPort();
    const result = await runPolicy(["scan", `http://127.0.0.1:${port}/`, "--policy", "policy.yaml", "--timeout", "5", "--out", "unreachable.txt"], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^policy: cannot reach http://127\\.0\\.0\\.1:${port}: net::ERR_CONNECTION_REFUSED`));
    expect(existsSync(join(dir, "unreachable.txt"))).toBe(false);
  }, 90_000);

  it("asks for the policy, and refuses an address that is not a web address", async () => {
    expect((await runPolicy(["scan", "http://shop.test/"], { cwd: dir })).stderr).toContain("required option '--policy <file>' not specified");
    const ftp = await runPolicy(["scan", "ftp://shop.test/", "--policy", "policy.yaml"], { cwd: dir });
    expect(ftp).toMatchObject({ code: 2, stderr: "policy: ftp://shop.test/: give an http or https address\n" });
  }, 30_000);

  it("prints for the example policy what the scan package's README shows", async () => {
    const readme = readFileSync(new URL("../../../packages/scan/README.md", import.meta.url), "utf8");
    const shown = /```text\n\$ policy scan http:\/\/shop\.test:8080\/ --policy apps\/example\/policy\.yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    const result = await runPolicy(
      [
        "scan",
        `http://shop.test:${sites.port}/`,
        "--policy",
        "apps/example/policy.yaml",
        ...sites.browserArgs.map((flag) => `--browser-arg=${flag}`),
      ],
      { cwd: fileURLToPath(new URL("../../..", import.meta.url)) },
    );
    expect(result.code).toBe(1);
    expect(result.stdout.replaceAll(String(sites.port), "8080")).toBe(shown);
  }, 90_000);
});
