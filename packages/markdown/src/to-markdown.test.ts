import type { PolicyDocument } from "@policy/core";
import { describe, expect, it } from "vitest";
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
