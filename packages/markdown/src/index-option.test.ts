import { compose, parsePolicy, type PolicyDocument } from "@policy/core";
import { describe, expect, it } from "vitest";
import { checkAgainstDocument } from "../test/check-against-document.js";
import { MarkdownOptionsError } from "./options.js";
import { toMarkdown } from "./to-markdown.js";

// A policy with a transfer, so both indexes have entries.
const policy = parsePolicy({
  meta: { version: "1.0", effective: "2026-12-01" },
  locales: ["en", "de"],
  controller: { name: "Example GmbH", address: { street: "Hauptstraße 1", postalCode: "10115", city: "Berlin", country: "DE" } },
  services: [
    {
      id: "chat",
      name: { en: "Website chat", de: "Website-Chat" },
      processor: {
        id: "chatco",
        name: "ChatCo",
        entity: { name: "ChatCo, Inc.", address: { street: "1 Main St", city: "Austin", country: "US" } },
        description: { en: "Chat for websites.", de: "Chat für Websites." },
        retention: { duration: "P1Y" },
        transfers: [{ country: "US", mechanism: "A46-2-c", safeguards: "https://chat.example/scc" }],
      },
      purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
      data: ["user.name", "user.contact.email"],
      subjects: ["customer"],
    },
  ],
});

const anchors = (markdown: string) => [...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]);
/** The document as `index: true` renders it: the index's sections after the text's. */
const shown = (document: PolicyDocument): PolicyDocument => ({ ...document, sections: [...document.sections, ...(document.index ?? [])] });

describe("toMarkdown with index: true", () => {
  it("shows no index unless asked, also for a document composed with one", () => {
    const plain = toMarkdown(policy, { locale: "en" });
    expect(plain).toBe(toMarkdown(compose(policy, { locale: "en" })));
    expect(toMarkdown(compose(policy, { locale: "en", index: true }))).toBe(plain);
    expect(plain).not.toContain("data-index");
  });

  it("adds the index after the text: each index, its entries and their services as headings with their ids", () => {
    const markdown = toMarkdown(policy, { locale: "en", index: true });
    expect(markdown.startsWith(toMarkdown(policy, { locale: "en" }).trimEnd())).toBe(true);
    expect(anchors(markdown).slice(anchors(toMarkdown(policy, { locale: "en" })).length)).toEqual([
      "data-index",
      "data-index--user-contact-email",
      "data-index--user-contact-email--chat",
      "data-index--user-name",
      "data-index--user-name--chat",
      "transfers-index",
      "transfers-index--us",
      "transfers-index--us--chat",
    ]);
    expect(markdown).toContain('## <a id="data-index"></a>Which services process this data?\n');
    expect(markdown).toContain('#### <a id="transfers-index--us--chat"></a>Website chat\n\n- **Recipient:** ChatCo, Inc.\n');
    expect(markdown).toContain("- **Details:** <https://chat.example/scc>\n");
    expect(toMarkdown(policy, { locale: "de", index: true })).toContain('## <a id="transfers-index"></a>Wohin gehen die Daten?\n');
  });

  it("lists the index in the table of contents, and parses back to the document's headings and links", () => {
    for (const locale of ["en", "de"] as const) {
      const options = { toc: true, tables: false, headingOffset: 1 } as const;
      const markdown = toMarkdown(policy, { locale, index: true, ...options });
      expect(markdown).toContain("(#data-index)");
      expect(checkAgainstDocument(markdown, shown(compose(policy, { locale, index: true })), options)).toEqual([]);
    }
  });

  it("needs a document that has its index", () => {
    const error = (() => {
      try {
        toMarkdown(compose(policy, { locale: "en" }), { index: true });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(MarkdownOptionsError);
    expect((error as MarkdownOptionsError).option).toBe("index");
    expect((error as Error).message).toMatch(/^index needs the document's index/);
    expect(toMarkdown(compose(policy, { locale: "en", index: true }), { index: true })).toBe(toMarkdown(policy, { locale: "en", index: true }));
  });
});
