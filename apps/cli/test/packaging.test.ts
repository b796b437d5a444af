// The packages as a user gets them: `npm pack` each published workspace package, install the
// tarballs into a fresh project outside the repository, and use them there. Inside the monorepo
// the workspace links hide a missing `files` entry, an export that points nowhere or a dependency
// that only the hoisted root node_modules provides; out here every one of those fails.
//
// It needs the built packages and the cli's bundle (`npm test` builds first; alone: `npm run build
// -w @policy/cli`) and the npm registry for the third-party dependencies (and for TypeScript 5.9
// and @types/node, which the project checks our types with). Without the registry it fails with
// npm's output: it never skips, because a skipped packaging test reads like a passing one.
//
// On another Node: `POLICY_TEST_NODE=/path/to/node npx vitest run apps/cli/test/packaging.test.ts`
// runs npm, npx, `policy` and every snippet on that binary (see packaging/command.ts).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, copyFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand, runOrThrow, testNode } from "./packaging/command.js";
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
const requiredEntries = ["package/package.json", "package/dist/index.d.ts"];
const extraEntries: Record<string, string[]> = {
  "@policy/cli": ["package/bin/policy.js", "package/bundle/index.js", "package/bundle/NOTICES.md"],
  "@policy/core": ["package/dist/index.js", "package/policy.schema.json"],
  "@policy/catalog": ["package/dist/index.js"],
  "@policy/markdown": ["package/dist/index.js"],
  "@policy/html": ["package/dist/index.js"],
  "@policy/ink": ["package/dist/index.js"],
};
/** The root README's section for a project of one's own: its shell lines and its script. */
const readmeForProjects = readmeSection(readFileSync(join(repoRoot, "README.md"), "utf8"), "Use it in your project");
const shellLines = fencedBlocks(readmeForProjects, "sh")
  .flatMap((block) => block.split("\n"))
  .filter((line) => line.trim() !== "");
const [script] = fencedBlocks(readmeForProjects, "js");
/** The TypeScript versions a consumer's project may use: 7 is the repository's own, 5.9 is installed into the project. */
const typescript59 = "typescript@~5.9.3";
const repoTsc = join(repoRoot, "node_modules/typescript/bin/tsc");
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
    if (!relativeToRepo.startsWith("..") && !isAbsolute(relativeToRepo))
      throw new Error(`the temporary project ${project} is inside the repository; set TMPDIR elsewhere`);
    mkdirSync(join(root, "tarballs"));
    mkdirSync(project);

    for (const workspacePackage of published) tarballs.set(workspacePackage.manifest.name, await pack(workspacePackage, join(root, "tarballs")));

    await runOrThrow("npm", ["init", "-y"], project);
    if (!existsSync(join(project, "package.json"))) throw new Error(`npm init -y did not write ${project}/package.json`);
    await runOrThrow("npm", ["pkg", "set", "type=module"], project);
    // One install of all tarballs, as a user adding the cli and the libraries would. Our packages
    // are not on the registry, so one that npm does not take from a tarball fails the install.
    const files = [...tarballs.values()].map((tarball) => tarball.file);
    // --loglevel http: should it fail, its output says which requests it made. The time limit
    // leaves the hook (240 s) room to report npm's output rather than just "timed out".
    await runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel", "http", ...files], project, {
      timeoutMs: 200_000,
    });
    // What a TypeScript project on Node has besides: the compiler it checks with, and Node's types.
    await runOrThrow(
      "npm",
      ["install", "--save-dev", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel", "http", typescript59, "@types/node@^20.19.0"],
      project,
      {
        timeoutMs: 200_000,
      },
    );
    copyFileSync(join(exampleDir, "policy.yaml"), join(project, "policy.yaml"));
  }, 240_000);

  afterAll(() => {
    if (root !== "") rmSync(root, { recursive: true, force: true });
  });

  /** `npx policy ...` in the project; `--no` so that npx never fetches the unrelated registry package named "policy". */
  const npxPolicy = (args: readonly string[]) => runCommand("npx", ["--no", "--", "policy", ...args], project);

  /** Runs an ES module snippet with `node -e` in the project, where only node_modules can resolve our packages. */
  const nodeModule = (code: string) => runCommand(testNode, ["--input-type=module", "-e", code], project);

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
    const targets = [
      ...exportTargets(manifest.exports),
      ...Object.values(typeof manifest.bin === "string" ? { [name]: manifest.bin } : (manifest.bin ?? {})),
    ];
    for (const field of [manifest.main, manifest.types]) if (field !== undefined) targets.push(field);
    const missing = targets.filter((target) => {
      const pattern = new RegExp(`^package/${escapeRegExp(target.replace(/^\.\//, "")).replace("\\*", ".+")}$`);
      return !entries.some((entry) => pattern.test(entry));
    });
    expect(missing).toEqual([]);
  });

  it("installs our packages from the tarballs alone, one copy each: the lockfile resolves every @policy package to its tarball", () => {
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string; resolved?: string }>;
    };
    const ours = Object.entries(lock.packages).filter(([path]) => /(^|\/)node_modules\/@policy\//.test(path));
    expect(Object.fromEntries(ours.map(([path, entry]) => [path, { version: entry.version, resolved: entry.resolved }]))).toEqual(
      Object.fromEntries(
        [...tarballs].map(([name, tarball]) => [
          `node_modules/${name}`,
          { version: tarball.manifest.version, resolved: `file:${relative(project, tarball.file)}` },
        ]),
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

  // CI runs this file on other Nodes as well (POLICY_TEST_NODE): a PATH that let npm or `policy`
  // (whose `#!/usr/bin/env node` finds node in PATH) fall back to this machine's Node would pass
  // while testing nothing new.
  it("npm, npx and the project's `node` run on the Node under test", async () => {
    const version = (await runCommand(testNode, ["-p", "process.versions.node"], project)).stdout.trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const npm = await runCommand("npm", ["version", "--json"], project);
    expect(npm.code, npm.stderr).toBe(0);
    expect((JSON.parse(npm.stdout) as { node?: string }).node).toBe(version);
    expect(await runCommand("npx", ["--no", "--", "node", "-p", "process.versions.node"], project)).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: "",
    });
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

  it.each(names)('`import * as m from "%s"` works in plain Node and has the package\'s main exports', async (name) => {
    const result = await nodeModule(`import * as m from ${JSON.stringify(name)}; console.log(JSON.stringify(Object.keys(m)));`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const keys = JSON.parse(result.stdout) as string[];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).toEqual(expect.arrayContaining(mainExports[name] ?? []));
  });

  it("the subpath exports resolve: @policy/catalog/zoom, @policy/ink/text, and every package's package.json", async () => {
    for (const [specifier, exported] of [
      ["@policy/catalog/zoom", "zoom"],
      ["@policy/ink/text", "toText"],
    ] as const) {
      const result = await nodeModule(`import * as m from ${JSON.stringify(specifier)}; console.log(JSON.stringify(Object.keys(m)));`);
      expect(result, specifier).toMatchObject({ code: 0, stderr: "" });
      expect(JSON.parse(result.stdout), specifier).toContain(exported);
    }
    for (const name of names) {
      const result = await nodeModule(
        `import manifest from "${name}/package.json" with { type: "json" }; console.log(manifest.name + "@" + manifest.version);`,
      );
      expect(result, name).toEqual({ code: 0, stdout: `${name}@${tarballs.get(name)?.manifest.version}\n`, stderr: "" });
    }
  });

  it("the JSON Schema has one name, policy.schema.json, as a file in node_modules and as an import", async () => {
    const committed = JSON.parse(readFileSync(join(repoRoot, "packages/core/policy.schema.json"), "utf8")) as unknown;
    const coreExports = Object.keys((tarballs.get("@policy/core")?.manifest.exports ?? {}) as Record<string, unknown>);
    expect(coreExports.filter((subpath) => subpath.endsWith(".json") && subpath !== "./package.json")).toEqual(["./policy.schema.json"]);
    expect(JSON.parse(readFileSync(join(project, "node_modules/@policy/core/policy.schema.json"), "utf8"))).toEqual(committed);
    const imported = await nodeModule(
      `import schema from "@policy/core/policy.schema.json" with { type: "json" }; console.log(JSON.stringify(schema));`,
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual(committed);
  });

  it.each(names)("%s: repository (with its folder), homepage and bugs say where the code and the tracker are", (name) => {
    const { manifest } = tarballs.get(name) as Tarball;
    const workspacePackage = published.find((each) => each.manifest.name === name);
    const repository = manifest.repository as { type?: string; url?: string; directory?: string } | undefined;
    const repositoryUrl = (published[0]?.manifest.repository as { url?: string } | undefined)?.url;
    expect(repository).toEqual({
      type: "git",
      url: repositoryUrl,
      directory: relative(repoRoot, workspacePackage?.dir ?? "")
        .split("\\")
        .join("/"),
    });
    const web = (repository?.url ?? "").replace(/^git\+/, "").replace(/\.git$/, "");
    expect(web).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(manifest.homepage).toBe(`${web}/tree/main/${repository?.directory}#readme`);
    expect(manifest.bugs).toEqual({ url: `${web}/issues` });
  });

  it.each(names)("%s: every source map carries its sources, and every map a file names is in the tarball", (name) => {
    const { entries } = tarballs.get(name) as Tarball;
    const installed = join(project, "node_modules", name);
    const problems: string[] = [];
    for (const entry of entries) {
      const path = entry.replace(/^package\//, "");
      if (path.endsWith(".map")) {
        const map = JSON.parse(readFileSync(join(installed, path), "utf8")) as { sources: string[]; sourcesContent?: (string | null)[] };
        map.sources.forEach((source, index) => {
          const shipped = entries.includes(`package/${posix.join(posix.dirname(path), source)}`);
          if (typeof map.sourcesContent?.[index] !== "string" && !shipped)
            problems.push(`${path} points at ${source}, which is neither in the map nor in the tarball`);
        });
      } else if (/\.(m|c)?js$|\.d\.(m|c)?ts$/.test(path)) {
        const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(installed, path), "utf8"))?.[1];
        if (url !== undefined && !entries.includes(`package/${posix.join(posix.dirname(path), url)}`))
          problems.push(`${path} names the map ${url}, which is not in the tarball`);
      }
    }
    expect(problems).toEqual([]);
  });

  describe("the root README's lines for a project of one's own", () => {
    it("install only our published packages, with npm", () => {
      const installs = shellLines.filter((line) => line.startsWith("npm "));
      expect(installs).toEqual(expect.arrayContaining(["npm install --save-dev @policy/cli"]));
      for (const line of installs) {
        const [, command, ...rest] = line.split(/\s+/);
        expect(command, line).toBe("install");
        for (const word of rest.filter((each) => !each.startsWith("-"))) expect(names, line).toContain(word);
      }
    });

    it("run `npx policy …` in the project: validate, render into docs/, and the check for CI", async () => {
      const runs = shellLines.filter((line) => line.startsWith("npx policy "));
      expect(runs.length).toBeGreaterThanOrEqual(3);
      for (const line of runs) {
        expect(line, "a README line the test can split into words").not.toMatch(/["'`$|&;<>#]/);
        const result = await npxPolicy(line.split(/\s+/).slice(2));
        expect(result, line).toMatchObject({ code: 0, stderr: "" });
      }
      expect(readFileSync(join(project, "docs/policy.en.md"), "utf8")).toBe(readFileSync(join(exampleDir, "out/policy.en.md"), "utf8"));
    });

    it("import the libraries: the README's script runs in plain Node and writes the committed renderings", async () => {
      expect(script).toBeDefined();
      writeFileSync(join(project, "readme.mjs"), script as string);
      const result = await runCommand(testNode, ["readme.mjs"], project);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(readFileSync(join(project, "PRIVACY.md"), "utf8")).toBe(readFileSync(join(exampleDir, "out/policy.en.md"), "utf8"));
      expect(readFileSync(join(project, "privacy.html"), "utf8")).toBe(readFileSync(join(exampleDir, "out/policy.en.html"), "utf8"));
    });
  });

  describe("the types, in a TypeScript project with skipLibCheck: false", () => {
    // Every entry point of every package, as a consumer imports it; "./*" is tried with one catalog entry.
    const imports = published.flatMap(({ manifest }) =>
      Object.keys((manifest.exports ?? {}) as Record<string, unknown>)
        .filter((subpath) => subpath !== "./package.json")
        .map((subpath) => `${manifest.name}${subpath === "." ? "" : subpath.slice(1).replace("*", "zoom")}`),
    );
    const source = [
      ...imports.map((specifier, index) =>
        specifier.endsWith(".json")
          ? `import m${index} from ${JSON.stringify(specifier)} with { type: "json" };`
          : `import * as m${index} from ${JSON.stringify(specifier)};`,
      ),
      `export const all = [${imports.map((_, index) => `m${index}`).join(", ")}];`,
      "",
    ].join("\n");

    it.each([
      ["TypeScript 7", "nodenext"],
      ["TypeScript 7", "bundler"],
      ["TypeScript 5.9", "nodenext"],
      ["TypeScript 5.9", "bundler"],
    ] as const)("%s, moduleResolution %s: every entry point and the README's script check", async (typescript, resolution) => {
      expect(imports).toEqual(expect.arrayContaining(["@policy/core", "@policy/ink", "@policy/core/policy.schema.json", "@policy/catalog/zoom"]));
      writeFileSync(join(project, "entry-points.ts"), source);
      writeFileSync(join(project, "readme-script.ts"), script ?? "");
      const config = {
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          target: "es2022",
          module: resolution === "nodenext" ? "nodenext" : "esnext",
          moduleResolution: resolution,
          resolveJsonModule: true,
          types: ["node"],
        },
        files: ["entry-points.ts", "readme-script.ts"],
      };
      const configFile = `tsconfig.${resolution}.json`;
      writeFileSync(join(project, configFile), `${JSON.stringify(config, null, 2)}\n`);
      const tsc = typescript === "TypeScript 7" ? repoTsc : join(project, "node_modules/typescript/bin/tsc");
      const version = await runCommand(testNode, [tsc, "--version"], project);
      expect(version.stdout).toMatch(typescript === "TypeScript 7" ? /^Version 7\./ : /^Version 5\.9\./);
      expect(await runCommand(testNode, [tsc, "-p", configFile], project)).toEqual({ code: 0, stdout: "", stderr: "" });
    });
  });

  describe("@policy/cli installed with only the packages it depends on", () => {
    let alone = "";

    beforeAll(async () => {
      alone = join(root, "alone");
      mkdirSync(alone);
      await runOrThrow("npm", ["init", "-y"], alone);
      const files = ourDependencyClosure("@policy/cli").map((name) => (tarballs.get(name) as Tarball).file);
      await runOrThrow("npm", ["install", "--save-dev", "--no-audit", "--no-fund", "--prefer-offline", ...files], alone, { timeoutMs: 200_000 });
      copyFileSync(join(exampleDir, "policy.yaml"), join(alone, "policy.yaml"));
    }, 240_000);

    it("installs none of the packages the command bundles: of ours, only those it depends on", () => {
      expect(readdirSync(join(alone, "node_modules/@policy")).sort()).toEqual(
        ourDependencyClosure("@policy/cli")
          .map((name) => name.slice("@policy/".length))
          .sort(),
      );
    });

    it("renders the example as the committed files say", async () => {
      const result = await runCommand(
        "npx",
        ["--no", "--", "policy", "render", "policy.yaml", "--format", "html", "--standalone", "--toc", "--locale", "de"],
        alone,
      );
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toBe(readFileSync(join(exampleDir, "out/policy.de.html"), "utf8"));
    });
  });

  // Last: it changes the project's catalog.
  describe("the catalog updated alone", () => {
    const newName = "Zoom Updated Communications, Inc.";
    let oldName = "";

    beforeAll(async () => {
      const zoom = await nodeModule(`import { zoom } from "@policy/catalog/zoom"; console.log(zoom.entity.name);`);
      oldName = zoom.stdout.trim();
      expect(oldName).not.toBe("");
      // What a doc pipeline committed before the update.
      await runOrThrow("npx", ["--no", "--", "policy", "render", "policy.yaml", "--toc", "--locale", "all", "--out", "committed-docs/"], project);
      // A corrected release of the catalog: the same package with one fact changed. Its version is
      // the next patch where the cli's range admits one (^0.1.0 admits 0.1.1); ^0.0.0 admits only 0.0.0.
      const folder = join(root, "catalog-update");
      mkdirSync(folder);
      await runOrThrow("tar", ["-xzf", (tarballs.get("@policy/catalog") as Tarball).file, "-C", folder], folder);
      const entry = join(folder, "package/dist/processors/zoom.js");
      const code = readFileSync(entry, "utf8");
      expect(code).toContain(JSON.stringify(oldName));
      writeFileSync(entry, code.replaceAll(JSON.stringify(oldName), JSON.stringify(newName)));
      const manifestFile = join(folder, "package/package.json");
      const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { version: string };
      manifest.version = nextPatchWithin(manifest.version);
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      const packed = await runOrThrow("npm", ["pack", "--json", "--pack-destination", folder], join(folder, "package"));
      const [report] = JSON.parse(packed.stdout) as [{ filename: string }];
      await runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(folder, report.filename)], project, {
        timeoutMs: 200_000,
      });
    }, 240_000);

    it("replaces the one copy of the catalog: the cli has no catalog of its own", () => {
      const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as { packages: Record<string, { resolved?: string }> };
      const catalogs = Object.entries(lock.packages).filter(([path]) => path.endsWith("node_modules/@policy/catalog"));
      expect(catalogs.map(([path, entry]) => [path, entry.resolved?.includes("catalog-update")])).toEqual([["node_modules/@policy/catalog", true]]);
    });

    it("the library and `policy render`, `policy catalog show` print the updated fact", async () => {
      const library = await nodeModule(`import { zoom } from "@policy/catalog/zoom"; console.log(zoom.entity.name);`);
      expect(library.stdout).toBe(`${newName}\n`);
      for (const args of [
        ["render", "policy.yaml", "--locale", "en"],
        ["render", "policy.yaml", "--format", "html", "--locale", "de"],
        ["catalog", "show", "zoom"],
      ]) {
        const result = await npxPolicy(args);
        expect(result, args.join(" ")).toMatchObject({ code: 0, stderr: "" });
        expect(result.stdout, args.join(" ")).toContain(newName);
        expect(result.stdout, args.join(" ")).not.toContain(oldName);
      }
    });

    it("`policy render --check` in CI fails on files rendered with the old catalog", async () => {
      const result = await npxPolicy(["render", "policy.yaml", "--toc", "--locale", "all", "--out", "committed-docs/", "--check"]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("committed-docs/policy.en.md differs");
      expect(result.stdout).toContain("committed-docs/policy.de.md differs");
      // The lock written with the committed files says where the difference comes from.
      expect(result.stderr).toContain(
        "policy: the catalog changed since the lock: zoom (policy diff <file> --catalog committed-docs/policy.lock.json shows what that changes)",
      );
    });

    it("`policy diff --catalog` shows what the update changes in the policy", async () => {
      const result = await npxPolicy(["diff", "policy.yaml", "--catalog", "committed-docs/policy.lock.json", "--today", "2027-03-01"]);
      expect(result.stdout.split("\n")[0]).toBe("material   provider-changed  services[video-meetings].processor");
      expect(result.code).toBe(1);
    });
  });

  /** The @policy packages a package depends on (dependencies, not dev), itself included, transitively. */
  function ourDependencyClosure(name: string): string[] {
    const found = new Set<string>();
    const visit = (each: string): void => {
      if (found.has(each)) return;
      found.add(each);
      for (const dependency of Object.keys(tarballs.get(each)?.manifest.dependencies ?? {})) if (dependency.startsWith("@policy/")) visit(dependency);
    };
    visit(name);
    return [...found].sort();
  }
});

/** The text of a `## title` section of a Markdown file, up to the next `## ` heading. */
function readmeSection(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start === -1) throw new Error(`the README has no section "## ${title}"`);
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

/** The contents of the fenced code blocks of a language (```sh ... ```). */
function fencedBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, "gm"))].map((match) => match[1] as string);
}

/** The next patch version where a caret range on this version admits one (0.1.0 -> 0.1.1), else the version itself (^0.0.0 admits only 0.0.0). */
function nextPatchWithin(version: string): string {
  const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
  return major === 0 && minor === 0 ? version : `${major}.${minor}.${patch + 1}`;
}

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
