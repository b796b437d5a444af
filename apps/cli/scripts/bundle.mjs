// Bundles @policy/cli into bundle/index.js (the binary's program and the `run` API) and a few
// chunks, one group per command: the command's code with core, the renderers, the viewer and the
// third-party code they use, in a few files instead of about 400 modules. Node 20 spends most of
// a short command finding, reading and compiling modules one by one, so this is what makes
// `policy render` start fast (the root README says how much).
//
// Outside the bundle, loaded from node_modules at run time, are the packages the user installs
// and updates on their own:
// - @policy/catalog, the data: `policy render` prints the facts of the catalog that is installed,
//   so updating @policy/catalog alone updates what the command says;
// - ink and React: only `policy view` in a terminal needs them, and React must be the one copy ink
//   itself imports;
// - @policy/scan, an optional peer dependency: only `policy scan` needs it, and it brings a browser
//   driver (playwright-core) that no other command should make every user install.
// They and @policy/core are @policy/cli's only dependencies. Core is installed anyway, as the
// catalog's dependency; the command bundles its code and uses the installed package for its files
// (`policy init` points editors at its policy.schema.json). The renderers, the viewer, commander
// and the rest are bundled and no dependency, so their code is not installed twice. The build
// fails if the bundle imports a package at run time that is not a dependency, or holds code of one
// it loads from node_modules.
//
// The bundle copies third-party code, so it carries those packages' licences: bundle/NOTICES.md
// lists every bundled package with its licence text, and our packages' NOTICE files (the
// vocabularies core derives from), in a fixed order so that builds are reproducible.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const outdir = join(packageDir, "bundle");
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
/** Loaded from node_modules, with their subpaths (`@policy/catalog/zoom`, `react/jsx-runtime`). */
const external = ["@policy/catalog", "@policy/scan", "ink", "react"].flatMap((name) => [name, `${name}/*`]);
// @policy/scan (with its browser driver) is an optional peer: installed only by those who scan.
const dependencies = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];

rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: packageDir,
  entryPoints: { index: "dist/index.js" },
  outdir,
  bundle: true,
  // Each command's action is imported when it runs (program.ts); splitting keeps that so.
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  external,
  // Whitespace and syntax only: names stay, so the stack trace in an internal-error report reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS dependencies (commander, yaml) call require() for Node's built-in modules.
  banner: { js: 'import { createRequire as __policyCreateRequire } from "node:module"; const require = __policyCreateRequire(import.meta.url);' },
  legalComments: "none", // NOTICES.md carries the licences whole
  metafile: true,
  logLevel: "warning",
});

const undeclared = runtimeImports(result.metafile).filter(
  (path) => !isBuiltin(path) && !dependencies.some((name) => path === name || path.startsWith(`${name}/`)),
);
if (undeclared.length > 0) throw new Error(`the bundle imports ${undeclared.join(", ")} at run time, which @policy/cli does not depend on`);
const bundled = bundledPackages(result.metafile);
const installedAlso = bundled.filter(({ manifest: each }) => external.some((pattern) => matches(pattern, each.name)));
if (installedAlso.length > 0)
  throw new Error(`the bundle holds ${installedAlso.map(({ manifest: each }) => each.name).join(", ")}, which is loaded from node_modules`);
writeFileSync(join(outdir, "NOTICES.md"), notices(bundled));

/** Every package the bundle's files import at run time (what stayed external). */
function runtimeImports(metafile) {
  const paths = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const { path, external: isExternal } of output.imports) if (isExternal) paths.add(path);
  }
  return [...paths].sort();
}

function isBuiltin(path) {
  return path.startsWith("node:") || builtinModules.includes(path.split("/")[0]);
}

function matches(pattern, path) {
  return pattern.endsWith("/*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** Every package the bundle holds code of, but @policy/cli itself, in order of name. */
function bundledPackages(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(join(packageDir, input));
    const each = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    if (each.name !== manifest.name) packages.set(each.name, { dir, manifest: each });
  }
  return [...packages.values()].sort((a, b) => (a.manifest.name < b.manifest.name ? -1 : 1));
}

/** The nearest folder above a file with a package.json that names a package. */
function packageDirOf(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const path = join(dir, "package.json");
    if (existsSync(path) && JSON.parse(readFileSync(path, "utf8")).name !== undefined) return dir;
  }
  throw new Error(`${file} is in no package`);
}

function notices(packages) {
  const sections = packages.map(({ dir, manifest: each }) => {
    const own = each.name.startsWith("@policy/");
    const files = readdirSync(dir)
      .filter((file) => (own ? /^NOTICE/i : /^(LICEN[CS]E|COPYING|NOTICE)/i).test(file))
      .sort();
    if (files.length === 0 && !own) throw new Error(`${each.name} is bundled but has no licence file: check its licence before bundling it`);
    const texts = files.map((file) => readFileSync(join(dir, file), "utf8").trim());
    return [
      `## ${each.name} ${each.version}`,
      "",
      `Licence: ${each.license ?? "see below"}`,
      "",
      ...texts.flatMap((text) => ["```text", text, "```", ""]),
    ].join("\n");
  });
  return [
    "# Notices for the bundled `policy` command",
    "",
    "bundle/ holds @policy/cli and the packages below, bundled into a few files. Each is listed with its licence.",
    "",
    ...sections,
  ].join("\n");
}
