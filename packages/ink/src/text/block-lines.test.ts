import type { BlockContent, Table } from "mdast";
import { describe, expect, it } from "vitest";
import { entryLines } from "../model/entry-lines.js";
import type { NavEntry } from "../model/navigation.js";
import { blockLines } from "./block-lines.js";
import { Style, type Line } from "./line.js";
import { noPrefix } from "./wrap.js";

const text = (lines: readonly Line[]): string[] => lines.map((line) => line.plain);
const render = (nodes: BlockContent[], width = 40) => blockLines(nodes, { width, prefix: noPrefix, style: 0 });

describe("blockLines", () => {
  it("wraps paragraphs at spaces to the width, a blank line between blocks", () => {
    const lines = render(
      [
        { type: "paragraph", children: [{ type: "text", value: "The quick brown fox jumps over the lazy dog again and again." }] },
        { type: "paragraph", children: [{ type: "text", value: "Second." }] },
      ],
      20,
    );
    expect(text(lines)).toEqual(["The quick brown fox", "jumps over the lazy", "dog again and again.", "", "Second."]);
    for (const line of lines) expect(line.plain.length).toBeLessThanOrEqual(20);
  });

  it("shows a link as its text and <url>, styled apart; an address that is its own text once", () => {
    const lines = render(
      [
        {
          type: "paragraph",
          children: [
            { type: "link", url: "https://zoom.us/privacy", children: [{ type: "text", value: "Zoom's policy" }] },
            { type: "text", value: " or " },
            { type: "link", url: "mailto:dpo@example.org", children: [{ type: "text", value: "dpo@example.org" }] },
          ],
        },
      ],
      80,
    );
    expect(text(lines)).toEqual(["Zoom's policy <https://zoom.us/privacy> or dpo@example.org"]);
    const runs = lines[0]!.runs;
    expect(runs.find((run) => run.text === "Zoom's policy")?.style).toBe(Style.link);
    expect(runs.find((run) => run.text === "<https://zoom.us/privacy>")?.style).toBe(Style.url);
  });

  it("keeps strong and emphasis as styles, and a word with a style change in one piece", () => {
    const lines = render([
      {
        type: "paragraph",
        children: [
          { type: "strong", children: [{ type: "text", value: "Zoom" }] },
          { type: "text", value: ", " },
          { type: "emphasis", children: [{ type: "text", value: "maybe" }] },
        ],
      },
    ]);
    expect(lines[0]!.runs).toEqual([
      { text: "Zoom", style: Style.strong },
      { text: ", ", style: 0 },
      { text: "maybe", style: Style.emphasis },
    ]);
  });

  it("bullets and numbers lists, indenting wrapped lines under the text", () => {
    const lines = render(
      [
        {
          type: "list",
          ordered: false,
          spread: false,
          children: [
            { type: "listItem", children: [{ type: "paragraph", children: [{ type: "text", value: "one two three four five six" }] }] },
            { type: "listItem", children: [{ type: "paragraph", children: [{ type: "text", value: "seven" }] }] },
          ],
        },
        {
          type: "list",
          ordered: true,
          start: 9,
          spread: false,
          children: [9, 10].map((n) => ({
            type: "listItem" as const,
            children: [{ type: "paragraph" as const, children: [{ type: "text" as const, value: `item ${n}` }] }],
          })),
        },
      ],
      16,
    );
    expect(text(lines)).toEqual(["• one two three", "  four five six", "• seven", "", " 9. item 9", "10. item 10"]);
  });

  const table: Table = {
    type: "table",
    children: [
      {
        type: "tableRow",
        children: ["Service", "Country"].map((value) => ({ type: "tableCell" as const, children: [{ type: "text" as const, value }] })),
      },
      {
        type: "tableRow",
        children: ["Zoom", "United States"].map((value) => ({ type: "tableCell" as const, children: [{ type: "text" as const, value }] })),
      },
      {
        type: "tableRow",
        children: ["Hetzner", "Germany"].map((value) => ({ type: "tableCell" as const, children: [{ type: "text" as const, value }] })),
      },
    ],
  };

  it("lays a table out in aligned columns when it fits", () => {
    expect(text(render([table], 40))).toEqual(["Service  Country", "───────  ─────────────", "Zoom     United States", "Hetzner  Germany"]);
  });

  it("turns a table too wide for the pane into 'label: value' lines per row", () => {
    expect(text(render([table], 20))).toEqual(["Zoom", "  Country: United", "    States", "", "Hetzner", "  Country: Germany"]);
  });
});

describe("blockLines on very long content", () => {
  // push(...lines) failed from about 130,000 lines; wrapping this many takes seconds on a busy machine.
  it("lays out a list of 150,000 items (a table of thousands of services is as long) without exhausting the stack", { timeout: 30_000 }, () => {
    const items = Array.from({ length: 150_000 }, (_, index) => ({
      type: "listItem" as const,
      children: [{ type: "paragraph" as const, children: [{ type: "text" as const, value: `item ${index}` }] }],
    }));
    const lines = blockLines([{ type: "list", children: items }], { width: 40, prefix: noPrefix, style: Style.none });
    expect(lines).toHaveLength(150_000);
    expect(lines.at(-1)?.plain).toBe("• item 149999");
    // And as a section's content: its lines join the section's title one by one, not as arguments.
    const section = {
      id: "retention",
      kind: "retention" as const,
      title: "How long we keep your data",
      content: [{ type: "list" as const, children: items }],
      sections: [],
    };
    const whole = entryLines({ id: "retention", title: section.title, kind: "retention", depth: 0, withChildren: true, section }, 40);
    expect(whole).toHaveLength(150_002);
    expect(whole.at(-1)?.plain).toBe("• item 149999");
  });
});

describe("entryLines", () => {
  const entry: NavEntry = {
    id: "objection",
    title: "Your right to object",
    kind: "objection",
    depth: 0,
    withChildren: true,
    section: {
      id: "objection",
      kind: "objection",
      title: "Your right to object",
      content: [{ type: "paragraph", children: [{ type: "text", value: "You may object at any time." }] }],
      sections: [],
    },
  };

  it("computes the lines of a section once per width", () => {
    expect(entryLines(entry, 40)).toBe(entryLines(entry, 40));
    expect(entryLines(entry, 30)).not.toBe(entryLines(entry, 40));
  });

  it("marks the right to object with a bar and its own style on every line", () => {
    const lines = entryLines(entry, 40);
    expect(text(lines)).toEqual(["▌ Your right to object", "▌", "▌ You may object at any time."]);
    for (const line of lines) for (const run of line.runs) expect(run.style & Style.objection).toBe(Style.objection);
  });
});
