import { describe, expect, it } from "vitest";
import { toMarkdown } from "../src/index.js";
import { checkAgainstDocument, commonmarkOutline, gfmOutline } from "./check-against-document.js";
import { smallDocument } from "./fixtures/small-document.js";

// The check must fail when the Markdown is wrong, or a passing corpus test proves nothing.
const document = smallDocument("en");
const markdown = toMarkdown(document, { toc: true, frontmatter: true });
const check = (tampered: string) => checkAgainstDocument(tampered, document, { toc: true, frontmatter: true });

describe("checkAgainstDocument", () => {
  it("passes the renderer's own output", () => {
    expect(check(markdown)).toEqual([]);
  });

  it.each([
    ["a heading's text changes", (md: string) => md.replace("Who is responsible", "Who is in charge")],
    ["a heading's level changes", (md: string) => md.replace('### <a id="controller">', '#### <a id="controller">')],
    ["an anchor is missing", (md: string) => md.replace('<a id="rights"></a>', "")],
    ["an anchor has another id", (md: string) => md.replace('<a id="rights"></a>', '<a id="your-rights"></a>')],
    ["a heading is gone", (md: string) => md.replace('## <a id="contact"></a>Contact\n\n', "")],
    ["a link goes elsewhere", (md: string) => md.replace("(tel:+49301234567)", "(tel:+49301234568)")],
    ["a link's text changes", (md: string) => md.replace("[privacy policy]", "[privacy statement]")],
    ["a link is added", (md: string) => md.replace("Your IP address", "Your [IP address](https://evil.example)")],
    ["raw HTML gets in", (md: string) => md.replace("Your IP address", "Your <b>IP</b> address")],
    ["an HTML block gets in", (md: string) => md.replace('## <a id="rights">', '<div>x</div>\n\n## <a id="rights">')],
    ["a table cell changes", (md: string) => md.replace("| 30 days   |", "| 60 days   |")],
    ["a table breaks", (md: string) => md.replace("| Contact form ", "Contact form\n| ")],
    ["a table cell holds an autolink once GitHub removes the escape of its pipe", (md: string) => md.replace("| 30 days   |", "| <\\|@a>   |")],
    ["the front matter loses a field", (md: string) => md.replace('version: "1.0"\n', "")],
    ["the front matter changes a value", (md: string) => md.replace('updated: "2026-12-01"', 'updated: "2026-12-02"')],
  ])("fails when %s", (_, tamper) => {
    const tampered = tamper(markdown);
    expect(tampered).not.toBe(markdown);
    expect(check(tampered)).not.toEqual([]);
  });
});

describe("the outlines", () => {
  it("read headings with level, text and anchor in both parsers", () => {
    const expected = { depth: 3, text: "Who is responsible", html: '<a id="controller"></a>' };
    expect(commonmarkOutline(markdown).headings).toContainEqual(expected);
    expect(gfmOutline(markdown).headings).toContainEqual(expected);
  });

  it("read mailto and tel links, and tables only with GFM", () => {
    const links = commonmarkOutline(markdown).links;
    expect(links).toContainEqual({ url: "mailto:datenschutz@lindenberg-ohm.example", text: "datenschutz@lindenberg-ohm.example" });
    expect(links).toContainEqual({ url: "tel:+49301234567", text: "+49 30 1234567" });
    expect(commonmarkOutline(markdown).tables).toBeUndefined();
    expect(gfmOutline(markdown).tables?.[0]?.[1]).toEqual([
      "Video meetings with Zoom",
      "Meetings with clients",
      "Art. 6(1)(b) GDPR",
      "30 days",
      "United States",
    ]);
  });
});
