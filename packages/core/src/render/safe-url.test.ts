import { describe, expect, it } from "vitest";
import { isSafeImageUrl, isSafeLinkUrl } from "./safe-url.js";

describe("isSafeLinkUrl", () => {
  it.each(["https://example.com", "http://example.com/a?b=c#d", "HTTPS://EXAMPLE.COM", "mailto:privacy@example.com", "tel:+49301234567"])(
    "keeps %s",
    (url) => expect(isSafeLinkUrl(url)).toBe(true),
  );

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " https://example.com",
    "java\nscript:alert(1)",
    "https://exa\tmple.com",
    "https://example.com/a b",
    "https://example.com/\u0000",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:x",
    "file:///etc/passwd",
    "ftp://example.com",
    "//example.com",
    "/privacy",
    "#rights",
    "https:example.com",
    "https://",
    "https:///path",
    "mailto:",
    "tel:",
    "",
  ])("refuses %j", (url) => expect(isSafeLinkUrl(url)).toBe(false));
});

describe("isSafeImageUrl", () => {
  it("takes http(s) only", () => {
    expect(isSafeImageUrl("https://example.com/logo.png")).toBe(true);
    expect(isSafeImageUrl("mailto:a@example.com")).toBe(false);
    expect(isSafeImageUrl("data:image/png;base64,AAAA")).toBe(false);
  });
});
