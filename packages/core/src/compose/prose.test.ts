import { describe, expect, it } from "vitest";
import { policyOf, shop, usProvider } from "../../test/fixtures/compose/policies.js";
import type { ServiceInput } from "../model/service.js";
import { compose } from "./compose.js";
import { text } from "./inline.js";
import { paragraphsOf, withLinks } from "./prose.js";

describe("withLinks", () => {
  it("makes a URL in running text a link, leaving the sentence's full stop outside it", () => {
    expect(withLinks(text("Use the form at https://mailchimp.com/privacy-rights/."))).toEqual([
      { type: "text", value: "Use the form at " },
      { type: "link", url: "https://mailchimp.com/privacy-rights/", children: [{ type: "text", value: "https://mailchimp.com/privacy-rights/" }] },
      { type: "text", value: "." },
    ]);
  });

  it("keeps the language mark of untranslated text on every piece", () => {
    const pieces = withLinks({ type: "text", value: "See https://example.com now", data: { lang: "en" } });
    expect(pieces.filter((piece) => piece.type === "text").map((piece) => piece.data)).toEqual([{ lang: "en" }, { lang: "en" }]);
  });

  it("leaves text without a URL, and schemes other than http(s), as text", () => {
    expect(withLinks(text("Write to javascript:alert(1) or ftp://files.example"))).toEqual([
      { type: "text", value: "Write to javascript:alert(1) or ftp://files.example" },
    ]);
  });
});

describe("paragraphsOf", () => {
  it("gives a paragraph for each paragraph of a text, split at blank lines", () => {
    const blocks = paragraphsOf(text("First paragraph.\n\nSecond, with https://example.com.\n  \nThird."));
    expect(blocks.map((block) => block.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(blocks[1]).toMatchObject({ children: [{ value: "Second, with " }, { type: "link", url: "https://example.com/" }, { value: "." }] });
  });
});

describe("a service description in several paragraphs", () => {
  it("is composed as several paragraphs, not one with blank lines in it", () => {
    const description = { en: "We bake bread.\n\nWe also sell coffee.", de: "Wir backen Brot.\n\nWir verkaufen auch Kaffee." };
    const document = compose(policyOf([{ ...shop, description }]), { locale: "de" });
    const about = document.sections.find((section) => section.kind === "services")!.sections[0]!.sections[0]!;
    expect(about.content.slice(0, 2)).toEqual([
      { type: "paragraph", children: [{ type: "text", value: "Wir backen Brot." }] },
      { type: "paragraph", children: [{ type: "text", value: "Wir verkaufen auch Kaffee." }] },
    ]);
  });
});

describe("text the policy gives only in another language", () => {
  // Validation refuses such text in a policy of its own; it reaches compose from a catalog entry
  // with a text in English only, or from a Policy built by hand, as here.
  const service: ServiceInput = {
    id: "notes",
    processor: usProvider,
    purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
    data: ["user.name"],
    subjects: ["customer"],
    retention: { duration: "P1Y" },
  };
  const parsed = policyOf([service]);
  const [notes] = parsed.services;
  const policy = {
    ...parsed,
    services: [{ ...notes!, processor: { ...notes!.processor!, description: { en: "CloudNotes stores notes online." } } }],
  };
  const about = (locale: "en" | "de") =>
    compose(policy, { locale }).sections.find((section) => section.kind === "services")!.sections[0]!.sections[0]!.content[0];

  it("says so where it stands, in the document's language, and keeps its language mark", () => {
    expect(about("de")).toEqual({
      type: "paragraph",
      children: [
        { type: "text", value: "CloudNotes stores notes online.", data: { lang: "en" } },
        { type: "text", value: " (nur auf Englisch)" },
      ],
    });
    expect(about("en")).toEqual({ type: "paragraph", children: [{ type: "text", value: "CloudNotes stores notes online." }] });
  });
});

describe("a list item of several blocks", () => {
  it("is spread, so that its paragraphs stay paragraphs in every rendering (a transfer and what is said of it)", () => {
    const document = compose(policyOf([{ ...shop, transfers: [{ country: "IN", mechanism: "A46-2-c" }] }]), { locale: "en" });
    const transfers = document.sections.find((section) => section.kind === "transfers")!;
    const list = transfers.content.find((block) => block.type === "list");
    expect(list?.type === "list" && list.children.map((item) => [item.spread, item.children.length])).toEqual([[true, 2]]);
  });
});
