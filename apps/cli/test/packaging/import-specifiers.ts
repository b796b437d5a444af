import { builtinModules } from "node:module";

// Static `import ... from "x"` / `export ... from "x"` and side-effect `import "x"` where a
// statement starts: at the start of a line (so that a comment or help text quoting an import does
// not count) or, in minified bundles, after a `;` or `}`; and `import("x")` (dynamic imports in
// .js, type references in .d.ts).
const staticFrom = /(?:^|[;}])\s*(?:import|export)\b\s*[\w$*\s{},]*?\bfrom\s*["']([^"']+)["']/gm;
const sideEffect = /(?:^|[;}])\s*import\s*["']([^"']+)["']/gm;
const dynamic = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The module specifiers a built .js or .d.ts file imports, in order of appearance per kind. */
export function importSpecifiers(source: string): string[] {
  return [staticFrom, sideEffect, dynamic].flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] as string));
}

/**
 * The npm package a bare specifier names ("@scope/name/sub" -> "@scope/name", "name/sub" ->
 * "name"), or undefined for a relative path or a Node built-in.
 */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) return undefined;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
  return builtinModules.includes(name) ? undefined : name;
}

/** The DefinitelyTyped package that holds a package's types: "mdast" -> "@types/mdast", "@a/b" -> "@types/a__b". */
export function typesPackageOf(name: string): string {
  return `@types/${name.startsWith("@") ? name.slice(1).replace("/", "__") : name}`;
}
