// The packages as a user gets them: `npm pack` each published workspace package, install the
// tarballs into a fresh project outside the repository, and use them there. Inside the monorepo
// the workspace links hide a missing `files` entry, an export that points nowhere or a dependency
// that only the hoisted root node_modules provides; out here every one of those fails.
//
// It needs the built packages and the cli's bundle (`npm test` builds first; alone: `npm run build
// -w @policy/cli`) and the npm registry for the third-party dependencies. Without the registry it
// fails with npm's output: it never skips, because a skipped packaging test reads like a passing one.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand, runOrThrow } from "./packaging/command.js";
import { importSpecifiers, packageOf, typesPackageOf } from "./packaging/import-specifiers.js";
import { pack, type Tarball } from "./packaging/pack.js";
import { publishedPackages } from "./packaging/workspace-packages.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const exampleDir = join(repoRoot, "apps/example");
const published = publishedPackages(repoRoot);
const names = published.map((workspacePackage) => workspacePackage.manifest.name);
const cliVersion = published.find((workspacePackage) => workspacePackage.manifest.name === "@policy/cli")?.manifest.version;

/** What each package must export at its root; a package added later must at least import and export something. */
const mainExports: Record<string, string[]> = {
  "@policy/core": ["compose", "loadPolicy"],
  "@policy/catalog": ["catalog", "zoom"],
  "@policy/markdown": ["toMarkdown"],
  "@policy/html": ["toHtml"],
  "@policy/ink": ["PolicyViewer", "toText"],
  "@policy/cli": ["run"],
};

/** Files every tarball must hold, and the extra ones some packages need. */
const requiredEntries = ["package/package.json", "package/dist/index.js", "package/dist/index.d.ts"];
const extraEntries: Record<string, string[]> = {
  "@policy/cli": ["package/bin/policy.js", "package/bundle/policy.js", "package/bundle/NOTICES.md", "package/dist/main.js"],
  "@policy/core": ["package/policy.schema.json"],
};
/** Files no tarball may hold: sources, tests and their fixtures, TypeScript's build state. */
const forbiddenEntry = /\.test\.|^package\/(src|test)\/|tsbuildinfo/;

describe("the published packages, packed and installed into a fresh project outside the monorepo", () => {
  let root = "";
  let project = "";
  const tarballs = new Map<string, Tarball>();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "policy-packaging-"));
    project = join(root, "app");
    const relativeToRepo = relative(repoRoot, project);
    // Inside the repository npm would find the workspace root and link the sources: no proof at all.
    if (!relativeToRepo.startsWith("..") && !isAbsolute(relativeToRepo)) throw new Error(`the temporary project ${project} is inside the repository; set TMPDIR elsewhere`);
    mkdirSync(join(root, "tarballs"));
    mkdirSync(project);

    for (const workspacePackage of published) tarballs.set(workspacePackage.manifest.name, await pack(workspacePackage, join(root, "tarballs")));

    await runOrThrow("npm", ["init", "-y"], project);
    if (!existsSync(join(project, "package.json"))) throw new Error(`npm init -y did not write ${project}/package.json`);
    // One install of all tarballs, as a user adding the cli and the libraries would. Our packages
    // are not on the registry, so one that npm does not take from a tarball fails the install.
    const files = [...tarballs.values()].map((tarball) => tarball.file);
    // --loglevel http: should it fail, its output says which requests it made. The time limit
    // leaves the hook (240 s) room to report npm's output rather than just "timed out".
    await runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel", "http", ...files], project, { timeoutMs: 200_000 });
    copyFileSync(join(exampleDir, "policy.yaml"), join(project, "policy.yaml"));
  }, 240_000);

  afterAll(() => {
    if (root !== "") rmSync(root, { recursive: true, force: true });
  });

  /** `npx policy ...` in the project; `--no` so that npx never fetches the unrelated registry package named "policy". */
  const npxPolicy = (args: readonly string[]) => runCommand("npx", ["--no", "--", "policy", ...args], project);

  /** Runs an ES module snippet with `node -e` in the project, where only node_modules can resolve our packages. */
  const nodeModule = (code: string) => runCommand(process.execPath, ["--input-type=module", "-e", code], project);

  it("are every workspace package not marked private: core, catalog, markdown, html, ink and cli at least", () => {
    expect(names).toEqual(expect.arrayContaining(Object.keys(mainExports)));
    expect(names).not.toContain("@policy/example");
    expect([...tarballs.keys()].sort()).toEqual([...names].sort());
  });

  it.each(names)("%s: the tarball holds package.json, the entry point with its types, and no sources, tests or build info", (name) => {
    const entries = tarballs.get(name)?.entries ?? [];
    expect(entries).toEqual(expect.arrayContaining([...requiredEntries, ...(extraEntries[name] ?? [])]));
    expect(entries.filter((entry) => forbiddenEntry.test(entry))).toEqual([]);
  });

  it.each(names)("%s: every file its package.json points to (exports, bin, main, types) is in the tarball", (name) => {
    const tarball = tarballs.get(name);
    expect(tarball).toBeDefined();
    const { manifest, entries } = tarball as Tarball;
    const targets = [...exportTargets(manifest.exports), ...Object.values(typeof manifest.bin === "string" ? { [name]: manifest.bin } : (manifest.bin ?? {}))];
    for (const field of [manifest.main, manifest.types]) if (field !== undefined) targets.push(field);
    const missing = targets.filter((target) => {
      const pattern = new RegExp(`^package/${escapeRegExp(target.replace(/^\.\//, "")).replace("\\*", ".+")}$`);
      return !entries.some((entry) => pattern.test(entry));
    });
    expect(missing).toEqual([]);
  });

  it("installs our packages from the tarballs alone, one copy each: the lockfile resolves every @policy package to its tarball", () => {
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string; resolved?: string }> };
    const ours = Object.entries(lock.packages).filter(([path]) => /(^|\/)node_modules\/@policy\//.test(path));
    expect(Object.fromEntries(ours.map(([path, entry]) => [path, { version: entry.version, resolved: entry.resolved }]))).toEqual(
      Object.fromEntries(
        [...tarballs].map(([name, tarball]) => [`node_modules/${name}`, { version: tarball.manifest.version, resolved: `file:${relative(project, tarball.file)}` }]),
      ),
    );
  });

  it("each package declares every package its built code and types import (in a user's project nothing else is hoisted in)", () => {
    const undeclared: string[] = [];
    for (const [name, { manifest, entries }] of tarballs) {
      const declared = new Set([name, ...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
      for (const entry of entries.filter((path) => /\.(m|c)?js$|\.d\.(m|c)?ts$/.test(path))) {
        const path = entry.replace(/^package\//, "");
        const isTypes = /\.d\.(m|c)?ts$/.test(path);
        for (const specifier of importSpecifiers(readFileSync(join(project, "node_modules", name, path), "utf8"))) {
          const imported = packageOf(specifier);
          // A .d.ts import is also satisfied by the DefinitelyTyped package ("mdast" by @types/mdast).
          if (imported === undefined || declared.has(imported) || (isTypes && declared.has(typesPackageOf(imported)))) continue;
          undeclared.push(`${name}: ${path} imports "${specifier}", which is not in its dependencies or peerDependencies`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it("`npx policy --version` prints the cli's version", async () => {
    expect(await npxPolicy(["--version"])).toEqual({ code: 0, stdout: `${cliVersion}\n`, stderr: "" });
  });

  // The committed renderings are made by the example's `npm start` with --toc, so the same flag here.
  it("`npx policy render policy.yaml --format md --toc --locale de` prints the example's committed out/policy.de.md, byte for byte", async () => {
    const result = await npxPolicy(["render", "policy.yaml", "--format", "md", "--toc", "--locale", "de"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(exampleDir, "out/policy.de.md"), "utf8"));
  });

  it("`npx policy render policy.yaml --format html --standalone --toc --locale all --out site/` writes the committed HTML pages", async () => {
    const result = await npxPolicy(["render", "policy.yaml", "--format", "html", "--standalone", "--toc", "--locale", "all", "--out", "site/"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const page of ["policy.en.html", "policy.de.html"]) {
      expect(readFileSync(join(project, "site", page), "utf8"), page).toBe(readFileSync(join(exampleDir, "out", page), "utf8"));
    }
  });

  it.each(names)("`import * as m from \"%s\"` works in plain Node and has the package's main exports", async (name) => {
    const result = await nodeModule(`import * as m from ${JSON.stringify(name)}; console.log(JSON.stringify(Object.keys(m)));`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const keys = JSON.parse(result.stdout) as string[];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).toEqual(expect.arrayContaining(mainExports[name] ?? []));
  });

  it("the subpath exports resolve: @policy/catalog/zoom, @policy/ink/text and @policy/core/schema.json", async () => {
    for (const [specifier, exported] of [
      ["@policy/catalog/zoom", "zoom"],
      ["@policy/ink/text", "toText"],
    ] as const) {
      const result = await nodeModule(`import * as m from ${JSON.stringify(specifier)}; console.log(JSON.stringify(Object.keys(m)));`);
      expect(result, specifier).toMatchObject({ code: 0, stderr: "" });
      expect(JSON.parse(result.stdout), specifier).toContain(exported);
    }
    const schema = await nodeModule(`import schema from "@policy/core/schema.json" with { type: "json" }; console.log(JSON.stringify(schema));`);
    expect(schema.code, schema.stderr).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(readFileSync(join(repoRoot, "packages/core/policy.schema.json"), "utf8")));
  });
});

/** Every file an `exports` field maps to, through conditions and arrays; null (a blocked path) is none. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === "string") return [exports];
  if (Array.isArray(exports)) return exports.flatMap(exportTargets);
  if (exports !== null && typeof exports === "object") return Object.values(exports).flatMap(exportTargets);
  return [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
