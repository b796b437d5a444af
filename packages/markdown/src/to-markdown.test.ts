import type { PolicyDocument } from "@policy/core";
import { describe, expect, it } from "vitest";
import { checkAgainstDocument } from "../test/check-against-document.js";
import { smallDocument } from "../test/fixtures/small-document.js";
import { toMarkdown } from "./to-markdown.js";

const document = smallDocument("en");

describe("toMarkdown", () => {
  it("gives the same bytes every time, ending in one newline", () => {
    const first = toMarkdown(document, { toc: true, frontmatter: true });
    expect(toMarkdown(structuredClone(document), { toc: true, frontmatter: true })).toBe(first);
    expect(first.endsWith("\n")).toBe(true);
    expect(first.endsWith("\n\n")).toBe(false);
  });

  it("writes anchors inside the headings and links the table of contents to them", () => {
    const markdown = toMarkdown(document, { toc: true });
    expect(markdown).toContain('\n### <a id="service-video-meetings"></a>Video meetings with Zoom\n');
    expect(markdown).toContain("\n  - [Video meetings with Zoom](#service-video-meetings)\n");
  });

  it("starts with the front matter block", () => {
    expect(toMarkdown(document, { frontmatter: true })).toMatch(
      /^---\ntitle: "Privacy policy"\nlang: "en"\nversion: "1.0"\neffective: "2026-12-01"\nupdated: "2026-12-01"\n---\n\n# Privacy policy\n/,
    );
  });

  it("writes GFM tables, or lists with tables: false", () => {
    expect(toMarkdown(document)).toContain("| Video meetings with Zoom | Meetings with clients    | Art. 6(1)(b) GDPR | 30 days   | United States |");
    const lists = toMarkdown(document, { tables: false });
    expect(lists).not.toContain("|");
    expect(lists).toContain("- **Video meetings with Zoom**\n  - Purpose: Meetings with clients\n  - Legal basis: Art. 6(1)(b) GDPR\n");
  });

  it("writes a blank line in a paragraph's text as a hard break and one line ending as itself, never as a character reference", () => {
    const paragraph = (value: string) => ({ type: "paragraph" as const, children: [{ type: "text" as const, value }] });
    const withText: PolicyDocument = {
      ...document,
      sections: [
        {
          id: "rights",
          kind: "rights",
          title: "R",
          sections: [],
          content: [
            paragraph("First paragraph.\n\nSecond paragraph,\nwrapped by the author."),
            paragraph("Windows \r\n\r\n line endings \n"),
            { type: "list", ordered: false, children: [{ type: "listItem", children: [paragraph("In a list:\n\n# not a heading")] }] },
          ],
        },
      ],
    };
    const markdown = toMarkdown(withText);
    expect(markdown).toContain(
      "\nFirst paragraph.\\\nSecond paragraph,\nwrapped by the author.\n\nWindows\\\nline endings\n\n- In a list:\\\n  \\# not a heading\n",
    );
    expect(markdown).not.toMatch(/&#x[AD];/);
  });

  it("keeps headings and table cells on one line: a line break there becomes a space", () => {
    const cell = (value: string) => ({ type: "tableCell" as const, children: [{ type: "text" as const, value }] });
    const withText: PolicyDocument = {
      ...document,
      sections: [
        {
          id: "rights",
          kind: "rights",
          title: "Two\nlines",
          sections: [],
          content: [
            { type: "heading", depth: 1, children: [{ type: "text", value: "A heading\r\n\r\nin two paragraphs" }] },
            { type: "table", children: [{ type: "tableRow", children: [cell("a\n\nb"), cell("c\nd")] }] },
          ],
        },
      ],
    };
    const markdown = toMarkdown(withText);
    expect(markdown).toContain('\n## <a id="rights"></a>Two lines\n\n### A heading in two paragraphs\n\n| a b | c d |\n| --- | --- |\n');
  });

  it("writes a link whose text is its URL as [text](url) in a table cell when the URL has a |, which an autolink could only show as %7C", () => {
    const url = "https://example.com/a|b";
    const link = { type: "link" as const, url, children: [{ type: "text" as const, value: url }] };
    const withLinks: PolicyDocument = {
      ...document,
      sections: [
        {
          id: "rights",
          kind: "rights",
          title: "R",
          sections: [],
          content: [
            { type: "paragraph", children: [link] },
            { type: "table", children: [{ type: "tableRow", children: [{ type: "tableCell", children: [link] }] }] },
          ],
        },
      ],
    };
    const markdown = toMarkdown(withLinks);
    expect(markdown).toContain("\n<https://example.com/a|b>\n");
    expect(markdown).toContain("\n| [https://example.com/a\\|b](https://example.com/a\\|b) |\n");
    expect(checkAgainstDocument(markdown, withLinks)).toEqual([]);
  });

  it("keeps bare URLs, www addresses, e-mail addresses and tildes in text from turning into links or strikethrough", () => {
    const withText: PolicyDocument = {
      ...document,
      sections: [
        {
          id: "rights",
          kind: "rights",
          title: "R",
          sections: [],
          content: [{ type: "paragraph", children: [{ type: "text", value: "https://a.example www.a.example a@a.example ~~x~~" }] }],
        },
      ],
    };
    expect(toMarkdown(withText)).toContain("https\\://a.example www\\.a.example a\\@a.example \\~\\~x\\~\\~");
  });
});
