import { compose, parsePolicy, type PolicyDocument, type PolicyInput } from "@policy/core";
import { describe, expect, it } from "vitest";
import { toMarkdown, type MarkdownOptions } from "../src/index.js";
import { checkAgainstDocument, commonmarkOutline, gfmOutline } from "./check-against-document.js";

// An e-mail autolink needs no letter after its `<`: CommonMark allows `|`, digits and most ASCII
// punctuation at the start of the address, so `<|@ntWYy3G>` is a mailto link in commonmark.js, in
// GFM and on GitHub. The property test in apps/pipeline (markdown-text.property.test.ts) tries
// many more such strings in every kind of text.

/** A policy whose one cookie has the name the fuzz run found (POLICY_FUZZ_SEED=441362790, run 236). */
function policyWithCookie(name: string) {
  const input: PolicyInput = {
    meta: { version: "1.0", effective: "2026-12-01" },
    locales: ["en", "de"],
    controller: {
      name: "Example GmbH",
      address: { street: "Hauptstraße 1", postalCode: "10115", city: "Berlin", country: "DE" },
      email: "privacy@example.com",
    },
    services: [
      {
        id: "website",
        name: { en: "Website", de: "Website" },
        purposes: [
          {
            purpose: "essential.service.operations.support",
            legalBasis: "A6-1-f",
            legitimateInterest: { en: "Keeping the site running.", de: "Die Website zu betreiben." },
          },
        ],
        data: ["user.name"],
        subjects: ["customer"],
        provision: { requirement: "voluntary" },
        retention: { duration: "P1Y" },
        deviceAccess: [
          {
            name,
            purpose: { en: "Keeps you signed in.", de: "Hält Sie angemeldet." },
            duration: "session",
            party: "first",
            ground: "strictly-necessary",
          },
        ],
      },
    ],
  };
  return parsePolicy(input);
}

const optionSets: readonly MarkdownOptions[] = [{}, { tables: false }];

describe.each(["en", "de"] as const)("a cookie named <|@ntWYy3G> (%s)", (locale) => {
  const policy = policyWithCookie("<|@ntWYy3G>");

  it.each(optionSets.map((options) => [JSON.stringify(options), options] as const))(
    "stays text, not a mailto link, with options %s",
    (_, options) => {
      const markdown = toMarkdown(policy, { locale, ...options });
      const mailto = (links: readonly { url: string }[]) =>
        links.filter((link) => link.url.startsWith("mailto:") && !link.url.includes("example.com"));
      expect(mailto(commonmarkOutline(markdown).links)).toEqual([]);
      expect(mailto(gfmOutline(markdown).links)).toEqual([]);
      expect(mailto(gfmOutline(markdown).cellLinks ?? [])).toEqual([]);
      expect(checkAgainstDocument(markdown, compose(policy, { locale }), options)).toEqual([]);
    },
  );

  it("is written with its < escaped, in the table cell before the escaped pipe too", () => {
    expect(toMarkdown(policy, { locale })).toContain("| \\<\\|@ntWYy3G> |");
    expect(toMarkdown(policy, { locale, tables: false })).toContain("- **\\<|@ntWYy3G>**\n");
  });
});

it("escapes a < before every character that can start an autolink, and only there", () => {
  const document = compose(policyWithCookie("x"), { locale: "en" });
  const texts = ["<1@a.b>", "<|@a>", "<.x@a>", "<+x@a>", "<x:y>", "<a@b>", "a < b", "a <", "<>", "<@a>", "< x@a>"];
  const withTexts: PolicyDocument = {
    ...document,
    sections: [
      {
        id: "rights",
        kind: "rights",
        title: "R",
        sections: [],
        content: texts.map((value) => ({ type: "paragraph" as const, children: [{ type: "text" as const, value }] })),
      },
    ],
  };
  const paragraphs = toMarkdown(withTexts).split("\n\n").slice(2);
  expect(paragraphs).toEqual([
    "\\<1\\@a.b>",
    "\\<|@a>",
    "\\<.x\\@a>",
    "\\<+x\\@a>",
    "\\<x:y>",
    "\\<a\\@b>",
    "a < b",
    "a <",
    "<>",
    "<@a>",
    "< x\\@a>\n",
  ]);
});
