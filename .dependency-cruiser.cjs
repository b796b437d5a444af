// The import rules, checked by `npm run deps` (dependency-cruiser 17) and by CI.
//
// What is read, and how:
// - The sources, packages/*/src and apps/*/src, tests included: every .ts file, parsed with swc.
//   swc sees `import type` too, so type-only imports count as edges (a cycle of types is a cycle).
// - Not the .tsx files (the viewer's components in packages/ink/src): dependency-cruiser 17 parses
//   with swc in TypeScript mode without JSX, which fails on them, and its other TypeScript parser
//   (tsc) takes TypeScript 2 to 6 only: TypeScript 7 has no JavaScript API. Their runtime imports
//   are read from what the build makes of them instead, next point; their type-only imports and
//   the .test.tsx files (not built) are not read.
// - The renderers' built JavaScript, packages/{markdown,html,ink}/dist/**/*.js (so the command
//   builds first). Emitted JavaScript holds exactly the imports that run: `import type` and
//   `type`-marked names are gone (verbatimModuleSyntax), the rest stays. That is how the renderer
//   rule below tells a runtime import from a type-only one (swc as dependency-cruiser uses it does
//   not mark type-only imports), and how the .tsx files' runtime imports get checked for cycles.
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
      name: "renderer-runtime-not-from-core-root",
      severity: "error",
      comment:
        "Renderers take their runtime support (documentFor, URL checks, option checks...) from @policy/core/render, not from @policy/core: " +
        "no built renderer file (dist/**/*.js, so tests are not concerned) imports core's root entry. Type-only imports from @policy/core " +
        "(the types of a renderer's own signatures) leave no trace in the built JavaScript and are allowed; a value import, or " +
        "`import { type X }` (which still loads the module), is reported at the built file: dist/x.js is src/x.ts or src/x.tsx. " +
        "Not caught: a type-only import of any name from @policy/core, Policy included (dependency-cruiser sees modules, not names). " +
        "Once @policy/core/render exports every type the renderers need, forbidding every import of the root entry from their " +
        "non-test sources (from rendererSources without tests, to coreRootEntry: swc's edges include type-only ones) closes that.",
      from: { path: rendererBuilt },
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
