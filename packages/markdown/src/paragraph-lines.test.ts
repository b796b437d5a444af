import type { PhrasingContent } from "mdast";
import type { ContentNode } from "@policy/core/render";
import { describe, expect, it } from "vitest";
import { paragraphLines } from "./paragraph-lines.js";

const text = (value: string): PhrasingContent => ({ type: "text", value });
const hard: PhrasingContent = { type: "break" };
/** The phrasing of one paragraph after paragraphLines. */
const lines = (...children: PhrasingContent[]) => (paragraphLines([{ type: "paragraph", children }])[0] as { children: PhrasingContent[] }).children;

describe("paragraphLines", () => {
  it("keeps one line ending as one, without the blanks around it", () => {
    expect(lines(text("a \n b"))).toEqual([text("a\nb")]);
    expect(lines(text("a\r\nb\rc"))).toEqual([text("a\nb\nc")]);
    expect(lines(text("no line ending"))).toEqual([text("no line ending")]);
  });

  it("makes a blank line, or several, one hard break", () => {
    expect(lines(text("a\n\nb"))).toEqual([text("a"), hard, text("b")]);
    expect(lines(text("a \r\n \r\n\n\tb"))).toEqual([text("a"), hard, text("b")]);
    expect(lines(text("a\n"), hard, text("\nb"))).toEqual([text("a"), hard, text("b")]);
  });

  it("sees a blank line across text nodes, keeping each node's language", () => {
    expect(lines(text("a\n"), { type: "text", value: " \nb", data: { lang: "en" } })).toEqual([
      text("a"),
      hard,
      { type: "text", value: "b", data: { lang: "en" } },
    ]);
  });

  it("drops line endings, hard breaks and blanks at the start and end of a paragraph", () => {
    expect(lines(text("\n\n a \n"))).toEqual([text("a")]);
    expect(lines(text(" "), text(" a"), text("b\t"), text(" "))).toEqual([text("a"), text("b")]);
    expect(lines(hard, text("a"), hard)).toEqual([text("a")]);
    expect(lines(text("\n"))).toEqual([]);
  });

  it("moves line endings at the edges of strong, emphasis and link text outside, next to the marker", () => {
    expect(lines(text("x "), { type: "strong", children: [text("a\n")] }, text("b"))).toEqual([
      text("x "),
      { type: "strong", children: [text("a")] },
      text("\nb"),
    ]);
    expect(lines(text("x"), { type: "emphasis", children: [text("\n\na")] })).toEqual([text("x"), hard, { type: "emphasis", children: [text("a")] }]);
    expect(lines({ type: "link", url: "https://example.com", children: [text("a\n\nb\n")] })).toEqual([
      { type: "link", url: "https://example.com", children: [text("a"), hard, text("b")] },
    ]);
    // Emphasis of nothing but line endings goes; a link keeps its URL.
    expect(lines(text("a"), { type: "strong", children: [text("\n")] }, text("b"))).toEqual([text("a\nb")]);
    expect(lines({ type: "link", url: "https://example.com", children: [text("\n")] })).toEqual([
      { type: "link", url: "https://example.com", children: [] },
    ]);
  });

  it("writes line endings in inline code and image descriptions as spaces, as Markdown shows them", () => {
    expect(lines({ type: "inlineCode", value: "a\n\nb" }, { type: "image", url: "https://example.com/x.png", alt: "c\r\nd" })).toEqual([
      { type: "inlineCode", value: "a b" },
      { type: "image", url: "https://example.com/x.png", alt: "c d" },
    ]);
  });

  it("reaches paragraphs in lists and quotes, and leaves headings, tables and code as they are", () => {
    const paragraph = (value: string): ContentNode => ({ type: "paragraph", children: [text(value)] });
    const heading: ContentNode = { type: "heading", depth: 1, children: [text("h\n\ni")] };
    const code: ContentNode = { type: "code", value: "a\n\nb" };
    expect(
      paragraphLines([
        { type: "list", children: [{ type: "listItem", children: [paragraph("a\n\nb")] }] },
        { type: "blockquote", children: [paragraph("c\n\nd")] },
        heading,
        code,
      ]),
    ).toEqual([
      { type: "list", children: [{ type: "listItem", children: [{ type: "paragraph", children: [text("a"), hard, text("b")] }] }] },
      { type: "blockquote", children: [{ type: "paragraph", children: [text("c"), hard, text("d")] }] },
      heading,
      code,
    ]);
  });
});
