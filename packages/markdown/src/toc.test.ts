import { describe, expect, it } from "vitest";
import { tableOfContents } from "./toc.js";
import type { PolicyDocument, PolicySection } from "@policy/core";

const section = (id: string, title: string, sections: PolicySection[] = []): PolicySection => ({ id, kind: "rights", title, content: [], sections });
const document = (language: "en" | "de"): PolicyDocument => ({
  meta: { title: "T", language, version: "1", effective: "2026-01-01", updated: "2026-01-01", controller: "C" },
  sections: [
    section("services", "Services", [section("service-zoom", "Zoom", [section("service-zoom--data", "Data")])]),
    section("rights", "Your\nrights"),
  ],
});
const links = (nodes: unknown): string[] => [...JSON.stringify(nodes).matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? "");

describe("tableOfContents", () => {
  it("is a heading at the sections' level and nested links to the section ids", () => {
    const [heading, list] = tableOfContents(document("en"), { depth: 2, title: undefined, headingOffset: 0 });
    expect(heading).toEqual({ type: "heading", depth: 2, children: [{ type: "text", value: "Contents" }] });
    expect(links(list)).toEqual(["#services", "#service-zoom", "#rights"]);
    expect(JSON.stringify(list)).toContain('"value":"Your rights"');
  });

  it("goes as deep as asked, under the title asked for, in the document's language by default", () => {
    expect(links(tableOfContents(document("en"), { depth: 1, title: undefined, headingOffset: 0 }))).toEqual(["#services", "#rights"]);
    expect(links(tableOfContents(document("en"), { depth: 6, title: undefined, headingOffset: 0 }))).toEqual([
      "#services",
      "#service-zoom",
      "#service-zoom--data",
      "#rights",
    ]);
    expect(tableOfContents(document("de"), { depth: 1, title: undefined, headingOffset: 3 })[0]).toEqual({
      type: "heading",
      depth: 5,
      children: [{ type: "text", value: "Inhalt" }],
    });
    expect(tableOfContents(document("de"), { depth: 1, title: "Auf dieser Seite", headingOffset: 0 })[0]).toMatchObject({
      children: [{ type: "text", value: "Auf dieser Seite" }],
    });
  });
});
