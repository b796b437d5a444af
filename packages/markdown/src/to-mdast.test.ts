import { parsePolicy } from "@policy/core";
import type { Heading, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { smallDocument } from "../test/fixtures/small-document.js";
import { MarkdownOptionsError } from "./options.js";
import type { PolicyDocument } from "@policy/core";
import { toMdast } from "./to-mdast.js";

const document = smallDocument("en");
const headings = (root: Root) =>
  root.children
    .filter((node): node is Heading => node.type === "heading")
    .map((heading) => `${heading.depth} ${heading.children.map((child) => ("value" in child ? child.value : "")).join("")}`);

const policy = parsePolicy({
  meta: { version: "1.0", effective: "2026-12-01" },
  locales: ["en"],
  controller: {
    name: "Example GmbH",
    address: { street: "Hauptstraße 1", postalCode: "10115", city: "Berlin", country: "DE" },
    email: "privacy@example.com",
  },
  services: [
    {
      id: "contact-form",
      purposes: [{ purpose: "essential.service.operations.support", legalBasis: "A6-1-f", legitimateInterest: "Answering questions." }],
      data: ["user.name", "user.contact.email"],
      subjects: ["contact_person"],
      retention: { duration: "P1Y" },
    },
  ],
});

describe("toMdast", () => {
  it("takes a section with 300,000 subsections (the services of a very large policy) without exhausting the stack", () => {
    const sections = Array.from({ length: 300_000 }, (_, index) => ({
      id: `s-${index}`,
      kind: "service" as const,
      title: `S ${index}`,
      content: [],
      sections: [],
    }));
    const big: PolicyDocument = { ...document, sections: [{ ...document.sections[0]!, sections }] };
    const root = toMdast(big);
    expect(root.children.filter((node) => node.type === "heading")).toHaveLength(300_002);
  });

  it("puts the title first, then each section's heading with its anchor, content and subsections", () => {
    expect(headings(toMdast(document))).toEqual([
      "1 Privacy policy",
      '2 <a id="overview"></a>Overview',
      '3 <a id="controller"></a>Who is responsible',
      '3 <a id="summary"></a>Our services at a glance',
      '2 <a id="services"></a>The services we use',
      '3 <a id="service-video-meetings"></a>Video meetings with Zoom',
      '4 <a id="service-video-meetings--about"></a>What is Zoom?',
      '4 <a id="service-video-meetings--data"></a>What data does Zoom process?',
      '4 <a id="service-video-meetings--legal-basis"></a>Legal basis',
      '2 <a id="rights"></a>Your rights',
      '2 <a id="objection"></a>Your right to object',
      '2 <a id="contact"></a>Contact',
    ]);
  });

  it("moves every heading down by headingOffset, and stops at 6", () => {
    expect(headings(toMdast(document, { headingOffset: 1 })).map((h) => h.split(" ")[0])).toEqual([
      "2",
      "3",
      "4",
      "4",
      "3",
      "4",
      "5",
      "5",
      "5",
      "3",
      "3",
      "3",
    ]);
    expect(headings(toMdast(document, { headingOffset: 3 })).map((h) => h.split(" ")[0])).toEqual([
      "4",
      "5",
      "6",
      "6",
      "5",
      "6",
      "6",
      "6",
      "6",
      "5",
      "5",
      "5",
    ]);
    expect(headings(toMdast(document, { headingOffset: 5 })).every((h) => h.startsWith("6 "))).toBe(true);
  });

  it("places headings from section content below their section's heading", () => {
    const withHeading: PolicyDocument = {
      ...document,
      sections: [
        {
          id: "rights",
          kind: "rights",
          title: "Rights",
          sections: [],
          content: [{ type: "heading", depth: 1, children: [{ type: "text", value: "Sub" }] }],
        },
      ],
    };
    expect(headings(toMdast(withHeading))).toEqual(["1 Privacy policy", '2 <a id="rights"></a>Rights', "3 Sub"]);
    expect(headings(toMdast(withHeading, { headingOffset: 4 }))).toEqual(["5 Privacy policy", '6 <a id="rights"></a>Rights', "6 Sub"]);
  });

  it("adds front matter first and the table of contents after the title, when asked", () => {
    const tree = toMdast(document, { frontmatter: true, toc: true });
    expect(tree.children.slice(0, 4).map((node) => node.type)).toEqual(["yaml", "heading", "heading", "list"]);
    expect(toMdast(document).children.map((node) => node.type)).not.toContain("yaml");
  });

  it("turns tables into lists with tables: false", () => {
    const types = (root: Root) => JSON.stringify(root).match(/"type":"table"/g)?.length ?? 0;
    expect(types(toMdast(document))).toBe(1);
    expect(types(toMdast(document, { tables: false }))).toBe(0);
  });

  it("keeps untranslated text marked with data.lang, for remark plugins", () => {
    const tree = toMdast(smallDocument("de"));
    expect(JSON.stringify(tree)).toContain('{"type":"text","value":"Holding meetings with clients who are not in Berlin.","data":{"lang":"en"}}');
  });

  it("marks a title compose flagged as not all in the document's language, in the heading and the table of contents", () => {
    const flagged: PolicyDocument = {
      ...document,
      sections: [{ id: "service-x", kind: "service", title: "Zoom Video Webinars", titleLang: "en", content: [], sections: [] }],
    };
    const tree = JSON.stringify(toMdast(flagged, { toc: true }));
    expect(tree.match(/\{"type":"text","value":"Zoom Video Webinars","data":\{"lang":"en"\}\}/g)).toHaveLength(2);
    expect(JSON.stringify(toMdast(document))).not.toContain('"lang"');
  });

  it("does not change the document", () => {
    const copy = structuredClone(document);
    toMdast(document, { toc: true, frontmatter: true, tables: false, headingOffset: 2 });
    expect(document).toEqual(copy);
  });

  it("refuses ids that are not slugs, and ids that repeat", () => {
    const broken = (id: string, second = "contact"): PolicyDocument => ({
      ...document,
      sections: [
        { id, kind: "rights", title: "A", content: [], sections: [] },
        { id: second, kind: "contact", title: "B", content: [], sections: [] },
      ],
    });
    expect(() => toMdast(broken('x"><script>'))).toThrow(/^section id must be/);
    expect(() => toMdast(broken("rights", "rights"))).toThrow('section ids must be unique: "rights" appears twice');
  });

  it("takes a document in its own language only", () => {
    expect(toMdast(document, { locale: "en" })).toEqual(toMdast(document));
    expect(() => toMdast(document, { locale: "de" })).toThrow(MarkdownOptionsError);
    expect(() => toMdast(document, { locale: "de" })).toThrow(/^locale must match the document's language: got "de", the document is in "en"$/);
  });

  it("needs a locale to compose a Policy", () => {
    expect(() => toMdast(policy)).toThrow(MarkdownOptionsError);
    expect(() => toMdast(policy, {})).toThrow(/^locale is required to render a Policy/);
  });

  it("refuses what is neither a Policy nor a PolicyDocument", () => {
    expect(() => toMdast({} as PolicyDocument)).toThrow("input must be a Policy (from parsePolicy or loadPolicy) or a PolicyDocument (from compose)");
    expect(() => toMdast("# hi" as unknown as PolicyDocument)).toThrow(TypeError);
  });
});
