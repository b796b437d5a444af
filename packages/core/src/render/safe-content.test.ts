import type { PhrasingContent } from "mdast";
import { describe, expect, it } from "vitest";
import type { PolicySection } from "../compose/document.js";
import { safeContent, safeDefinitions, type ContentNode, type SafeContentOptions } from "./safe-content.js";

const text = (value: string): PhrasingContent => ({ type: "text", value });
const paragraph = (...children: PhrasingContent[]): ContentNode => ({ type: "paragraph", children });
const section = (content: ContentNode[], sections: PolicySection[] = []): PolicySection => ({
  id: "rights",
  kind: "rights",
  title: "T",
  content,
  sections,
});
const definitionsOf = (nodes: ContentNode[]) => safeDefinitions([section(nodes)]);

/** As @policy/markdown asks: references and safe images stay, strikethrough keeps its text, headings and cells become one line. */
const oneLine = (nodes: PhrasingContent[]): PhrasingContent[] =>
  nodes.map((node) => (node.type === "text" ? { ...node, value: node.value.replace(/\s*\n\s*/g, " ") } : node.type === "break" ? text(" ") : node));
const keeping = (...nodes: ContentNode[]) =>
  safeContent(nodes, { definitions: definitionsOf(nodes), references: "keep", images: true, strikethrough: false, line: oneLine });
/** As @policy/html asks: references become links, every image its alt text, strikethrough stays. */
const resolving = (...nodes: ContentNode[]) =>
  safeContent(nodes, { definitions: definitionsOf(nodes), references: "resolve", images: false, strikethrough: true });
const both = { keeping, resolving };

describe("safeContent, whatever the options", () => {
  it.each(Object.entries(both))("keeps text as it is: escaping is the renderer's job (%s)", (_, safe) => {
    const node = paragraph(text("<script>alert(1)</script> *x* [a](javascript:b)"));
    expect(safe(node)).toEqual([node]);
  });

  it.each(Object.entries(both))("turns html nodes into text, inline and as blocks (%s)", (_, safe) => {
    expect(safe(paragraph(text("a "), { type: "html", value: "<b>b</b>" }))).toEqual([paragraph(text("a "), text("<b>b</b>"))]);
    expect(safe({ type: "html", value: "<script>x</script>" })).toEqual([paragraph(text("<script>x</script>"))]);
    expect(safe({ type: "html", value: "" })).toEqual([]);
  });

  it.each(Object.entries(both))("keeps http(s), mailto and tel links; any other link becomes its text (%s)", (_, safe) => {
    const good = (url: string): PhrasingContent => ({ type: "link", url, children: [text("x")] });
    expect(safe(paragraph(good("https://a.example"), good("mailto:a@a.example"), good("tel:+4930123")))).toEqual([
      paragraph(good("https://a.example"), good("mailto:a@a.example"), good("tel:+4930123")),
    ]);
    expect(
      safe(paragraph({ type: "link", url: "javascript:alert(1)", children: [text("click "), { type: "strong", children: [text("me")] }] })),
    ).toEqual([paragraph(text("click "), { type: "strong", children: [text("me")] })]);
  });

  it.each(Object.entries(both))("turns images with unsafe URLs into their alt text (%s)", (_, safe) => {
    expect(safe(paragraph({ type: "image", url: "javascript:alert(1)", alt: "logo" }))).toEqual([paragraph(text("logo"))]);
    expect(safe(paragraph({ type: "image", url: "data:image/png;base64,AA", alt: "" }))).toEqual([paragraph()]);
    expect(safe(paragraph({ type: "image", url: "mailto:a@a.example", alt: "mail" }))).toEqual([paragraph(text("mail"))]);
  });

  it.each(Object.entries(both))(
    "rebuilds every node from the fields it knows: no hName, hProperties or other data reaches the output (%s)",
    (_, safe) => {
      const data = { hName: "script", hProperties: { onclick: "alert(1)" }, hChildren: [{ type: "text", value: "x" }] };
      const nodes = [
        {
          type: "paragraph",
          data: { ...data, address: true },
          children: [
            { type: "text", value: "a", data: { ...data, lang: "en" } },
            { type: "emphasis", data, children: [text("b")] },
          ],
        },
        { type: "heading", depth: 2, data, children: [text("h")] },
        {
          type: "list",
          ordered: false,
          spread: false,
          data,
          children: [{ type: "listItem", spread: false, checked: true, data, children: [paragraph(text("i"))] }],
        },
        {
          type: "table",
          align: [null],
          data: { ...data, caption: "What we use" },
          children: [{ type: "tableRow", data, children: [{ type: "tableCell", data, children: [text("c")] }] }],
        },
        { type: "code", value: "x", data },
        { type: "thematicBreak", data },
        { type: "blockquote", data, children: [paragraph(text("q"))] },
      ] as unknown as ContentNode[];
      expect(safe(...nodes)).toEqual([
        {
          type: "paragraph",
          data: { address: true },
          children: [
            { type: "text", value: "a", data: { lang: "en" } },
            { type: "emphasis", children: [text("b")] },
          ],
        },
        { type: "heading", depth: 2, children: [text("h")] },
        { type: "list", ordered: false, spread: false, children: [{ type: "listItem", spread: false, children: [paragraph(text("i"))] }] },
        {
          type: "table",
          align: [null],
          data: { caption: "What we use" },
          children: [{ type: "tableRow", children: [{ type: "tableCell", children: [text("c")] }] }],
        },
        { type: "code", value: "x" },
        { type: "thematicBreak" },
        { type: "blockquote", children: [paragraph(text("q"))] },
      ]);
      expect(JSON.stringify(safe(...nodes))).not.toMatch(/hName|hProperties|hChildren|onclick|checked/);
    },
  );

  it.each(Object.entries(both))("keeps a text's lang only when it is a language, and a caption only when it says something (%s)", (_, safe) => {
    expect(safe(paragraph({ type: "text", value: "a", data: { lang: "xx" as "en" } }))).toEqual([paragraph(text("a"))]);
    const table = (caption: unknown): ContentNode => ({ type: "table", children: [], data: { caption: caption as string } });
    expect(safe(table(" "), table(42))).toEqual([
      { type: "table", children: [] },
      { type: "table", children: [] },
    ]);
  });

  it.each(Object.entries(both))("keeps a list's start only for an ordered list, as a list number CommonMark reads (%s)", (_, safe) => {
    const list = (ordered: boolean, start: unknown): ContentNode => ({ type: "list", ordered, start: start as number, children: [] });
    expect(
      safe(list(true, 3), list(false, 3), list(true, 1.5), list(true, "1. evil"), list(true, -1), list(true, 1_000_000_000), list(true, 0)),
    ).toEqual([
      { type: "list", ordered: true, start: 3, children: [] },
      { type: "list", ordered: false, children: [] },
      { type: "list", ordered: true, children: [] },
      { type: "list", ordered: true, children: [] },
      { type: "list", ordered: true, children: [] },
      { type: "list", ordered: true, children: [] },
      { type: "list", ordered: true, start: 0, children: [] },
    ]);
  });

  it.each(Object.entries(both))("keeps spread and ordered only as true or false, and leaves them out when absent (%s)", (_, safe) => {
    expect(safe({ type: "list", children: [{ type: "listItem", children: [] }] })).toEqual([
      { type: "list", children: [{ type: "listItem", children: [] }] },
    ]);
    const odd = { type: "list", ordered: "yes", spread: 1, children: [{ type: "listItem", spread: "no", children: [] }] } as unknown as ContentNode;
    expect(safe(odd)).toEqual([{ type: "list", children: [{ type: "listItem", children: [] }] }]);
  });

  it.each(Object.entries(both))("keeps a table's alignment, each one left, right, center or null (%s)", (_, safe) => {
    const table = { type: "table", align: ["left", "center", "right", null, "justify"], children: [] } as unknown as ContentNode;
    expect(safe(table)).toEqual([{ type: "table", align: ["left", "center", "right", null, null], children: [] }]);
  });

  it.each(Object.entries(both))("refuses footnotes and unknown nodes (%s)", (_, safe) => {
    expect(() => safe({ type: "footnoteDefinition", identifier: "1", children: [] })).toThrow(
      "footnoteDefinition nodes are not supported in section content",
    );
    expect(() => safe(paragraph({ type: "footnoteReference", identifier: "1" }))).toThrow(TypeError);
    expect(() => safe({ type: "mdxjsEsm", value: "import x from 'y'" } as unknown as ContentNode)).toThrow(TypeError);
    expect(() => safe(paragraph({ type: "inlineMath", value: "x" } as unknown as PhrasingContent))).toThrow(
      "inlineMath nodes are not supported in section content",
    );
  });

  it.each(Object.entries(both))("does not change its input (%s)", (_, safe) => {
    const nodes: ContentNode[] = [
      paragraph({ type: "link", url: "javascript:x", children: [text("a\nb")] }, { type: "delete", children: [text("d")] }),
      { type: "heading", depth: 1, children: [text("a\nb")] },
      { type: "definition", identifier: "x", url: "https://a.example" },
    ];
    const copy = structuredClone(nodes);
    safe(...nodes);
    expect(nodes).toEqual(copy);
  });
});

describe("safeContent keeping references and images, without strikethrough, one line per heading and cell", () => {
  it("keeps images with http(s) URLs, with their alt text and title", () => {
    const image: PhrasingContent = { type: "image", url: "https://a.example/logo.png", alt: "logo", title: "Our logo" };
    expect(keeping(paragraph(image))).toEqual([paragraph(image)]);
  });

  it("keeps the titles of links and definitions, and a code block's language and meta", () => {
    const link: PhrasingContent = { type: "link", url: "https://a.example", title: "A", children: [text("a")] };
    expect(keeping(paragraph(link), { type: "code", lang: "yaml", meta: "title=x", value: "a: b" })).toEqual([
      paragraph(link),
      { type: "code", lang: "yaml", meta: "title=x", value: "a: b" },
    ]);
  });

  it("drops definitions with unsafe URLs, and references to them become text", () => {
    const nodes: ContentNode[] = [
      paragraph(
        { type: "linkReference", identifier: "bad", label: "bad", referenceType: "full", children: [text("bad")] },
        { type: "linkReference", identifier: "good", label: "Good", referenceType: "full", children: [text("good")] },
        { type: "imageReference", identifier: "bad", label: "bad", referenceType: "full", alt: "pic" },
      ),
      { type: "definition", identifier: "bad", label: "bad", url: "javascript:alert(1)" },
      { type: "definition", identifier: "good", label: "Good", url: "https://a.example", title: "A" },
    ];
    const [first, ...rest] = keeping(...nodes);
    expect(first).toEqual(
      paragraph(
        text("bad"),
        { type: "linkReference", identifier: "good", label: "Good", referenceType: "full", children: [text("good")] },
        text("pic"),
      ),
    );
    expect(rest).toEqual([{ type: "definition", identifier: "good", label: "Good", url: "https://a.example", title: "A" }]);
  });

  it("keeps an image reference only to a definition with an http(s) URL", () => {
    const nodes: ContentNode[] = [
      paragraph(
        { type: "imageReference", identifier: "logo", referenceType: "collapsed", alt: "logo" },
        { type: "imageReference", identifier: "mail", referenceType: "full", alt: "mail" },
      ),
      { type: "definition", identifier: "logo", url: "https://a.example/logo.png" },
      { type: "definition", identifier: "mail", url: "mailto:a@a.example" },
    ];
    expect(keeping(...nodes)[0]).toEqual(
      paragraph({ type: "imageReference", identifier: "logo", referenceType: "collapsed", alt: "logo" }, text("mail")),
    );
  });

  it("finds a definition in another section, by its identifier in any case", () => {
    const reference: PhrasingContent = {
      type: "linkReference",
      identifier: "Privacy",
      label: "Privacy",
      referenceType: "full",
      children: [text("p")],
    };
    const definitions = safeDefinitions([
      section([paragraph(reference)]),
      section([], [section([{ type: "definition", identifier: "PRIVACY", url: "https://a.example" }])]),
    ]);
    expect(safeContent([paragraph(reference)], { definitions, references: "keep", images: true, strikethrough: false })).toEqual([
      paragraph(reference),
    ]);
  });

  it("applies `line` to headings and table cells, and nothing else", () => {
    expect(keeping({ type: "heading", depth: 2, children: [text("a\nb")] })).toEqual([{ type: "heading", depth: 2, children: [text("a b")] }]);
    expect(keeping(paragraph(text("a\nb")))).toEqual([paragraph(text("a\nb"))]);
    const [table] = keeping({
      type: "table",
      children: [{ type: "tableRow", children: [{ type: "tableCell", children: [text("x\ny"), { type: "break" }, text("z")] }] }],
    });
    expect(table).toEqual({
      type: "table",
      children: [{ type: "tableRow", children: [{ type: "tableCell", children: [text("x y"), text(" "), text("z")] }] }],
    });
  });

  it("goes into lists and quotes, and keeps strikethrough's text only", () => {
    expect(
      keeping({
        type: "blockquote",
        children: [
          {
            type: "list",
            children: [{ type: "listItem", children: [paragraph({ type: "delete", children: [text("old")] }, { type: "html", value: "<i>" })] }],
          },
        ],
      }),
    ).toEqual([
      { type: "blockquote", children: [{ type: "list", children: [{ type: "listItem", children: [paragraph(text("old"), text("<i>"))] }] }] },
    ]);
  });
});

describe("safeContent resolving references, without images, with strikethrough", () => {
  it("turns every image into its alt text, safe URL or not", () => {
    expect(
      resolving(paragraph({ type: "image", url: "https://a.example/logo.png", alt: "logo" }, { type: "image", url: "https://a.example/x.png" })),
    ).toEqual([paragraph(text("logo"))]);
  });

  it("makes references links to their definition's URL (the first safe one), drops every definition, and turns image references into their alt text", () => {
    const nodes: ContentNode[] = [
      paragraph(
        { type: "linkReference", identifier: "Good", label: "Good", referenceType: "full", children: [text("good")] },
        { type: "linkReference", identifier: "bad", referenceType: "shortcut", children: [text("bad")] },
        { type: "imageReference", identifier: "good", referenceType: "full", alt: "pic" },
      ),
      { type: "definition", identifier: "bad", url: "javascript:alert(1)" },
      { type: "definition", identifier: "good", url: "vbscript:x" },
      { type: "definition", identifier: "good", url: "https://a.example" },
      { type: "definition", identifier: "GOOD", url: "https://b.example" },
    ];
    expect(resolving(...nodes)).toEqual([paragraph({ type: "link", url: "https://a.example", children: [text("good")] }, text("bad"), text("pic"))]);
  });

  it("keeps strikethrough and leaves headings and cells as they are", () => {
    expect(resolving(paragraph({ type: "delete", children: [text("old")] }))).toEqual([paragraph({ type: "delete", children: [text("old")] })]);
    expect(resolving({ type: "heading", depth: 3, children: [text("a\nb"), { type: "break" }] })).toEqual([
      { type: "heading", depth: 3, children: [text("a\nb"), { type: "break" }] },
    ]);
  });

  it("resolves an image reference to an image where images are kept, with an http(s) URL only", () => {
    const nodes: ContentNode[] = [
      paragraph(
        { type: "imageReference", identifier: "logo", referenceType: "full", alt: "logo" },
        { type: "imageReference", identifier: "tel", referenceType: "full", alt: "tel" },
      ),
      { type: "definition", identifier: "logo", url: "https://a.example/logo.png" },
      { type: "definition", identifier: "tel", url: "tel:+4930123" },
    ];
    const options: SafeContentOptions = { definitions: definitionsOf(nodes), references: "resolve", images: true, strikethrough: true };
    expect(safeContent(nodes, options)).toEqual([paragraph({ type: "image", url: "https://a.example/logo.png", alt: "logo" }, text("tel"))]);
  });
});

describe("safeDefinitions", () => {
  it("collects the safe definitions of every section and subsection, by lower-case identifier, the first one winning", () => {
    const sections = [
      section([{ type: "blockquote", children: [{ type: "definition", identifier: "A", url: "https://a.example" }] }]),
      section(
        [
          { type: "definition", identifier: "a", url: "https://later.example" },
          { type: "definition", identifier: "b", url: "javascript:x" },
        ],
        [
          section([
            { type: "list", children: [{ type: "listItem", children: [{ type: "definition", identifier: "c", url: "mailto:c@a.example" }] }] },
          ]),
        ],
      ),
    ];
    expect([...safeDefinitions(sections)]).toEqual([
      ["a", "https://a.example"],
      ["c", "mailto:c@a.example"],
    ]);
  });
});
