import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { formatTable, truncate } from "./text-table.js";

const columns = [{ header: "ID" }, { header: "NAME", shrink: true }, { header: "WHEN" }];

describe("formatTable", () => {
  it("aligns columns by display width, two spaces apart, every line ending in a newline", () => {
    const table = formatTable(columns, [
      ["a", "Zoom", "2026-11-29"],
      ["bb", "東京", "2026-01-01"],
    ]);
    expect(table).toBe(["ID  NAME  WHEN", "a   Zoom  2026-11-29", "bb  東京  2026-01-01", ""].join("\n"));
  });

  it("leaves no trailing spaces, also when the last cells are empty", () => {
    const table = formatTable(columns, [
      ["a", "Zoom", ""],
      ["b", "", ""],
    ]);
    for (const line of table.split("\n")) expect(line).not.toMatch(/ $/);
    expect(table).toBe("ID  NAME  WHEN\na   Zoom\nb\n");
  });

  it("styles header cells without counting the style codes as width", () => {
    const table = formatTable([{ header: "ID" }, { header: "NAME" }], [["zoom", "Zoom"]], { header: (text) => `<${text}>` });
    expect(table.split("\n")[0]).toBe("<ID>    <NAME>");
  });

  it("cuts the widest shrinkable column with an ellipsis to fit the width", () => {
    const rows = [["zoom", "A very long name for a video service", "2026-11-29"]];
    const table = formatTable(columns, rows, { maxWidth: 40 });
    const lines = table.trimEnd().split("\n");
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    // 22 columns are left for the name: 21 characters, less the space before the cut, and "…".
    expect(lines[1]).toBe("zoom  A very long name for…   2026-11-29");
  });

  it("cuts the widest of several shrinkable columns first", () => {
    const table = formatTable(
      [
        { header: "A", shrink: true },
        { header: "B", shrink: true },
      ],
      [["short text here", "a much much longer text in this column"]],
      { maxWidth: 40 },
    );
    expect(table.split("\n")[1]).toBe("short text here  a much much longer tex…");
  });

  it("leaves a table alone when nothing can shrink further", () => {
    const table = formatTable([{ header: "ID" }], [["a-rather-long-identifier"]], { maxWidth: 10 });
    expect(table).toBe("ID\na-rather-long-identifier\n");
  });
});

describe("truncate", () => {
  it("keeps text that fits", () => {
    expect(truncate("Zoom", 4)).toBe("Zoom");
  });

  it("cuts by display width and never splits a wide character or a grapheme", () => {
    expect(truncate("東京都庁", 5)).toBe("東京…");
    expect(truncate("👩‍👩‍👧‍👦 family", 4)).toBe("👩‍👩‍👧‍👦…");
    expect(truncate("Hosting and cloud", 9)).toBe("Hosting…");
  });
});
