// Property tests for text in @policy/markdown's output, on small hand-built documents (fast, so
// many runs): every generated string goes into every place text can stand (a section's title, a
// paragraph, a heading in the content, a list item, a quote, a table's header and body cells, a
// link's text, emphasis, strong, an image's description), and the Markdown is parsed back.
// - Strings made of `<`, `>`, `@`, `:`, `|`, letters, digits and the other characters of URIs and
//   e-mail addresses never become a link or HTML: commonmark.js, micromark with GFM, and the table
//   cells read as GitHub reads them (checkAgainstDocument) find exactly the document's links.
// - Line endings in paragraphs never become character references (`&#xA;`), headings and table
//   cells stay on one line, and the text keeps its words.

import fc from "fast-check";
import type { PolicyDocument, PolicySection } from "@policy/core";
import { toMarkdown, type MarkdownOptions } from "@policy/markdown";
import type { BlockContent, Nodes, PhrasingContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { checkAgainstDocument, normalize } from "../../../packages/markdown/test/check-against-document.js";
import { assertProperty } from "./assert-property.js";
import { fuzzSettings } from "./fuzz-settings.js";

/** What an autolink is made of, and what comes near one: `<scheme:...>`, `<local@domain>`. */
const autolinkUnit = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(..."<>@:|.") },
  { weight: 4, arbitrary: fc.constantFrom(..."aZx1") },
  { weight: 3, arbitrary: fc.constantFrom(..."!#$%&'*+/=?^_`{}~-\\[]()") },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\n", "mailto", "https", "www", "ntWYy3G") },
);
const autolinkText = fc.oneof(
  { weight: 9, arbitrary: fc.string({ unit: autolinkUnit, minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom("<|@ntWYy3G>", "<1@a.b>", "<a:b>", "x<.@y>z", "<\\|@a>") },
);

/** Text with line endings of every kind, blanks around them, and Markdown's own characters. */
const lineUnit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("\n", "\r\n", "\r", "\n\n", " ", "\t") },
  { weight: 6, arbitrary: fc.constantFrom("word", "a", "Zoom") },
  { weight: 3, arbitrary: fc.constantFrom(..."*_`#->=+.1\\[]<!&|~") },
);
const lineText = fc.string({ unit: lineUnit, minLength: 1, maxLength: 16 });

const options: fc.Arbitrary<MarkdownOptions> = fc.record({ tables: fc.boolean(), headingOffset: fc.integer({ min: 0, max: 5 }) });

const text = (value: string): PhrasingContent => ({ type: "text", value });

/** A section for each text, with the text everywhere a section's title and content can hold it. */
function documentWith(texts: readonly string[]): PolicyDocument {
  const sections: PolicySection[] = texts.map((value, index) => {
    const content: BlockContent[] = [
      { type: "paragraph", children: [text("Before "), text(value), text(" after.")] },
      { type: "paragraph", children: [text(value)] },
      { type: "heading", depth: 1, children: [text(value)] },
      {
        type: "list",
        ordered: false,
        spread: false,
        children: [{ type: "listItem", spread: false, children: [{ type: "paragraph", children: [text(value)] }] }],
      },
      { type: "blockquote", children: [{ type: "paragraph", children: [text(value)] }] },
      {
        type: "paragraph",
        children: [
          { type: "link", url: `https://example.com/${index}`, children: [text(value)] },
          text(" "),
          { type: "emphasis", children: [text(value)] },
          text(" "),
          { type: "strong", children: [text(value)] },
          text(" "),
          { type: "image", url: "https://example.com/x.png", alt: value },
        ],
      },
      {
        type: "table",
        align: [null, null],
        children: [
          {
            type: "tableRow",
            children: [
              { type: "tableCell", children: [text("Name")] },
              { type: "tableCell", children: [text(value)] },
            ],
          },
          // The first cell has a word of its own: checkAgainstDocument cannot find a row written as
          // a list (tables: false) whose first cell is blank.
          {
            type: "tableRow",
            children: [
              { type: "tableCell", children: [text("Row "), text(value)] },
              { type: "tableCell", children: [text(`${value}|${value}`)] },
            ],
          },
        ],
      },
    ];
    return { id: `section-${index}`, kind: "service", title: value, content, sections: [], serviceId: `section-${index}` };
  });
  return {
    meta: { title: "Privacy policy", language: "en", version: "1.0", effective: "2026-12-01", updated: "2026-12-01", controller: "Example GmbH" },
    sections: [{ id: "services", kind: "services", title: "Services", content: [], sections }],
  };
}

describe("text in the Markdown", () => {
  const autolinks = fuzzSettings({ runs: 150, msPerRun: 50 });
  it(
    "never forms a link or HTML from <, >, @, :, | and letters, in any place text can stand, in commonmark.js, micromark + GFM or GitHub's table cells",
    () => {
      assertProperty(
        fc.property(fc.array(autolinkText, { minLength: 1, maxLength: 4 }), options, (texts, mdOptions) => {
          const document = documentWith(texts);
          expect(checkAgainstDocument(toMarkdown(document, mdOptions), document, mdOptions)).toEqual([]);
        }),
        autolinks,
        { parts: ["texts", "markdownOptions"] },
      );
    },
    autolinks.timeout,
  );

  const lines = fuzzSettings({ runs: 150, msPerRun: 50 });
  it(
    "writes line endings in paragraphs as line endings or hard breaks, never as &#xA;, and keeps headings and table cells on one line",
    () => {
      assertProperty(
        fc.property(fc.array(lineText, { minLength: 1, maxLength: 4 }), options, (texts, mdOptions) => {
          const document = documentWith(texts);
          const markdown = toMarkdown(document, mdOptions);
          expect(markdown).not.toMatch(/&#x[AD];/);
          // checkAgainstDocument compares headings and table cells word for word; a line ending in
          // one would have split it.
          expect(checkAgainstDocument(markdown, document, mdOptions)).toEqual([]);
          // Each text, alone in its paragraph, keeps its words in order.
          const paragraphs = paragraphTexts(markdown);
          for (const value of texts) if (normalize(value) !== "") expect(paragraphs).toContain(normalize(value));
        }),
        lines,
        { parts: ["texts", "markdownOptions"] },
      );
    },
    lines.timeout,
  );
});

/** The text of every paragraph, as micromark + GFM reads it, whitespace made single spaces. */
function paragraphTexts(markdown: string): string[] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const texts: string[] = [];
  const plain = (node: Nodes): string =>
    node.type === "text" ? node.value : node.type === "break" ? " " : "children" in node ? node.children.map(plain).join("") : "";
  const visit = (node: Nodes): void => {
    if (node.type === "paragraph") texts.push(normalize(plain(node)));
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return texts;
}
