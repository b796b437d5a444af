import { describe, expect, it } from "vitest";
import { importSpecifiers, packageOf, typesPackageOf } from "./import-specifiers.js";

describe("importSpecifiers", () => {
  it("finds static, side-effect and dynamic imports and re-exports, in .js and .d.ts", () => {
    const source = [
      'import { Document, isMap } from "yaml";',
      "import {\n  a,\n  b as c,\n} from 'multi-line';",
      'import * as all from "@scope/pkg/sub";',
      'import type { Root } from "mdast";',
      'export { run } from "./main.js";',
      'export * from "re-exported";',
      'import "side-effect";',
      'const { toHtml } = await import("@policy/html");',
      'export declare function f(): import("react").ReactNode;',
    ].join("\n");
    expect(importSpecifiers(source).sort()).toEqual(
      ["./main.js", "@policy/html", "@scope/pkg/sub", "mdast", "multi-line", "re-exported", "react", "side-effect", "yaml"].sort(),
    );
  });

  it("finds them in minified bundles, where statements follow each other on one line", () => {
    const source = 'import{a}from"./chunk-X.js";import"./chunk-Y.js";var b=1;function c(){}import{Box as Box2}from"ink";export{c as main};';
    expect(importSpecifiers(source).sort()).toEqual(["./chunk-X.js", "./chunk-Y.js", "ink"].sort());
  });

  it("does not take quotations in comments or strings for imports", () => {
    const source = [
      '/** Levenshtein distance ("zomo" is one edit from "zoom"). */',
      "// import nothing from 'commented-out';",
      'export const hint = "take it from \\"there\\"";',
      'const text = `copy from "here"`;',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual([]);
  });
});

describe("packageOf", () => {
  it("names the package of a bare specifier, and nothing for paths and built-ins", () => {
    expect(
      ["yaml", "react/jsx-runtime", "@policy/ink/text", "@policy/core", "./x.js", "../y.js", "node:fs", "fs", "fs/promises"].map(packageOf),
    ).toEqual(["yaml", "react", "@policy/ink", "@policy/core", undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("typesPackageOf", () => {
  it("names the DefinitelyTyped package, scoped names joined by __", () => {
    expect([typesPackageOf("mdast"), typesPackageOf("@babel/core")]).toEqual(["@types/mdast", "@types/babel__core"]);
  });
});
