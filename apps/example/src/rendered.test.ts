import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalog } from "@policy/catalog";
import { compose, loadPolicy } from "@policy/core";
import { describe, expect, it } from "vitest";
import { checkAgainstDocument } from "../../../packages/markdown/test/check-against-document.js";
import { markdownOptions, renderMarkdown, renderedPath } from "./render.js";

const policyFile = fileURLToPath(new URL("../policy.yaml", import.meta.url));
const policy = loadPolicy(readFileSync(policyFile, "utf8"), { filename: "policy.yaml", catalog });

describe.each(["en", "de"] as const)("the example rendered as Markdown in %s", (locale) => {
  const golden = readFileSync(renderedPath(policyFile, locale), "utf8");

  it("is byte for byte the committed file (run `npm start` to regenerate it, then read the diff)", () => {
    expect(renderMarkdown(policy, locale)).toBe(golden);
  });

  it("says what the composed document says, as the CommonMark reference parser and micromark with GFM read it", () => {
    expect(checkAgainstDocument(golden, compose(policy, { locale }), markdownOptions)).toEqual([]);
  });
});
