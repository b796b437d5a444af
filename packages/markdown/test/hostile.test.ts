import { HtmlRenderer, Parser } from "commonmark";
import { describe, expect, it } from "vitest";
import { toMarkdown, toMdast, type MarkdownOptions } from "../src/index.js";
import { checkAgainstDocument, expectedOutline, gfmOutline, normalize } from "./check-against-document.js";
import { hostileDocument, hostileNames } from "./fixtures/hostile.js";

// The corpus: every hostile name as a section title, in text, as link text (with a good and a bad
// URL), as an image's alt text, in strong and emphasis, as raw HTML (inline and block), as a heading
// inside content, in a list, a table cell and a quote. Rendered, then parsed back by commonmark.js
// and by micromark with GFM: the structure must be exactly the one the document describes.

const document = hostileDocument();
// Parsing a large document back with micromark takes a while.
const slow = 30_000;
const optionSets: readonly MarkdownOptions[] = [
  {},
  { toc: true, frontmatter: true },
  { tables: false, headingOffset: 2, toc: { depth: 1 } },
  { headingOffset: 5, frontmatter: true },
];

describe.each(optionSets.map((options) => ({ options, label: JSON.stringify(options) })))("with options $label", ({ options }) => {
  const markdown = toMarkdown(document, options);

  it(
    "keeps headings, links, tables and anchors exactly as the document says, in both parsers",
    () => {
      expect(checkAgainstDocument(markdown, document, options)).toEqual([]);
    },
    slow,
  );

  it("has one heading per section and content heading, with the hostile names as their text", () => {
    const headings = gfmOutline(markdown).headings;
    // title, (contents), the services section, then per name: its section and the heading in its content
    const expected = 1 + (options.toc ? 1 : 0) + 1 + hostileNames.length * 2;
    expect(headings).toHaveLength(expected);
    const texts = headings.map((heading) => heading.text);
    for (const name of hostileNames) expect(texts.filter((text) => text === normalize(name)).length).toBeGreaterThanOrEqual(2);
  });

  it("holds no raw HTML but the anchors, and only links to http(s), mailto, tel and #ids once rendered", () => {
    const html = new HtmlRenderer().render(new Parser().parse(markdown.replace(/^---\n[\s\S]*?\n---\n/, "")));
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1]?.toLowerCase()));
    expect([...tags].sort()).toEqual(
      ["a", "blockquote", "br", "em", "h1", "h2", "h3", "h4", "h5", "h6", "li", "p", "strong", "ul"].filter((tag) => tags.has(tag)),
    );
    expect(html).not.toMatch(/<(script|img|iframe|svg|style)\b/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|mailto:|tel:|#[a-z0-9-]+$)/);
    for (const [tag] of html.matchAll(/<a\b[^>]*>/g)) expect(tag).toMatch(/^<a (href="[^"]*"|id="[a-z0-9-]+")>$/);
  });
});

it("keeps the front matter to its five fields, each value intact", () => {
  const markdown = toMarkdown(document, { frontmatter: true });
  const block = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? "";
  expect(block.split("\n").map((line) => line.split(":")[0])).toEqual(["title", "lang", "version", "effective", "updated"]);
  expect(checkAgainstDocument(markdown, document, { frontmatter: true })).toEqual([]);
});

it("puts the text of links with bad URLs into the output as text, not as links", () => {
  const links = gfmOutline(toMarkdown(document)).links;
  const ours = expectedOutline(document).links;
  expect(links).toEqual(ours);
  expect(ours.every((link) => link.url.startsWith("https://provider.example/"))).toBe(true);
  expect(ours).toHaveLength(hostileNames.length);
});

it("leaves only one kind of extra link to remark-gfm: bare web and e-mail addresses, linked where they stand", () => {
  // mdast-util-gfm (remark-gfm) finds bare URLs and e-mail addresses in text after parsing, escaped
  // or not; GitHub and micromark's tokenizer respect the escapes. Such links can only be http(s) or
  // mailto, and only to text the policy holds literally.
  const markdown = toMarkdown(document);
  const ours = new Set(expectedOutline(document).links.map((link) => `${link.url} ${link.text}`));
  const extra = gfmOutline(markdown, { literalAutolinkTransform: true }).links.filter((link) => !ours.has(`${link.url} ${link.text}`));
  expect(extra.length).toBeGreaterThan(0);
  for (const link of extra) {
    expect(link.url).toMatch(/^(https?:\/\/|mailto:)/);
    expect(hostileNames.some((name) => name.includes(link.text))).toBe(true);
  }
});

it("keeps the tree itself safe for remark: no html node but the anchors, no unsafe URL", () => {
  const tree = toMdast(document, { toc: true, frontmatter: true });
  const visit = (node: { type: string; value?: string; url?: string; children?: unknown[] }, inHeading: boolean): void => {
    if (node.type === "html") {
      expect(inHeading).toBe(true);
      expect(node.value).toMatch(/^<a id="[a-z0-9-]+"><\/a>$/);
    }
    if (node.url !== undefined) expect(node.url).toMatch(/^(https?:\/\/|mailto:|tel:|#[a-z0-9-]+$)/);
    for (const child of node.children ?? []) visit(child as typeof node, inHeading || node.type === "heading");
  };
  visit(tree, false);
});
