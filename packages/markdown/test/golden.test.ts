import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toMarkdown, type MarkdownOptions } from "../src/index.js";
import { checkAgainstDocument } from "./check-against-document.js";
import { smallDocument } from "./fixtures/small-document.js";

// The fixture document rendered three ways, committed under test/fixtures/ and compared byte for byte.
// After a deliberate change, rewrite them with `UPDATE_GOLDEN=1 npx vitest run --project markdown`
// and read the diff.
const cases: readonly { file: string; locale: "en" | "de"; options: MarkdownOptions }[] = [
  { file: "small-document.en.md", locale: "en", options: {} },
  { file: "small-document.de.toc-frontmatter.md", locale: "de", options: { toc: true, frontmatter: true } },
  {
    file: "small-document.en.offset-lists.md",
    locale: "en",
    options: { headingOffset: 1, toc: { depth: 3 }, frontmatter: true, tables: false },
  },
];

describe.each(cases)("$file", ({ file, locale, options }) => {
  const url = new URL(`fixtures/${file}`, import.meta.url);
  const document = smallDocument(locale);
  const markdown = toMarkdown(document, options);
  if (process.env.UPDATE_GOLDEN) writeFileSync(url, markdown);

  it("is the committed golden file, byte for byte", () => {
    expect(markdown).toBe(readFileSync(url, "utf8"));
  });

  it("says what the document says, read back by commonmark.js and by micromark with GFM", () => {
    expect(checkAgainstDocument(readFileSync(url, "utf8"), document, options)).toEqual([]);
  });
});

it("renders the same ids in every language", () => {
  const ids = (markdown: string) => [...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]);
  expect(ids(toMarkdown(smallDocument("de")))).toEqual(ids(toMarkdown(smallDocument("en"))));
});
