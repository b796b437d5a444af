import { describe, expect, it } from "vitest";
import { oneLine, oneLineText, titleText } from "./one-line.js";

describe("oneLine", () => {
  it("turns every line ending, with the blanks around it, into one space", () => {
    expect(oneLineText("a\nb")).toBe("a b");
    expect(oneLineText("a \r\n\r\n  b\rc")).toBe("a b c");
    expect(oneLineText("no line ending")).toBe("no line ending");
    expect(titleText("\n  Title \n")).toBe("Title");
  });

  it("reaches into emphasis, links and code, and makes hard breaks spaces", () => {
    expect(
      oneLine([
        { type: "text", value: "a\nb" },
        { type: "break" },
        { type: "strong", children: [{ type: "emphasis", children: [{ type: "text", value: "c\n\nd" }] }] },
        { type: "link", url: "https://example.com", children: [{ type: "inlineCode", value: "e\nf" }] },
        { type: "image", url: "https://example.com/x.png", alt: "g\nh" },
      ]),
    ).toEqual([
      { type: "text", value: "a b" },
      { type: "text", value: " " },
      { type: "strong", children: [{ type: "emphasis", children: [{ type: "text", value: "c d" }] }] },
      { type: "link", url: "https://example.com", children: [{ type: "inlineCode", value: "e f" }] },
      { type: "image", url: "https://example.com/x.png", alt: "g h" },
    ]);
  });

  it("keeps data.lang on text", () => {
    expect(oneLine([{ type: "text", value: "a\nb", data: { lang: "en" } }])).toEqual([{ type: "text", value: "a b", data: { lang: "en" } }]);
  });
});
