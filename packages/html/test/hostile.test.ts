import { compose, type PolicyDocument } from "@policy/core";
import { describe, expect, it } from "vitest";
import { hostileDocument, hostileNames } from "../../markdown/test/fixtures/hostile.js";
import { hostilePolicy } from "../../markdown/test/fixtures/hostile-policy.js";
import { toHtml, type HtmlOptions } from "../src/index.js";
import { disallowedMarkup } from "./allowed-markup.js";
import { byId, elements, parse, textOf } from "./hast.js";

// The Markdown renderer's corpus of hostile names (emphasis, links, raw HTML, line endings...), and
// names that aim at HTML itself: breaking out of an attribute, a raw-text element or a comment.
const htmlNames = [
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  "</style><script>alert(1)</script>",
  "</title><script>alert(1)</script>",
  "</textarea><img src=x onerror=alert(1)>",
  "<!--",
  "-->",
  "]]><script>alert(1)</script>",
  "<iframe src=https://evil.example></iframe>",
  "<base href=https://evil.example/>",
  "<meta http-equiv=refresh content=0;url=https://evil.example>",
  "&lt;script&gt; &#x3C;b&#x3E;",
  "\u0000null\u0000",
  "\u202Eright-to-left override",
];
const names = [...hostileNames, ...htmlNames];
const document = withNames(hostileDocument(), htmlNames);

const optionSets: readonly HtmlOptions[] = [{}, { standalone: true, toc: true }, { toc: { depth: 1 }, headingOffset: 5 }];

/** One line, as titles are written (a title is one line in a heading and in the contents). */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ").trim();
// NUL is not allowed in HTML: the renderer writes U+FFFD instead. The parser reads CR LF and CR as LF.
const asParsed = (text: string) => text.replace(/\u0000/g, "\uFFFD").replace(/\r\n?/g, "\n");

describe.each(optionSets.map((options) => ({ options, label: JSON.stringify(options) })))("a hostile document with options $label", ({ options }) => {
  const html = toHtml(document, options);
  const tree = parse(html, options.standalone !== true);

  it("holds only allowed elements, attributes and links", () => {
    expect(disallowedMarkup(tree)).toEqual([]);
  });

  it("keeps one section per name, titled with the name as written", () => {
    const sections = elements(tree, "section").filter((section) => String(section.properties.id).startsWith("hostile-"));
    expect(sections).toHaveLength(names.length);
    for (const [index, name] of names.entries()) {
      const section = byId(tree, `hostile-${index}`)!;
      const [headingId] = section.properties.ariaLabelledBy as string[];
      expect(textOf(byId(tree, headingId!)!)).toBe(asParsed(oneLine(name)));
      // The first paragraph is "Provided by <name>.": text, whatever the name holds.
      const first = section.children.find((node) => node.type === "element" && node.tagName === "p")!;
      expect(textOf(first)).toBe(asParsed(`Provided by ${name}.`));
    }
  });

  it("keeps a link's text where its URL is refused, and writes raw HTML as text", () => {
    for (const [index, name] of names.entries()) {
      const section = byId(tree, `hostile-${index}`)!;
      const paragraphs = section.children.filter((node) => node.type === "element" && node.tagName === "p");
      const link = elements(paragraphs[1]!, "a")[0]!;
      expect(link.properties.href).toBe(`https://provider.example/${index}`);
      expect(textOf(link)).toBe(asParsed(name));
      expect(elements(paragraphs[2]!, "a")).toEqual([]); // the hostile URL: no link...
      expect(textOf(paragraphs[2]!)).toBe(asParsed(name)); // ...but the text stays
      expect(textOf(paragraphs[5]!)).toBe(asParsed(name)); // inline html
      expect(textOf(paragraphs[6]!)).toBe(asParsed(name)); // block html
    }
  });
});

describe.each(["en", "de"] as const)("a policy with hostile names everywhere, in %s", (locale) => {
  it("renders a page with only allowed markup, every name intact", () => {
    const policy = hostilePolicy(names);
    const page = parse(toHtml(policy, { locale, standalone: true, toc: true }), false);
    expect(disallowedMarkup(page)).toEqual([]);
    const headings = elements(page)
      .filter((element) => /^h[1-6]$/.test(element.tagName))
      .map(textOf);
    const composed = compose(policy, { locale });
    for (const service of composed.sections.find((section) => section.id === "services")!.sections) {
      expect(headings).toContain(asParsed(oneLine(service.title)));
    }
    expect(textOf(elements(page, "title")[0]!)).toBe(`${composed.meta.title} – Evil *Corp* <script>alert(1)</script> | GmbH`);
  });
});

it("refuses footnotes and unknown node types with a TypeError, as the Markdown renderer does", () => {
  const base = hostileDocument();
  const withNode = (node: unknown): PolicyDocument => ({
    ...base,
    sections: [{ ...base.sections[0]!, content: [node as never], sections: [] }],
  });
  expect(() => toHtml(withNode({ type: "footnoteDefinition", identifier: "1", children: [] }))).toThrow(
    new TypeError("footnoteDefinition nodes are not supported in section content"),
  );
  expect(() => toHtml(withNode({ type: "paragraph", children: [{ type: "footnoteReference", identifier: "1" }] }))).toThrow(TypeError);
});

function withNames(base: PolicyDocument, extra: readonly string[]): PolicyDocument {
  const extraDocument = hostileDocument();
  const [template] = extraDocument.sections[0]!.sections;
  const offset = hostileNames.length;
  const added = extra.map((name, index) => {
    const rename = (value: unknown): unknown => {
      if (typeof value === "string") return value === hostileNames[0] ? name : value.replace("/0", `/${offset + index}`);
      if (Array.isArray(value)) return value.map(rename);
      if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, rename(v)]));
      return value;
    };
    const section = rename(template) as (typeof base.sections)[number];
    return { ...section, id: `hostile-${offset + index}`, serviceId: `hostile-${offset + index}` };
  });
  const services = base.sections[0]!;
  return { ...base, sections: [{ ...services, sections: [...services.sections, ...added] }] };
}

it("refuses section ids that are not slugs or repeat, before writing any of them into an attribute", () => {
  const base = hostileDocument();
  const withIds = (first: string, second: string): PolicyDocument => ({
    ...base,
    sections: [
      { id: first, kind: "rights", title: "A", content: [], sections: [] },
      { id: second, kind: "contact", title: "B", content: [], sections: [] },
    ],
  });
  expect(() => toHtml(withIds('x" onclick="alert(1)', "contact"))).toThrow(/^section id must be lower-case letters, digits and hyphens/);
  expect(() => toHtml(withIds("contents__heading", "contact"))).toThrow(TypeError);
  expect(() => toHtml(withIds("rights", "rights"))).toThrow('section ids must be unique: "rights" appears twice');
});
