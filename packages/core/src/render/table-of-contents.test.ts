import { describe, expect, it } from "vitest";
import type { PolicyDocument, PolicySection } from "../compose/document.js";
import { defaultLabels } from "./labels.js";
import { tableOfContents } from "./table-of-contents.js";

const section = (id: string, title: string, sections: PolicySection[] = [], titleLang?: "en"): PolicySection => ({
  id,
  kind: "rights",
  title,
  ...(titleLang === undefined ? {} : { titleLang }),
  content: [],
  sections,
});
const document = (language: "en" | "de", sections: PolicySection[]): PolicyDocument => ({
  meta: { title: "T", language, version: "1", effective: "2026-01-01", updated: "2026-01-01", controller: "C" },
  sections,
});
const sections = [
  section("services", "Services", [section("service-zoom", "Zoom", [section("service-zoom--data", "Data")], "en")]),
  section("rights", "Your\nrights"),
];

describe("tableOfContents", () => {
  it("lists the sections as deep as asked, with their ids and titles as the document has them", () => {
    expect(tableOfContents(document("en", sections), { depth: 2 })).toEqual({
      title: "Contents",
      entries: [
        { id: "services", title: "Services", entries: [{ id: "service-zoom", title: "Zoom", titleLang: "en", entries: [] }] },
        { id: "rights", title: "Your\nrights", entries: [] },
      ],
    });
    expect(tableOfContents(document("en", sections), { depth: 1 }).entries.map((entry) => [entry.id, entry.entries.length])).toEqual([
      ["services", 0],
      ["rights", 0],
    ]);
    expect(tableOfContents(document("en", sections), { depth: 6 }).entries[0]?.entries[0]?.entries).toEqual([
      { id: "service-zoom--data", title: "Data", entries: [] },
    ]);
  });

  it("is headed by the title asked for, else the default label in the document's language", () => {
    expect(tableOfContents(document("de", sections), { depth: 1 }).title).toBe("Inhalt");
    expect(tableOfContents(document("de", sections), { depth: 1, title: undefined }).title).toBe(defaultLabels.de.contents);
    expect(tableOfContents(document("de", sections), { depth: 1, title: "Auf dieser Seite" }).title).toBe("Auf dieser Seite");
  });

  it("has no entries for a document without sections", () => {
    expect(tableOfContents(document("en", []), { depth: 2 })).toEqual({ title: "Contents", entries: [] });
  });
});

describe("defaultLabels", () => {
  it("has the words renderers add, in every language", () => {
    expect(defaultLabels).toEqual({
      en: { contents: "Contents" },
      de: { contents: "Inhalt" },
      fr: { contents: "Sommaire" },
      it: { contents: "Indice" },
      es: { contents: "Índice" },
      nl: { contents: "Inhoud" },
      pl: { contents: "Spis treści" },
    });
  });
});
