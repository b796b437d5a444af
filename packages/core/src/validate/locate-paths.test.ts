import { describe, expect, it } from "vitest";
import { locatePaths } from "./locate-paths.js";

const text = `meta:
  version: "1"
services:
  - id: shop
    purposes: []
  - id: notes
    provision:
      requirement: voluntary
`;

describe("locatePaths", () => {
  it("places a path at its value, and a missing field at its parent, as validation does", () => {
    expect(locatePaths(text, [["services", 1, "provision", "requirement"], ["services", 0, "provision"], ["dpo"], ["meta", "version"]])).toEqual([
      { line: 8, column: 20 },
      { line: 4, column: 5 },
      { line: 1, column: 1 },
      { line: 2, column: 12 },
    ]);
  });

  it("reads JSON too", () => {
    expect(locatePaths('{\n  "services": [\n    { "id": "shop" }\n  ]\n}\n', [["services", 0, "id"]])).toEqual([{ line: 3, column: 13 }]);
  });
});
