import { describe, expect, it } from "vitest";
import { safeText } from "./safe-text.js";

describe("safeText", () => {
  it("removes colour and cursor sequences, keeping the words", () => {
    expect(safeText("Evil\u001b[31m red\u001b[0m Inc")).toBe("Evil red Inc");
    expect(safeText("a\u001b[2J\u001b[10;1Hb")).toBe("ab");
    expect(safeText("a\u009b31mb")).toBe("ab");
  });

  it("removes OSC strings such as a window title or a hyperlink", () => {
    expect(safeText("x\u001b]0;pwned\u0007y")).toBe("xy");
    expect(safeText("x\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\y")).toBe("xlinky");
  });

  it("drops carriage returns and other controls, turns line breaks and tabs into spaces", () => {
    expect(safeText("Zoom\rEVIL")).toBe("ZoomEVIL");
    expect(safeText("one\ntwo\tthree")).toBe("one two three");
    expect(safeText("bell\u0007 del\u007f nul\u0000")).toBe("bell del nul");
  });

  it("drops bidirectional overrides, which reorder the text after them", () => {
    expect(safeText("abc\u202edcba")).toBe("abcdcba");
  });

  it("leaves ordinary text, umlauts and wide characters alone", () => {
    expect(safeText("Oranienstraße 183 · Müller · 東京")).toBe("Oranienstraße 183 · Müller · 東京");
  });
});
