import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalog } from "@policy/catalog";
import { compose, loadPolicy } from "@policy/core";
import { toHtml } from "@policy/html";
import { toMarkdown } from "@policy/markdown";
import { describe, expect, it } from "vitest";
import { examplePolicyFile, withoutFirstProvision, workspace } from "./fixtures.js";
import { runPolicy } from "./run-policy.js";

const example = readFileSync(examplePolicyFile, "utf8");
const policy = loadPolicy(example, { catalog });

describe("policy render", () => {
  it("prints Markdown in the policy's first language on stdout by default, and nothing else", async () => {
    const result = await runPolicy(["render", examplePolicyFile]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(toMarkdown(policy, { locale: "en" }));
  });

  it("renders each format and option as the packages do", async () => {
    const cases: [string[], string][] = [
      [["--locale", "de", "--toc"], toMarkdown(policy, { locale: "de", toc: true })],
      [["--format", "html"], toHtml(policy, { locale: "en" })],
      [["-f", "html", "--standalone", "--toc", "-l", "de"], toHtml(policy, { locale: "de", standalone: true, toc: true })],
      [["--format", "json"], `${JSON.stringify(compose(policy, { locale: "en" }), null, 2)}\n`],
      [["--index", "--toc"], toMarkdown(policy, { locale: "en", index: true, toc: true })],
      [["-f", "html", "--index", "-l", "de"], toHtml(policy, { locale: "de", index: true })],
      [["--format", "json", "--index"], `${JSON.stringify(compose(policy, { locale: "en", index: true }), null, 2)}\n`],
    ];
    for (const [flags, expected] of cases) {
      const result = await runPolicy(["render", examplePolicyFile, ...flags]);
      expect(result.code, flags.join(" ")).toBe(0);
      expect(result.stdout, flags.join(" ")).toBe(expected);
    }
  });

  it("reads stdin for -", async () => {
    const result = await runPolicy(["render", "-", "--format", "json", "--locale", "de"], { input: example });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(compose(policy, { locale: "de" }))));
  });

  it("writes every language into a folder as <name>.<locale>.<format>, and reports what it wrote", async () => {
    const dir = workspace();
    const result = await runPolicy(["render", "policy.yaml", "--locale", "all", "--out", "site/", "--format", "html", "--standalone"], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(readdirSync(join(dir, "site")).sort()).toEqual([...policy.locales.map((locale) => `policy.${locale}.html`), "policy.lock.json"].sort());
    expect(readFileSync(join(dir, "site/policy.de.html"), "utf8")).toBe(toHtml(policy, { locale: "de", standalone: true }));
    expect(result.stdout).toMatch(
      /^Rendered policy\.yaml \(Lindenberg & Ohm Beratung GmbH, 5 services\) as an HTML page:\n {2}site\/policy\.en\.html {2}\(\d+\.\d kB\)\n {2}site\/policy\.de\.html {2}\(\d+\.\d kB\)\n {2}site\/policy\.fr\.html {2}\(\d+\.\d kB\)\n {2}site\/policy\.it\.html {2}\(\d+\.\d kB\)\n {2}site\/policy\.es\.html {2}\(\d+\.\d kB\)\n {2}site\/policy\.nl\.html {2}\(\d+\.\d kB\)\n {2}site\/policy\.pl\.html {2}\(\d+\.\d kB\)\nCatalog facts used: site\/policy\.lock\.json\n$/,
    );
    const quiet = await runPolicy(["render", "policy.yaml", "-q", "--out", "site"], { cwd: dir });
    expect(quiet).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(dir, "site/policy.en.md"), "utf8")).toBe(toMarkdown(policy, { locale: "en" }));
  });

  it("writes one language to a named file, replacing it", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "PRIVACY.md"), "old\n");
    const result = await runPolicy(["render", "policy.yaml", "--out", "PRIVACY.md"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "PRIVACY.md"), "utf8")).toBe(toMarkdown(policy, { locale: "en" }));
    expect(readdirSync(dir).sort()).toEqual(["PRIVACY.md", "policy.lock.json", "policy.yaml"]);
  });

  it("--check passes when the files are current, and fails after an edit of the policy with a summary of the difference", async () => {
    const dir = workspace();
    const args = ["render", "policy.yaml", "--locale", "all", "--out", "docs/", "--toc"];
    expect((await runPolicy(args, { cwd: dir })).code).toBe(0);
    const fresh = await runPolicy([...args, "--check"], { cwd: dir });
    expect(fresh).toMatchObject({
      code: 0,
      stdout: policy.locales.map((locale) => `docs/policy.${locale}.md is up to date\n`).join(""),
      stderr: "",
    });

    writeFileSync(join(dir, "policy.yaml"), example.replace("phone: +49 30 5557 1820", "phone: +49 30 5557 1821"));
    const before = readFileSync(join(dir, "docs/policy.en.md"), "utf8");
    const stale = await runPolicy([...args, "--check"], { cwd: dir });
    expect(stale.code).toBe(1);
    // The number is in the overview and in the contact section.
    expect(stale.stdout).toMatch(/^docs\/policy\.en\.md differs: 2 lines added, 2 removed, from line \d+\n {4}@@ line \d+ @@\n/);
    expect(stale.stdout).toContain("\n    -Phone: [+49 30 5557 1820](tel:+493055571820)\\\n    +Phone: [+49 30 5557 1821](tel:+493055571821)\\\n");
    expect(stale.stdout).toMatch(/^docs\/policy\.de\.md differs: /m);
    expect(stale.stderr).toBe(
      "policy: 7 of 7 files are not what the policy renders to; run the same command without --check to update them\n" +
        "policy: the catalog entries the policy names are as the lock has them: the policy changed\n",
    );
    // --check writes nothing.
    expect(readFileSync(join(dir, "docs/policy.en.md"), "utf8")).toBe(before);

    const missing = await runPolicy(["render", "policy.yaml", "--out", "elsewhere/", "--check"], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("elsewhere/policy.en.md is missing\n");
    expect(existsSync(join(dir, "elsewhere"))).toBe(false);
  });

  it("writes nothing for a policy with errors: the errors with their lines on stderr, exit 1", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "broken.yaml"), example.replace("legalBasis: A6-1-b", "legalBasis: A6-1-z"));
    const result = await runPolicy(["render", "broken.yaml", "--out", "out/"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      'broken.yaml:71:21  error  services[0].purposes[0].legalBasis: unknown legal basis "A6-1-z"  [unknown-id]\n\n  69 |',
    );
    expect(result.stderr.endsWith("broken.yaml has 1 error.\n")).toBe(true);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("renders a policy with warnings, listing them on stderr one line each; --quiet leaves them out", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "warn.yaml"), withoutFirstProvision(example));
    const loud = await runPolicy(["render", "warn.yaml"], { cwd: dir });
    expect(loud.code).toBe(0);
    expect(loud.stderr).toMatch(/^warn\.yaml:\d+:\d+ {2}warning {2}services\[0\]: .*\[missing-provision\]\n$/);
    expect(loud.stdout).toMatch(/^# Privacy policy\n/);
    const quiet = await runPolicy(["render", "warn.yaml", "--quiet"], { cwd: dir });
    expect(quiet).toMatchObject({ code: 0, stderr: "", stdout: loud.stdout });
  });

  it("never writes over the policy file, under its own name or through a link", async () => {
    const dir = workspace();
    symlinkSync(join(dir, "policy.yaml"), join(dir, "link.md"));
    for (const out of ["policy.yaml", "./policy.yaml", "link.md"]) {
      const result = await runPolicy(["render", "policy.yaml", "--out", out], { cwd: dir });
      expect(result.code, out).toBe(2);
      expect(result.stderr, out).toBe(`policy: the output ${out} is the policy file itself; choose another --out\n`);
    }
    expect(readFileSync(join(dir, "policy.yaml"), "utf8")).toBe(example);
  });

  it("cannot write where a folder cannot be made or a file not replaced: a clear error, exit 2, nothing half-written", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "blocker"), "a file, not a folder\n");
    const notFolder = await runPolicy(["render", "policy.yaml", "--locale", "all", "--out", "blocker/site/"], { cwd: dir });
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toBe(
      "policy: cannot write blocker/site/policy.en.md: a part of the path is not a folder (ENOTDIR); no file was changed\n",
    );

    // The German target is a folder, so it cannot be replaced: the English file, written first, must not change either.
    mkdirSync(join(dir, "site/policy.de.md"), { recursive: true });
    writeFileSync(join(dir, "site/policy.en.md"), "old\n");
    const blocked = await runPolicy(["render", "policy.yaml", "--locale", "all", "--out", "site/"], { cwd: dir });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/^policy: cannot write site\/policy\.de\.md: .* \(EISDIR\); no file was changed\n$/);
    expect(readFileSync(join(dir, "site/policy.en.md"), "utf8")).toBe("old\n");
    expect(readdirSync(join(dir, "site")).sort()).toEqual(["policy.de.md", "policy.en.md"]);
    expect(readdirSync(join(dir, "site/policy.de.md"))).toEqual([]);
  });

  it("refuses what cannot work, with exit 2 and the reason", async () => {
    const dir = workspace();
    const cases: [string[], string][] = [
      [
        ["--locale", "all"],
        "policy: 7 languages (en, de, fr, it, es, nl, pl) cannot all go to stdout: choose one with --locale, or write them into a folder with --out <folder>/\n",
      ],
      [
        ["--locale", "all", "--out", "one.md"],
        "policy: --out one.md is one file, but 7 languages (en, de, fr, it, es, nl, pl) were asked for: give a folder (--out one.md/), or one language with --locale\n",
      ],
      [["--standalone"], "policy: --standalone makes a whole HTML page; it does not apply to --format md\n"],
      [["--format", "json", "--toc"], "policy: --toc adds a table of contents to Markdown or HTML; it does not apply to --format json\n"],
      [["--check"], "policy: --check compares files on disk with what would be written: give them with --out\n"],
    ];
    for (const [flags, message] of cases) {
      const result = await runPolicy(["render", "policy.yaml", ...flags], { cwd: dir });
      expect({ flags, code: result.code, stderr: result.stderr, stdout: result.stdout }).toEqual({ flags, code: 2, stderr: message, stdout: "" });
    }
    const badFormat = await runPolicy(["render", "policy.yaml", "--format", "pdf"], { cwd: dir });
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("error: option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are md, html, json.");
    const missing = await runPolicy(["render", "nope.yaml"], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stderr: "policy: cannot read nope.yaml: no such file (ENOENT)\n" });
  });
});
