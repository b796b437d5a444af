import { describe, expect, it } from "vitest";
import { EmailSchema, HttpUrlSchema, PhoneSchema } from "./scalars.js";

/** The messages zod gives for a value, or the parsed value when there are none. */
function parse(url: unknown): { readonly data?: string; readonly messages?: string[] } {
  const result = HttpUrlSchema.safeParse(url);
  return result.success ? { data: result.data } : { messages: result.error.issues.map((issue) => issue.message) };
}

describe("HttpUrlSchema", () => {
  it("stores the URL as the URL parser writes it: scheme and host in lower case, the host in punycode, a bare host ending in /", () => {
    expect(parse("HTTPS://Example.COM/Privacy").data).toBe("https://example.com/Privacy");
    expect(parse("Http://www.example.com").data).toBe("http://www.example.com/");
    expect(parse("https://bücher.example/a b").data).toBe("https://xn--bcher-kva.example/a%20b");
    expect(parse("https://example.com/already/normal?x=1#top").data).toBe("https://example.com/already/normal?x=1#top");
  });

  it("takes a stored link unchanged, since compose checks every link it makes again", () => {
    for (const url of ["HTTPS://Example.COM", 'https://bücher.example/a"b<c>\\d?q=\\x|y#f`g']) {
      const stored = parse(url).data!;
      expect(parse(stored).data, url).toBe(stored);
    }
  });

  it('percent-encodes <, " and \\ wherever they stand, so no renderer writes them into an href', () => {
    // The parser turns a backslash in the path into "/" (as browsers do), and leaves it in a query or fragment.
    expect(parse('https://example.com/a"b<c>\\d?q="<x>\\y|z#f\\g').data).toBe("https://example.com/a%22b%3Cc%3E/d?q=%22%3Cx%3E%5Cy%7Cz#f%5Cg");
  });

  it("refuses a user name or password before the host, saying where the link really leads", () => {
    for (const url of [
      "https://www.datenschutz-berlin.de@evil.example/phish",
      "https://user:secret@example.com/",
      "https://:secret@example.com/",
      "https://@evil.example/",
      "HTTPS://\\\\www.datenschutz-berlin.de@evil.example/",
    ]) {
      const { messages } = parse(url);
      expect(messages, url).toHaveLength(1);
      expect(messages?.[0], url).toMatch(
        /^links must not contain a user name or password before "@": .* this link leads to (evil\.example|example\.com)\. Write/,
      );
    }
    expect(parse("https://example.com/@team").data).toBe("https://example.com/@team");
  });

  it("refuses bidi controls and invisible format characters, naming the character and where it is", () => {
    for (const [url, character, position] of [
      ["https://example.com/\u202Efdp.exe", "U+202E", 21],
      ["https://exa\u200Bmple.com/", "U+200B", 12],
      ["https://example.com/\u2066x\u2069", "U+2066", 21],
      ["\uFEFFhttps://example.com/", "U+FEFF", 1],
      ["https://example.com/\u{E0041}", "U+E0041", 21],
    ] as const) {
      expect(parse(url).messages, url).toEqual([
        `the link contains an invisible formatting character (${character}) at character ${position}, which can make the text look different from what it is: delete it (retype the value if you cannot find it)`,
      ]);
    }
  });

  it("refuses javascript:, ftp: and every scheme but http and https, in any case", () => {
    expect(parse("javascript:alert(1)").messages).toEqual(['links may only use http or https, not "javascript:"']);
    expect(parse("JavaScript:alert(1)").messages).toEqual(['links may only use http or https, not "javascript:"']);
    expect(parse("ftp://files.example.com/").messages).toEqual(['links may only use http or https, not "ftp:"']);
    expect(parse("data:text/html,<script>").messages).toEqual(['links may only use http or https, not "data:"']);
  });

  it("refuses what the parser would silently change or cannot read", () => {
    expect(parse("https://exa\tmple.com/").messages?.[0]).toContain("control character");
    expect(parse("https://example.com/\na").messages?.[0]).toContain("control character");
    expect(parse(" https://example.com/").messages).toEqual(["remove the spaces before or after the link"]);
    for (const url of ["https:example.com", "https:///path", "https://localhost/", "https://exa mple.com/", "https://[::1", "example.com"]) {
      expect(parse(url).messages?.[0], url).toMatch(/is not a valid http\(s\) URL: write the whole address, like https:\/\/example\.com\/privacy$/);
    }
    expect(parse(42).messages).toHaveLength(1);
  });
});

describe("EmailSchema", () => {
  it("takes ordinary addresses, with hyphens, dots and plus inside", () => {
    for (const address of ["datenschutz@lindenberg-ohm.example", "x.y+z@sub.dom-ain.de", "a_b@b.example"]) {
      expect(EmailSchema.safeParse(address).success, address).toBe(true);
    }
  });

  it("refuses a domain label that starts or ends with a hyphen, which no host name has (and CommonMark would not link)", () => {
    for (const address of ["a@b-.example", "a@-b.example", "a@b.-c.example"]) {
      expect(EmailSchema.safeParse(address).success, address).toBe(false);
    }
  });

  it("refuses what is not an address", () => {
    for (const address of ["datenschutz@", "@example.com", "a@localhost", "a b@example.com"]) {
      expect(EmailSchema.safeParse(address).success, address).toBe(false);
    }
  });

  it("refuses bidi controls and invisible format characters", () => {
    for (const address of ["privacy\u202E@example.com", "privacy@exa\u200Bmple.com", "\u2066privacy@example.com\u2069"]) {
      expect(EmailSchema.safeParse(address).success, address).toBe(false);
    }
  });
});

describe("PhoneSchema", () => {
  it("refuses bidi controls and invisible format characters", () => {
    expect(PhoneSchema.safeParse("+49 30 1234567").success).toBe(true);
    for (const phone of ["+49 30\u202E 1234567", "+49\u200B30 1234567", "\u2067+49 30 1234567"]) {
      expect(PhoneSchema.safeParse(phone).success, phone).toBe(false);
    }
  });
});
