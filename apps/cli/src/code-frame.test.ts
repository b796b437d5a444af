import { createColors } from "picocolors";
import { describe, expect, it } from "vitest";
import { codeFrame } from "./code-frame.js";

const colors = createColors(false);
const text = ["meta:", "  version: 1", "services:", "  - id: a", "    data:", "      - user.contact.emial", "  - id: b", ""].join("\n");

describe("codeFrame", () => {
  it("shows two lines either side, the line numbers, and a caret under the column", () => {
    expect(codeFrame(text, 6, 9, { colors })).toBe(
      ["  4 |   - id: a", "  5 |     data:", "> 6 |       - user.contact.emial", "    |         ^", "  7 |   - id: b"].join("\n"),
    );
  });

  it("widens the gutter for the largest line number shown", () => {
    const long = Array.from({ length: 12 }, (_, index) => `line ${index + 1}`).join("\n");
    expect(codeFrame(long, 9, 1, { colors, context: 1 })).toBe(["   8 | line 8", ">  9 | line 9", "     | ^", "  10 | line 10"].join("\n"));
  });

  it("places the caret by display width: wide characters and emoji before it count twice", () => {
    const frame = codeFrame("name: 東京🙂 x\n", 1, 12, { colors, context: 0 });
    // The x is code unit 12 (the emoji is two); on screen "name: " is 6 columns, "東京" 4, "🙂" 2 and " " 1, so the caret goes under column 14.
    expect(frame).toBe("> 1 | name: 東京🙂 x\n    |              ^");
  });

  it("makes the lines safe for a terminal: escape sequences and bidi overrides become U+FFFD", () => {
    const frame = codeFrame("name: \u001b]0;title\u0007\u202eevil\n", 1, 7, { colors, context: 0 });
    expect(frame).toBe("> 1 | name: \uFFFD]0;title\uFFFD\uFFFDevil\n    |       ^");
  });

  it("cuts a very long line around the column, marking the cuts", () => {
    const line = `${"a".repeat(300)}X${"b".repeat(300)}`;
    const [shown, caret] = codeFrame(line, 1, 301, { colors, context: 0, maxWidth: 40 }).split("\n");
    expect(shown).toBe(`> 1 | …${"a".repeat(20)}X${"b".repeat(19)}…`);
    expect(caret?.indexOf("^")).toBe(shown?.indexOf("X"));
  });

  it("shows nothing for a line outside the text, and the last line of a file that ends without a newline", () => {
    expect(codeFrame(text, 40, 1, { colors })).toBe("");
    expect(codeFrame("a: [", 1, 5, { colors, context: 1 })).toBe("> 1 | a: [\n    |     ^");
  });

  it("colours the marker, the gutter and the caret when colour is on", () => {
    const frame = codeFrame("a: 1\n", 1, 1, { colors: createColors(true), context: 0 });
    expect(frame).toBe("\u001b[31m>\u001b[39m \u001b[2m1 |\u001b[22m a: 1\n  \u001b[2m  |\u001b[22m \u001b[31m^\u001b[39m");
  });
});
