import { describe, expect, it } from "vitest";
import { editLine, type LineEdit, type LineInput } from "./line-input.js";

/** The line after these edits, starting from `text` with the cursor at its end; the cursor shown as |. */
function after(text: string, ...edits: LineEdit[]): string {
  let line: LineInput = { text, cursor: Array.from(text).length };
  for (const edit of edits) line = editLine(line, edit);
  const chars = Array.from(line.text);
  return `${chars.slice(0, line.cursor).join("")}|${chars.slice(line.cursor).join("")}`;
}

describe("editLine", () => {
  it("inserts at the cursor and moves it by characters, an emoji being one", () => {
    expect(after("ip dress", "lineStart", "cursorRight", "cursorRight", "cursorRight", { input: "ad" })).toBe("ip ad|dress");
    expect(after("a😀b", "cursorLeft", "cursorLeft", { input: "x" })).toBe("ax|😀b");
    expect(after("ab", "cursorRight", "cursorRight")).toBe("ab|");
    expect(after("ab", "lineStart", "cursorLeft")).toBe("|ab");
    expect(after("ab", "lineStart", "lineEnd")).toBe("ab|");
  });

  it("deletes the character before the cursor, and nothing at the start", () => {
    expect(after("abc", "cursorLeft", "backspace")).toBe("a|c");
    expect(after("abc", "lineStart", "backspace")).toBe("|abc");
  });

  it("Ctrl-U deletes to the start, keeping what is after the cursor", () => {
    expect(after("ip address", "cursorLeft", "cursorLeft", "deleteToStart")).toBe("|ss");
    expect(after("ip address", "deleteToStart")).toBe("|");
  });

  it("Ctrl-W deletes the word before the cursor with the spaces after it", () => {
    expect(after("ip address", "deleteWord")).toBe("ip |");
    expect(after("ip address  ", "deleteWord")).toBe("ip |");
    expect(after("ip address", "deleteWord", "deleteWord")).toBe("|");
    expect(after("ip address", "cursorLeft", "cursorLeft", "deleteWord")).toBe("ip |ss");
  });
});
