import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compose, type PolicySection } from "@policy/core";
import { toMarkdown } from "@policy/markdown";
import { afterAll, describe, expect, it } from "vitest";
import { examplePolicy } from "../test/example.js";
import { byId, elements, parse, textOf } from "../test/hast.js";
import { nuCheck } from "../test/nu-checker.js";
import { HtmlOptionsError } from "./options.js";
import { toHtml } from "./to-html.js";

const policy = examplePolicy();
const directory = mkdtempSync(join(tmpdir(), "policy-html-index-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function allSections(sections: readonly PolicySection[]): PolicySection[] {
  return sections.flatMap((section) => [section, ...allSections(section.sections)]);
}

describe("toHtml with index: true", () => {
  it("shows no index unless asked, also for a document composed with one", () => {
    const plain = toHtml(policy, { locale: "en", toc: true });
    expect(toHtml(compose(policy, { locale: "en", index: true }), { toc: true })).toBe(plain);
    expect(plain).not.toContain("data-index");
  });

  describe.each(["en", "de"] as const)("in %s", (locale) => {
    const document = compose(policy, { locale, index: true });
    const fragment = parse(toHtml(policy, { locale, index: true, toc: true }), true);

    it("adds a <section> per index, entry and service after the text's, with compose's ids, as the Markdown anchors", () => {
      const ids = elements(fragment, "section").map((section) => section.properties.id);
      expect(ids).toEqual(allSections([...document.sections, ...document.index!]).map((section) => section.id));
      const anchors = [...toMarkdown(policy, { locale, index: true }).matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]);
      expect(ids).toEqual(anchors);
      expect(byId(fragment, "data-index")!.properties.className).toEqual(["policy-data-index"]);
      expect(byId(fragment, "transfers-index--us")!.properties.className).toEqual(["policy-transfers-index-country"]);
      expect(textOf(byId(fragment, "transfers-index__heading")!)).toBe(locale === "en" ? "Where does the data go?" : "Wohin gehen die Daten?");
    });

    it("names every landmark distinctly: a service under many entries is named with its entry", () => {
      const names = elements(fragment, "section").map((section) =>
        (section.properties.ariaLabelledBy as string[]).map((id) => textOf(byId(fragment, id)!)).join(" "),
      );
      expect(new Set(names).size).toBe(names.length);
      expect(byId(fragment, "data-index--user-contact-email--video-meetings")!.properties.ariaLabelledBy).toEqual([
        "data-index--user-contact-email__heading",
        "data-index--user-contact-email--video-meetings__heading",
      ]);
    });

    it("never skips a heading level, and lists the index in the table of contents", () => {
      const ranks = elements(fragment)
        .filter((element) => /^h[1-6]$/.test(element.tagName))
        .map((element) => Number(element.tagName[1]));
      for (let index = 1; index < ranks.length; index++) expect(ranks[index]!).toBeLessThanOrEqual(ranks[index - 1]! + 1);
      const links = elements(elements(fragment, "nav")[0]!, "a").map((link) => link.properties.href);
      expect(links).toContain("#data-index");
      expect(links).toContain("#transfers-index--us");
    });
  });

  it("needs a document that has its index", () => {
    expect(() => toHtml(compose(policy, { locale: "en" }), { index: true })).toThrow(HtmlOptionsError);
    expect(() => toHtml(compose(policy, { locale: "en" }), { index: true })).toThrow(/^index needs the document's index/);
    expect(toHtml(compose(policy, { locale: "de", index: true }), { index: true })).toBe(toHtml(policy, { locale: "de", index: true }));
  });

  it("passes the W3C Nu HTML Checker without errors or warnings, as a page and as a fragment", async () => {
    const files = (["en", "de"] as const).flatMap((locale) => {
      const page = join(directory, `index.${locale}.html`);
      writeFileSync(page, toHtml(policy, { locale, index: true, toc: true, standalone: true }));
      const fragment = join(directory, `index.${locale}.fragment.html`);
      const body = toHtml(policy, { locale, index: true, headingOffset: 1 });
      writeFileSync(
        fragment,
        `<!doctype html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n<title>Fragment</title>\n</head>\n<body>\n<main>\n<h1>Page</h1>\n${body}</main>\n</body>\n</html>\n`,
      );
      return [page, fragment];
    });
    expect(await nuCheck(files, { warnings: true })).toEqual([]);
  }, 60_000);
});
