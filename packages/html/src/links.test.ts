import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compose, type PolicyDocument } from "@policy/core";
import { afterAll, describe, expect, it } from "vitest";
import { examplePolicy } from "../test/example.js";
import { elements, parse, textOf } from "../test/hast.js";
import { nuCheck } from "../test/nu-checker.js";
import { toHtml } from "./to-html.js";

const directory = mkdtempSync(join(tmpdir(), "policy-html-links-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const urls = [
  "HTTPS://EXAMPLE.COM/Privacy",
  "Http://example.com/a",
  "MAILTO:privacy@example.com",
  "TEL:+49301234",
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/relative",
] as const;

/** The example's document with a paragraph per URL: "Link: <url as text>." */
function documentWithLinks(): PolicyDocument {
  const document = compose(examplePolicy(), { locale: "en" });
  const [first, ...rest] = document.sections;
  const content = urls.map((url) => ({
    type: "paragraph" as const,
    children: [
      { type: "text" as const, value: "Link: " },
      { type: "link" as const, url, children: [{ type: "text" as const, value: url }] },
      { type: "text" as const, value: "." },
    ],
  }));
  return { ...document, sections: [{ ...first!, content, sections: [] }, ...rest] };
}

describe("links whatever their scheme's case", () => {
  const html = toHtml(documentWithLinks(), { standalone: true });
  const paragraphs = elements(parse(html, false), "p").filter((p) => textOf(p).startsWith("Link: "));

  it("keeps a web, e-mail or phone link written in upper case, its scheme in lower case and its text as written", () => {
    const links = paragraphs.slice(0, 4).map((p) => elements(p, "a")[0]);
    expect(links.map((link) => String(link?.properties.href).split(":")[0])).toEqual(["https", "http", "mailto", "tel"]);
    expect(links.map((link) => textOf(link!))).toEqual(urls.slice(0, 4));
    expect(links.map((link) => link!.properties.rel)).toEqual([["noopener", "noreferrer"], ["noopener", "noreferrer"], undefined, undefined]);
  });

  it("never leaves an <a> without href: a refused link is its text, plainly", () => {
    for (const link of elements(parse(html, false), "a")) expect(typeof link.properties.href).toBe("string");
    for (const [index, paragraph] of paragraphs.slice(4).entries()) {
      expect(elements(paragraph, "a")).toEqual([]);
      expect(textOf(paragraph)).toBe(`Link: ${urls[4 + index]}.`);
    }
  });

  it("passes the W3C Nu HTML Checker without errors", async () => {
    const file = join(directory, "links.html");
    writeFileSync(file, html);
    expect(await nuCheck([file])).toEqual([]);
  }, 60_000);
});
