import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalog } from "@policy/catalog";
import { compose, loadPolicy } from "@policy/core";
import { describe, expect, it } from "vitest";
import { checkAgainstDocument } from "../../../packages/markdown/test/check-against-document.js";
import { markdownOptions, renderedPath, renderings, type RenderingKind } from "./render.js";

const policyFile = fileURLToPath(new URL("../policy.yaml", import.meta.url));
const policy = loadPolicy(readFileSync(policyFile, "utf8"), { filename: "policy.yaml", catalog });
const kinds = Object.keys(renderings) as RenderingKind[];

describe.each(["en", "de"] as const)("the example rendered in %s", (locale) => {
  it.each(kinds)("as %s is byte for byte the committed file (run `npm start` to regenerate it, then read the diff)", (kind) => {
    expect(renderings[kind](policy, locale)).toBe(readFileSync(renderedPath(policyFile, locale, kind), "utf8"));
  });

  it("as Markdown says what the composed document says, as the CommonMark reference parser and micromark with GFM read it", () => {
    const golden = readFileSync(renderedPath(policyFile, locale, "md"), "utf8");
    expect(checkAgainstDocument(golden, compose(policy, { locale }), markdownOptions)).toEqual([]);
  });
});
