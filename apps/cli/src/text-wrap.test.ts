import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { wrapText } from "./text-wrap.js";

describe("wrapText", () => {
  it("keeps the text on one line without a width", () => {
    expect(wrapText("a b c ".repeat(50), undefined)).toHaveLength(1);
  });

  it("breaks at spaces so that no line is wider than the width", () => {
    const text = "Zoom runs video and phone meetings and webinars over the internet, with screen sharing and chat.";
    const lines = wrapText(text, 30);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(30);
    expect(lines).toEqual(["Zoom runs video and phone", "meetings and webinars over the", "internet, with screen sharing", "and chat."]);
  });

  it("counts display width: wide characters take two columns", () => {
    expect(wrapText("東京 東京 東京", 10)).toEqual(["東京 東京", "東京"]);
  });

  it("gives a word longer than the width a line of its own instead of cutting it", () => {
    expect(wrapText("see https://example.com/a/very/long/path for details", 12)).toEqual([
      "see",
      "https://example.com/a/very/long/path",
      "for details",
    ]);
  });
});
