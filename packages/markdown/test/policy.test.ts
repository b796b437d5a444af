import { compose, type PolicyDocument } from "@policy/core";
import { HtmlRenderer, Parser } from "commonmark";
import { describe, expect, it } from "vitest";
import { toMarkdown, toMdast, type MarkdownOptions } from "../src/index.js";
import { checkAgainstDocument } from "./check-against-document.js";
import { hostilePolicy } from "./fixtures/hostile-policy.js";

// The same corpus, this time as a policy file's names and texts, through compose: what a user of
// `toMarkdown(policy, { locale })` gets.

const policy = hostilePolicy();
const documents = { en: compose(policy, { locale: "en" }), de: compose(policy, { locale: "de" }) } as const;
// Two option sets: the hostile document is large (about 200 kB of Markdown), and parsing it back
// with micromark takes seconds, hence the longer timeout.
const slow = 30_000;
const optionSets: readonly MarkdownOptions[] = [{}, { toc: true, frontmatter: true, tables: false, headingOffset: 1 }];

describe.each(["en", "de"] as const)("a hostile policy in %s", (locale) => {
  const document = documents[locale];

  it.each(optionSets.map((options) => [JSON.stringify(options), options] as const))(
    "keeps the document's structure with options %s",
    (_, options) => {
      expect(checkAgainstDocument(toMarkdown(policy, { locale, ...options }), document, options)).toEqual([]);
    },
    slow,
  );

  it("renders what compose makes of the policy", () => {
    expect(toMarkdown(policy, { locale })).toBe(toMarkdown(document));
    expect(toMdast(policy, { locale, toc: true })).toEqual(toMdast(document, { toc: true }));
  });

  it("renders to HTML with no tag but the ones Markdown makes, and only safe links", () => {
    const html = new HtmlRenderer().render(new Parser().parse(toMarkdown(policy, { locale })));
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1]?.toLowerCase()));
    for (const tag of tags)
      expect(["a", "blockquote", "br", "em", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ol", "p", "strong", "ul"]).toContain(tag);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|mailto:|tel:|#[a-z0-9-]+$)/);
  });
});

it("gives every section the same anchor in English and German", () => {
  const anchors = (document: PolicyDocument) => [...toMarkdown(document).matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]);
  expect(anchors(documents.de)).toEqual(anchors(documents.en));
  expect(anchors(documents.en)).toContain("service-service-3--about");
});

it("keeps compose's mark on untranslated text in the tree", () => {
  expect(JSON.stringify(toMdast(policy, { locale: "de" }))).toMatch(/"data":\{"lang":"en"\}/);
});
