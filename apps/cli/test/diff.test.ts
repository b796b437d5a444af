import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
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

// The example ends with its changes[]: one more entry, for the change the test makes.
const announced =
  "  - date: 2027-03-01\n    summary: { en: We keep server logs for 30 days., de: Wir speichern Server-Protokolle 30 Tage lang., fr: Nous conservons les journaux du serveur pendant 30 jours., it: Conserviamo i log del server per 30 giorni., es: Conservamos los registros del servidor durante 30 días., nl: Wij bewaren de serverlogbestanden 30 dagen., pl: Logi serwera przechowujemy przez 30 dni. }\n";

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

  it("writes the report to --out, and never over a version it compares, under its own name or through a link", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "new.yaml"), longerLogs());
    const printed = await runPolicy(["diff", "policy.yaml", "new.yaml", "--today", "2027-03-01"], { cwd: dir });
    const written = await runPolicy(["diff", "policy.yaml", "new.yaml", "--today", "2027-03-01", "--out", "report.txt"], { cwd: dir });
    expect(written).toMatchObject({ code: 1, stdout: "", stderr: "" });
    expect(readFileSync(join(dir, "report.txt"), "utf8")).toBe(printed.stdout);
    symlinkSync(join(dir, "new.yaml"), join(dir, "link.txt"));
    for (const out of ["new.yaml", "./policy.yaml", "link.txt"]) {
      const refused = await runPolicy(["diff", "policy.yaml", "new.yaml", "--out", out], { cwd: dir });
      expect(refused, out).toMatchObject({ code: 2, stderr: `policy: --out ${out} is one of the versions compared; write the report elsewhere\n` });
    }
    expect(readFileSync(join(dir, "policy.yaml"), "utf8")).toBe(example);
    expect(readFileSync(join(dir, "new.yaml"), "utf8")).toBe(longerLogs());
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

describe("the catalog lock", () => {
  it("is written beside the files render writes (not with --no-lock), and policy diff --catalog shows what a catalog update changes", async () => {
    const dir = workspace();
    expect((await runPolicy(["render", "policy.yaml", "--locale", "all", "--out", "docs/"], { cwd: dir })).code).toBe(0);
    const lockFile = join(dir, "docs/policy.lock.json");
    const lock = JSON.parse(readFileSync(lockFile, "utf8"));
    expect(lock.lockfileVersion).toBe(1);
    expect(Object.keys(lock.catalog)).toEqual(["brevo", "calendly", "hetzner", "zoom"]);
    expect(await runPolicy(["diff", "policy.yaml", "--catalog", "docs/policy.lock.json"], { cwd: dir })).toMatchObject({
      code: 0,
      stdout: "No changes.\n",
    });

    // As if the lock had been written with an older catalog, in which Hetzner had another name and a shorter retention.
    lock.catalog.hetzner.entity.name = "Hetzner Old GmbH";
    writeFileSync(lockFile, JSON.stringify(lock));
    const update = await runPolicy(["diff", "policy.yaml", "--catalog", "docs/policy.lock.json", "--today", "2027-03-01"], { cwd: dir });
    expect(update.stdout.split("\n")[0]).toBe("material   provider-changed  services[website-hosting].processor");
    expect(update.code).toBe(1);

    // render --check says where a stale file comes from: as if docs/ had been rendered with that older catalog.
    for (const locale of ["en", "de"]) {
      const page = join(dir, `docs/policy.${locale}.md`);
      writeFileSync(page, readFileSync(page, "utf8").replaceAll("Hetzner Online GmbH", "Hetzner Old GmbH"));
    }
    const stale = await runPolicy(["render", "policy.yaml", "--locale", "all", "--out", "docs/", "--check"], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(
      "policy: the catalog changed since the lock: hetzner (policy diff <file> --catalog docs/policy.lock.json shows what that changes)",
    );

    const none = workspace();
    expect((await runPolicy(["render", "policy.yaml", "--out", "out/", "--no-lock"], { cwd: none })).code).toBe(0);
    expect(readdirSync(join(none, "out"))).toEqual(["policy.en.md"]);
  });

  it("holds the entries of self-hosted software too, whose cookies and data come from the catalog", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "munich.yaml"), readFileSync(new URL("../../example/munich.yaml", import.meta.url), "utf8"));
    expect((await runPolicy(["render", "munich.yaml", "--out", "docs/"], { cwd: dir })).code).toBe(0);
    const lock = JSON.parse(readFileSync(join(dir, "docs/munich.lock.json"), "utf8"));
    expect(Object.keys(lock.catalog)).toEqual(["brevo", "hetzner", "matomo"]);
  });

  it("lets render --check say the policy changed, where the catalog entries are as locked", async () => {
    const dir = workspace();
    expect((await runPolicy(["render", "policy.yaml", "--out", "docs/"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "policy.yaml"), longerLogs());
    const stale = await runPolicy(["render", "policy.yaml", "--out", "docs/", "--check"], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("policy: the catalog entries the policy names are as the lock has them: the policy changed");
  });

  it("refuses a lock that is not one, saying why", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "bad.json"), "{ nope");
    expect(await runPolicy(["diff", "policy.yaml", "--catalog", "bad.json"], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: "policy: bad.json is not a lock file: it is not JSON\n",
    });
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ lockfileVersion: 1, catalog: { zoom: { id: "zoom" } } }));
    expect((await runPolicy(["diff", "policy.yaml", "--catalog", "bad.json"], { cwd: dir })).stderr).toBe(
      'policy: bad.json: the entry "zoom" is not a catalog entry\n',
    );
  });
});
