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

  it.each(["HTTPS://EXAMPLE.COM/", "Https://example.com/a", "MAILTO:privacy@example.com", "TEL:+49301234567"])(
    "reads the scheme in any case: keeps %s",
    (url) => expect(isSafeLinkUrl(url)).toBe(true),
  );

  it.each(["https://www.datenschutz-berlin.de@evil.example/phish", "https://user:secret@example.com/", "HTTPS://@evil.example/"])(
    "refuses a user name or password before the host, as validation does: %j",
    (url) => expect(isSafeLinkUrl(url)).toBe(false),
  );

  it.each([
    "https://example.com/\u202Efdp.exe",
    "https://exa\u200Bmple.com/",
    "https://example.com/\u2066x\u2069",
    "mailto:privacy\u202E@example.com",
    "tel:+49\u200B301234567",
  ])("refuses bidi controls and invisible format characters, as validation does: %j", (url) => expect(isSafeLinkUrl(url)).toBe(false));

  it.each(['https://example.com/a"b', "https://example.com/<script>", "https://example.com/?q=\\x", 'mailto:"a"@example.com'])(
    'refuses <, >, " and \\, which a link core composes has percent-encoded: %j',
    (url) => expect(isSafeLinkUrl(url)).toBe(false),
  );

  it("keeps an @ after the host, which is part of the path", () => {
    expect(isSafeLinkUrl("https://example.com/@team")).toBe(true);
    expect(isSafeLinkUrl("mailto:privacy@example.com")).toBe(true);
  });

  it("refuses a web link the URL parser cannot read", () => {
    expect(isSafeLinkUrl("https://[::1")).toBe(false);
    expect(isSafeLinkUrl("https://example.com:99999/")).toBe(false);
  });
});

describe("isSafeImageUrl", () => {
  it("takes http(s) only", () => {
    expect(isSafeImageUrl("https://example.com/logo.png")).toBe(true);
    expect(isSafeImageUrl("mailto:a@example.com")).toBe(false);
    expect(isSafeImageUrl("data:image/png;base64,AAAA")).toBe(false);
  });

  it("reads the scheme in any case, and refuses what a link may not have", () => {
    expect(isSafeImageUrl("HTTPS://example.com/logo.png")).toBe(true);
    expect(isSafeImageUrl("https://user@example.com/logo.png")).toBe(false);
    expect(isSafeImageUrl("https://example.com/\u200Blogo.png")).toBe(false);
    expect(isSafeImageUrl('https://example.com/"logo.png')).toBe(false);
  });
});
