import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The public API, name by name, so that an export is never added or lost by accident: a change here
// goes with the package's README (its API section) and its changeset. Types leave no runtime name
// and are not listed; the entry points are (package.json "exports").

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { readonly exports: Record<string, unknown> };

describe("the public API of @policy/ink", () => {
  it("has these entry points", () => {
    expect(Object.keys(manifest.exports).sort()).toEqual([".", "./package.json", "./text"]);
  });

  it("exports these names from @policy/ink", async () => {
    expect(Object.keys(await import("./index.js")).sort()).toEqual(["PolicyViewer", "ViewOptionsError", "toText", "viewPolicy", "viewerCoverage"]);
  });

  it("exports these names from @policy/ink/text", async () => {
    expect(Object.keys(await import("./text/to-text.js")).sort()).toEqual(["ViewOptionsError", "toText"]);
  });
});
