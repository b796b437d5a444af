// Bundles the `policy` binary into bundle/: the compiled dist/ and every dependency it uses, in
// a few files per command instead of about 400 modules. Node 20 spends most of a short command
// finding, reading and compiling modules one by one, so this is what makes `policy render` start
// fast (the root README says how much). The library export (dist/index.js) stays unbundled.
//
// ink and React stay outside: only `policy view` in a terminal needs them, React must be the one
// copy ink itself imports, and both are dependencies of @policy/cli, so they resolve.
//
// The bundle copies third-party code, so it carries those packages' licences: bundle/NOTICES.md
// lists every bundled package with its licence text, and our packages' NOTICE files (the
// vocabularies core and catalog derive from), in a fixed order so that builds are reproducible.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const outdir = join(packageDir, "bundle");

rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: packageDir,
  entryPoints: { policy: "dist/main.js" },
  outdir,
  bundle: true,
  // Each command's action is imported when it runs (program.ts); splitting keeps that so.
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  external: ["ink", "react", "react/*"],
  // Whitespace and syntax only: names stay, so the stack trace in an internal-error report reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS dependencies (commander, yaml) call require() for Node's built-in modules.
  banner: { js: 'import { createRequire as __policyCreateRequire } from "node:module"; const require = __policyCreateRequire(import.meta.url);' },
  legalComments: "none", // NOTICES.md carries the licences whole
  metafile: true,
  logLevel: "warning",
});

writeFileSync(join(outdir, "NOTICES.md"), notices(bundledPackages(result.metafile)));

/** Every package the bundle holds code of, but @policy/cli itself, in order of name. */
function bundledPackages(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(join(packageDir, input));
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    if (manifest.name !== "@policy/cli") packages.set(manifest.name, { dir, manifest });
  }
  return [...packages.values()].sort((a, b) => (a.manifest.name < b.manifest.name ? -1 : 1));
}

/** The nearest folder above a file with a package.json that names a package. */
function packageDirOf(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name !== undefined) return dir;
  }
  throw new Error(`${file} is in no package`);
}

function notices(packages) {
  const sections = packages.map(({ dir, manifest }) => {
    const own = manifest.name.startsWith("@policy/");
    const files = readdirSync(dir)
      .filter((file) => (own ? /^NOTICE/i : /^(LICEN[CS]E|COPYING|NOTICE)/i).test(file))
      .sort();
    if (files.length === 0 && !own) throw new Error(`${manifest.name} is bundled but has no licence file: check its licence before bundling it`);
    const texts = files.map((file) => readFileSync(join(dir, file), "utf8").trim());
    return [`## ${manifest.name} ${manifest.version}`, "", `Licence: ${manifest.license ?? "see below"}`, "", ...texts.flatMap((text) => ["```text", text, "```", ""])].join("\n");
  });
  return [
    "# Notices for the bundled `policy` command",
    "",
    "bundle/ holds @policy/cli and the packages below, bundled into a few files. Each is listed with its licence.",
    "",
    ...sections,
  ].join("\n");
}
