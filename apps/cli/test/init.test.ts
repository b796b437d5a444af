import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { catalog } from "@policy/catalog";
import { formatIssue, safeLoadPolicy } from "@policy/core";
import { describe, expect, it, onTestFinished } from "vitest";
import { runPolicy } from "./run-policy.js";

/** An empty folder for one test, removed after it. */
function emptyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "policy-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const company = 'Foo: "Bar" #1\nSecond line & Co.';
const answers = [
  "--company",
  company,
  "--street",
  "Hauptstraße 1",
  "--postal-code",
  "01067",
  "--city",
  "Dresden",
  "--country",
  "de",
  "--email",
  "privacy@example.com",
];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function loadWritten(path: string) {
  const result = safeLoadPolicy(readFileSync(path, "utf8"), { catalog, filename: "policy.yaml" });
  return { ...result, messages: result.issues.map(formatIssue) };
}

describe("policy init (no terminal: options only)", () => {
  it("writes a valid policy.yaml from the options, with the values exactly as given", async () => {
    const dir = emptyDir();
    const before = today();
    const result = await runPolicy(["init", ...answers, "--services", "zoom,stripe"], { cwd: dir });
    const after = today();
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        "Wrote policy.yaml",
        "",
        "Next steps:",
        "  1. Work through the TODO comments in policy.yaml: purposes, legal bases, retention.",
        "  2. policy validate policy.yaml                   check it: every issue, with its line",
        "  3. policy render policy.yaml --out PRIVACY.md    the privacy policy as Markdown",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(0);
    // Written whole: no temporary file is left beside it.
    expect(readdirSync(dir)).toEqual(["policy.yaml"]);

    const loaded = loadWritten(join(dir, "policy.yaml"));
    // Only what the catalog's Stripe entry marks as unconfirmed is left to the author (see the TODO in the file).
    expect(loaded.issues.filter((issue) => issue.code !== "unconfirmed-fact").map(formatIssue)).toEqual([]);
    const unconfirmed = catalog.stripe.unconfirmed.filter(({ fact }) => fact !== "retention");
    expect(loaded.issues.filter((issue) => issue.code === "unconfirmed-fact").map((issue) => issue.path)).toEqual(
      unconfirmed.map(() => "services[1].processor"),
    );
    expect(loaded.success).toBe(true);
    if (!loaded.success) return;
    const { policy } = loaded;
    expect(policy.controller).toEqual({
      name: company,
      address: { street: "Hauptstraße 1", postalCode: "01067", city: "Dresden", country: "DE" },
      email: "privacy@example.com",
    });
    expect(policy.locales).toEqual(["en", "de"]);
    expect(policy.jurisdictions).toEqual(["gdpr"]);
    expect(policy.meta.version).toBe("1.0");
    expect([before, after]).toContain(policy.meta.effective);
    expect(policy.services.map((service) => [service.id, service.processor?.id])).toEqual([
      ["zoom", "zoom"],
      ["stripe", "stripe"],
    ]);
    // And the project's own validate agrees: valid, with those warnings.
    const validated = await runPolicy(["validate", "policy.yaml"], { cwd: dir });
    expect(validated.stdout.trimEnd().split("\n").at(-1)).toBe(`${unconfirmed.length} warning${unconfirmed.length === 1 ? "" : "s"} in 1 file.`);
    expect(validated.code).toBe(0);
  });

  it("without services, writes an in-house contact service in the chosen language only", async () => {
    const dir = emptyDir();
    const result = await runPolicy(["init", ...answers, "--locales", "de"], { cwd: dir });
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, "policy.yaml"), "utf8");
    // The editor's link to the schema leads, from the file's folder, to the copy of core the command uses.
    const schemaPath = /^# yaml-language-server: \$schema=(\.\.?\/.+)$/.exec(text.split("\n")[0] ?? "")?.[1];
    expect(schemaPath && realpathSync(resolve(dir, schemaPath))).toBe(
      realpathSync(fileURLToPath(new URL("../../../packages/core/policy.schema.json", import.meta.url))),
    );
    const loaded = loadWritten(join(dir, "policy.yaml"));
    expect(loaded.messages).toEqual([]);
    expect(loaded.success && loaded.policy.locales).toEqual(["de"]);
    expect(loaded.success && loaded.policy.services.map((service) => [service.id, service.name])).toEqual([
      ["contact", { de: "Kontakt per E-Mail" }],
    ]);
  });

  it("with --quiet prints nothing, and still writes the file", async () => {
    const dir = emptyDir();
    const result = await runPolicy(["--quiet", "init", ...answers, "--yes"], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(loadWritten(join(dir, "policy.yaml")).success).toBe(true);
  });

  it("creates the directory it is given, and names the file from where it ran", async () => {
    const dir = emptyDir();
    const result = await runPolicy(["init", "site/legal notes", ...answers], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Wrote site/legal notes/policy.yaml\n");
    // Quoted, so that the next step can be pasted into a shell as it is.
    expect(result.stdout).toContain("  2. policy validate 'site/legal notes/policy.yaml'");
    expect(readdirSync(join(dir, "site", "legal notes"))).toEqual(["policy.yaml"]);
    expect(loadWritten(join(dir, "site", "legal notes", "policy.yaml")).success).toBe(true);
  });

  it("names every missing option, and writes nothing", async () => {
    const dir = emptyDir();
    const none = await runPolicy(["init", "out"], { cwd: dir });
    expect(none.stderr).toBe(
      "policy: missing --company, --street, --city, --country and --email: give them as options (questions are asked only when stdin and stdout are a terminal)\n",
    );
    expect(none).toMatchObject({ code: 2, stdout: "" });
    const some = await runPolicy(["init", "out", "--yes", "--company", "Example GmbH", "--city", "Berlin", "--country", "DE"], { cwd: dir });
    expect(some.stderr).toBe("policy: missing --street and --email: give them as options (with --yes nothing is asked)\n");
    expect(some.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("never replaces an existing policy.yaml without --force", async () => {
    const dir = emptyDir();
    const path = join(dir, "policy.yaml");
    writeFileSync(path, "mine\n");
    const result = await runPolicy(["init", ...answers], { cwd: dir });
    expect(result).toEqual({ code: 2, signal: null, stdout: "", stderr: "policy: policy.yaml already exists; use --force to replace it\n" });
    expect(readFileSync(path, "utf8")).toBe("mine\n");
    expect(readdirSync(dir)).toEqual(["policy.yaml"]);
  });

  it("replaces it with --force", async () => {
    const dir = emptyDir();
    const path = join(dir, "policy.yaml");
    writeFileSync(path, "mine\n");
    const result = await runPolicy(["init", ...answers, "--force"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(loadWritten(path).success).toBe(true);
    expect(readdirSync(dir)).toEqual(["policy.yaml"]);
  });

  it("refuses a service the catalog does not have, with a suggestion", async () => {
    const dir = emptyDir();
    const result = await runPolicy(["init", ...answers, "--services", "zoom,strpe"], { cwd: dir });
    expect(result.stderr).toBe(
      'policy: --services: "strpe" is not in the catalog; did you mean "stripe"?; `policy catalog search <word>` finds services by name or kind\n',
    );
    expect(result.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a country that is not an ISO code, and an address that is not one, naming both", async () => {
    const dir = emptyDir();
    const result = await runPolicy(["init", ...answers, "--country", "Germany", "--email", "privacy@"], { cwd: dir });
    expect(result.stderr).toBe(
      'policy: --country: "Germany" is not an ISO 3166-1 alpha-2 country code; did you mean "DE"?; --email: "privacy@" is not an e-mail address\n',
    );
    expect(result.code).toBe(2);
    const language = await runPolicy(["init", ...answers, "--locales", "fr"], { cwd: dir });
    expect(language.stderr).toBe('policy: --locales: "fr" is not a language policy writes in; choose en, de, pl or all\n');
    expect(language.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("prints control characters from an answer harmlessly, and still writes them exactly", async () => {
    const dir = emptyDir();
    const result = await runPolicy(["init", ...answers, "--country", "\u001b[2J"], { cwd: dir });
    expect(result.stderr).toBe('policy: --country: "\uFFFD[2J" is not an ISO 3166-1 alpha-2 country code (two letters, like DE, AT or GB)\n');
    const name = "Evil\u001b]0;title\u0007 GmbH";
    const written = await runPolicy(["init", ...answers, "--company", name], { cwd: dir });
    expect(written.code).toBe(0);
    const loaded = loadWritten(join(dir, "policy.yaml"));
    expect(loaded.success && loaded.policy.controller.name).toBe(name);
  });

  it("says so when the folder cannot be created", async () => {
    const dir = emptyDir();
    writeFileSync(join(dir, "taken"), "");
    const result = await runPolicy(["init", "taken", ...answers], { cwd: dir });
    expect(result.stderr).toBe("policy: cannot create the folder taken: a file of that name is in the way (EEXIST)\n");
    expect(result.code).toBe(2);
    const deeper = await runPolicy(["init", "taken/deeper", ...answers], { cwd: dir });
    expect(deeper.stderr).toBe("policy: cannot create the folder taken/deeper: a part of the path is not a folder (ENOTDIR)\n");
    expect(deeper.code).toBe(2);
  });

  it("refuses a directory in the place of policy.yaml, even with --force", async () => {
    const dir = emptyDir();
    mkdirSync(join(dir, "policy.yaml"));
    const result = await runPolicy(["init", ...answers, "--force"], { cwd: dir });
    expect(result.stderr).toBe("policy: cannot write policy.yaml: it is a folder (EISDIR)\n");
    expect(result.code).toBe(2);
    expect(statSync(join(dir, "policy.yaml")).isDirectory()).toBe(true);
    expect(readdirSync(dir)).toEqual(["policy.yaml"]);
  });

  it("has help with examples", async () => {
    const result = await runPolicy(["init", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: policy init [options] [dir]");
    expect(result.stdout).toContain("Examples:\n  $ policy init ");
    expect(result.stdout).toContain("--yes --company");
  });
});
