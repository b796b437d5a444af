import { describe, expect, it } from "vitest";
import { visibleText } from "./visible-characters.js";

describe("visibleText", () => {
  it("replaces the characters HTML forbids with U+FFFD, one for one", () => {
    expect(visibleText("a\u0000b\u0008c\u001Fd\u007Fe\u0085f")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
    expect(visibleText("\uFDD0\uFFFE\u{10FFFF}")).toBe("\uFFFD\uFFFD\uFFFD");
    expect(visibleText("lone \uD800 high, lone \uDC00 low")).toBe("lone \uFFFD high, lone \uFFFD low");
  });

  it("keeps tab, line endings, form feed and every real character", () => {
    const text = "tab\there\nline\r\nfeed\f Ümlaut ع 😀 \u202E \u200B";
    expect(visibleText(text)).toBe(text);
  });
});
