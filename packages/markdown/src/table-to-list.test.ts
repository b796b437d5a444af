import type { Table } from "mdast";
import { describe, expect, it } from "vitest";
import { tablesToLists, tableToList } from "./table-to-list.js";

const table = (...rows: string[][]): Table => ({
  type: "table",
  children: rows.map((row) => ({ type: "tableRow", children: row.map((value) => ({ type: "tableCell", children: [{ type: "text", value }] })) })),
});

describe("tableToList", () => {
  it("makes one item per row: the first cell in bold, the others labelled with their header", () => {
    const list = tableToList(table(["Service", "Purpose", "Where"], ["Zoom", "Meetings", "United States"], ["Contact form", "", "Germany"]));
    expect(list).toEqual({
      type: "list",
      ordered: false,
      spread: false,
      children: [
        {
          type: "listItem",
          spread: false,
          children: [
            { type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: "Zoom" }] }] },
            {
              type: "list",
              ordered: false,
              spread: false,
              children: [
                {
                  type: "listItem",
                  spread: false,
                  children: [
                    {
                      type: "paragraph",
                      children: [
                        { type: "text", value: "Purpose" },
                        { type: "text", value: ": " },
                        { type: "text", value: "Meetings" },
                      ],
                    },
                  ],
                },
                {
                  type: "listItem",
                  spread: false,
                  children: [
                    {
                      type: "paragraph",
                      children: [
                        { type: "text", value: "Where" },
                        { type: "text", value: ": " },
                        { type: "text", value: "United States" },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: "listItem",
          spread: false,
          children: [
            { type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: "Contact form" }] }] },
            {
              type: "list",
              ordered: false,
              spread: false,
              children: [
                {
                  type: "listItem",
                  spread: false,
                  children: [
                    {
                      type: "paragraph",
                      children: [
                        { type: "text", value: "Where" },
                        { type: "text", value: ": " },
                        { type: "text", value: "Germany" },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it("lists the headers of a table without rows", () => {
    expect(tableToList(table(["A", "B"])).children).toEqual([
      {
        type: "listItem",
        spread: false,
        children: [
          {
            type: "paragraph",
            children: [
              { type: "text", value: "A" },
              { type: "text", value: ", " },
              { type: "text", value: "B" },
            ],
          },
        ],
      },
    ]);
  });

  it("replaces tables inside lists and quotes too", () => {
    const nested = tablesToLists([
      { type: "blockquote", children: [{ type: "list", children: [{ type: "listItem", children: [table(["A"], ["1"])] }] }] },
    ]);
    expect(JSON.stringify(nested)).not.toContain('"table"');
    expect(JSON.stringify(nested)).toContain(JSON.stringify({ type: "strong", children: [{ type: "text", value: "1" }] }));
  });
});
