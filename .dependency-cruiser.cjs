// The import rules, checked by `npm run deps` (dependency-cruiser 17) and by CI.
//
// What is read, and how:
// - The sources, packages/*/src and apps/*/src, tests included: every .ts file, parsed with swc.
//   swc sees `import type` too, so type-only imports count as edges (a cycle of types is a cycle).
// - Not the .tsx files (the viewer's components in packages/ink/src): dependency-cruiser 17 parses
//   with swc in TypeScript mode without JSX, which fails on them, and its other TypeScript parser
//   (tsc) takes TypeScript 2 to 6 only: TypeScript 7 has no JavaScript API. Their runtime imports
//   are read from what the build makes of them instead, next point; their type-only imports and
//   the .test.tsx files (not built) are not read here. Biome's noRestrictedImports (biome.jsonc)
//   reads every .tsx file, and forbids the renderer import rule's target there, type-only included.
// - The renderers' built JavaScript, packages/{markdown,html,ink}/dist/**/*.js (so the command
//   builds first): emitted JavaScript holds the imports that run, .tsx components' included, so
//   their cycles and their runtime imports are checked.
//   A file left in dist/ by a deleted source is read too: `rm -rf packages/*/dist` and build.
// - Workspace packages resolve as a user's code resolves them, through node_modules and their
//   `exports` into dist/ (so `@policy/core` is packages/core/dist/index.*); only core's root entry
//   and its built model/ are kept as targets, never parsed, so that the renderer rules can name them.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const renderers = ["markdown", "html", "ink"];
const missing = ["core", ...renderers].map((name) => `packages/${name}/dist/index.js`).filter((file) => !existsSync(join(__dirname, file)));
if (missing.length > 0) {
  // Unbuilt, the renderer rules would check nothing (no built files, and `@policy/core` resolving
  // nowhere) and pass.
  throw new Error(`${missing.join(", ")} missing: build first (npm run build), or run npm run deps, which does`);
}

const sources = "^(packages|apps)/[^/]+/src/";
const rendererSources = `^packages/(${renderers.join("|")})/src/`;
const rendererBuilt = `^packages/(${renderers.join("|")})/dist/.+\\.js$`;
const coreRootEntry = "^packages/core/dist/index\\.(js|d\\.ts)$";
const coreModel = "^packages/core/(src|dist)/model/";

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment:
        "No import cycles, in any package's sources (type-only imports included) and in the renderers' built JavaScript (which is where the " +
        "viewer's .tsx components are seen). Break a cycle by moving what both sides need into a module of its own. Cycles between packages " +
        "cannot happen: tsc -b refuses circular project references.",
      from: { path: [sources, "^packages/ink/dist/"] },
      to: { circular: true },
    },
    {
      name: "compose-imports-no-renderer-code",
      severity: "error",
      comment:
        "core's compose/ writes the document and knows nothing about output formats: nothing under packages/core/src/compose imports from " +
        "packages/core/src/render (what renderers share: URL checks, render input and options, the content walk).",
      from: { path: "^packages/core/src/compose/" },
      to: { path: "^packages/core/src/render/" },
    },
    {
      name: "no-renderer-code-in-compose",
      severity: "error",
      comment:
        "Renderer support lives in packages/core/src/render, not in compose/: no module under packages/core/src/compose is named render-* or " +
        "safe-url* (tests included). A module-level rule: every module at this path has fewer than 100 dependents, so every one is reported.",
      module: { path: "^packages/core/src/compose/(.+/)?(render-[^/]*|safe-url[^/]*)$", numberOfDependentsLessThan: 100 },
      from: {},
    },
    {
      name: "renderer-not-to-core-model",
      severity: "error",
      comment:
        "Renderers read the composed PolicyDocument, never the model: nothing in packages/{markdown,html,ink} (sources, tests or build) " +
        "imports a file of packages/core's model/ folder, in src/ or in dist/.",
      from: { path: [rendererSources, `^packages/(${renderers.join("|")})/dist/`] },
      to: { path: coreModel },
    },
    {
      name: "renderer-not-from-core-root",
      severity: "error",
      comment:
        "Renderers read the composed PolicyDocument, never the model: their code takes what it needs (the document's types, documentFor, " +
        "policyDocuments, URL and option checks) from @policy/core/render and nothing from @policy/core, where the model and its Policy " +
        "are. Checked on the .ts sources, whose edges include type-only imports (so `import type { Policy }` is caught), and on the built " +
        "JavaScript, which is where the .tsx components' runtime imports are seen. Tests may import the root, to compose what they render.",
      from: { path: [rendererSources, rendererBuilt], pathNot: "\\.test\\.tsx?$" },
      to: { path: coreRootEntry },
    },
  ],
  options: {
    parser: "swc",
    tsPreCompilationDeps: true,
    includeOnly: { path: [sources, rendererBuilt, coreRootEntry, coreModel] },
    exclude: { path: "\\.tsx$" },
    doNotFollow: { path: ["node_modules", "^packages/core/dist/"] },
    moduleSystems: ["es6"],
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "node", "default"],
      extensions: [".ts", ".js", ".d.ts"],
      mainFields: ["types", "module", "main"],
    },
  },
};
