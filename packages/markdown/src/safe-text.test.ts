import type { PhrasingContent } from "mdast";
import { describe, expect, it } from "vitest";
import { safeContent, safeDefinitionIds, type ContentNode } from "./safe-text.js";

const text = (value: string): PhrasingContent => ({ type: "text", value });
const paragraph = (...children: PhrasingContent[]): ContentNode => ({ type: "paragraph", children });
const safe = (...nodes: ContentNode[]) => safeContent(nodes, safeDefinitionIds(nodes));

describe("safeContent", () => {
  it("keeps text as it is: escaping is the serializer's job", () => {
    const node = paragraph(text("<script>alert(1)</script> *x* [a](javascript:b)"));
    expect(safe(node)).toEqual([node]);
  });

  it("turns html nodes into text, inline and as blocks", () => {
    expect(safe(paragraph(text("a "), { type: "html", value: "<b>b</b>" }))).toEqual([paragraph(text("a "), text("<b>b</b>"))]);
    expect(safe({ type: "html", value: "<script>x</script>" })).toEqual([paragraph(text("<script>x</script>"))]);
    expect(safe({ type: "html", value: "" })).toEqual([]);
  });

  it("keeps http(s), mailto and tel links; any other link becomes its text", () => {
    const good = (url: string): PhrasingContent => ({ type: "link", url, children: [text("x")] });
    expect(safe(paragraph(good("https://a.example"), good("mailto:a@a.example"), good("tel:+4930123")))).toEqual([
      paragraph(good("https://a.example"), good("mailto:a@a.example"), good("tel:+4930123")),
    ]);
    expect(safe(paragraph({ type: "link", url: "javascript:alert(1)", children: [text("click "), { type: "strong", children: [text("me")] }] }))).toEqual([
      paragraph(text("click "), { type: "strong", children: [text("me")] }),
    ]);
  });

  it("turns images with unsafe URLs into their alt text", () => {
    expect(safe(paragraph({ type: "image", url: "javascript:alert(1)", alt: "logo" }))).toEqual([paragraph(text("logo"))]);
    expect(safe(paragraph({ type: "image", url: "data:image/png;base64,AA", alt: "" }))).toEqual([paragraph()]);
    const image: PhrasingContent = { type: "image", url: "https://a.example/logo.png", alt: "logo" };
    expect(safe(paragraph(image))).toEqual([paragraph(image)]);
  });

  it("drops definitions with unsafe URLs, and references to them become text", () => {
    const nodes: ContentNode[] = [
      paragraph(
        { type: "linkReference", identifier: "bad", label: "bad", referenceType: "full", children: [text("bad")] },
        { type: "linkReference", identifier: "good", label: "Good", referenceType: "full", children: [text("good")] },
        { type: "imageReference", identifier: "bad", label: "bad", referenceType: "full", alt: "pic" },
      ),
      { type: "definition", identifier: "bad", label: "bad", url: "javascript:alert(1)" },
      { type: "definition", identifier: "good", label: "Good", url: "https://a.example" },
    ];
    const [first, ...rest] = safe(...nodes);
    expect(first).toEqual(
      paragraph(text("bad"), { type: "linkReference", identifier: "good", label: "Good", referenceType: "full", children: [text("good")] }, text("pic")),
    );
    expect(rest).toEqual([{ type: "definition", identifier: "good", label: "Good", url: "https://a.example" }]);
  });

  it("makes headings and table cells one line, and nothing else", () => {
    expect(safe({ type: "heading", depth: 2, children: [text("a\nb")] })).toEqual([{ type: "heading", depth: 2, children: [text("a b")] }]);
    expect(safe(paragraph(text("a\nb")))).toEqual([paragraph(text("a\nb"))]);
    const [table] = safe({
      type: "table",
      children: [{ type: "tableRow", children: [{ type: "tableCell", children: [text("x\ny"), { type: "break" }, text("z")] }] }],
    });
    expect(table).toEqual({ type: "table", children: [{ type: "tableRow", children: [{ type: "tableCell", children: [text("x y"), text(" "), text("z")] }] }] });
  });

  it("goes into lists and quotes, and keeps strikethrough's text only", () => {
    expect(
      safe({
        type: "blockquote",
        children: [
          {
            type: "list",
            children: [{ type: "listItem", children: [paragraph({ type: "delete", children: [text("old")] }, { type: "html", value: "<i>" })] }],
          },
        ],
      }),
    ).toEqual([{ type: "blockquote", children: [{ type: "list", children: [{ type: "listItem", children: [paragraph(text("old"), text("<i>"))] }] }] }]);
  });

  it("refuses footnotes and unknown nodes", () => {
    expect(() => safe({ type: "footnoteDefinition", identifier: "1", children: [] })).toThrow("footnoteDefinition nodes are not supported in section content");
    expect(() => safe(paragraph({ type: "footnoteReference", identifier: "1" }))).toThrow(TypeError);
    expect(() => safe({ type: "mdxjsEsm", value: "import x from 'y'" } as unknown as ContentNode)).toThrow(TypeError);
  });

  it("does not change its input", () => {
    const node = paragraph({ type: "link", url: "javascript:x", children: [text("a\nb")] });
    const copy = structuredClone(node);
    safe(node, { type: "heading", depth: 1, children: [text("a\nb")] });
    expect(node).toEqual(copy);
  });
});
