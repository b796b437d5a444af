import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { translatedLocales } from "@policy/core";
import { afterAll, describe, expect, it } from "vitest";
import { hostileDocument } from "../../markdown/test/fixtures/hostile.js";
import { hostilePolicy } from "../../markdown/test/fixtures/hostile-policy.js";
import { toHtml } from "../src/index.js";
import { californiaPolicy, changeNoticePage, examplePage, examplePolicy } from "./example.js";
import { nuCheck } from "./nu-checker.js";

// The W3C Nu HTML Checker, run on the example's pages, its fragments and on the hostile
// corpus. A fragment is checked inside the smallest valid page around it, which adds no errors.
const directory = mkdtempSync(join(tmpdir(), "policy-html-nu-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function inPage(fragment: string, lang: string): string {
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>Fragment</title>\n</head>\n<body>\n<main>\n${fragment}</main>\n</body>\n</html>\n`;
}

function write(name: string, html: string): string {
  const file = join(directory, name);
  writeFileSync(file, html);
  return file;
}

const slow = 60_000;

describe("the W3C Nu HTML Checker", () => {
  it(
    "reports no errors and no warnings on the example's pages and fragments, in English and German, with the section for California residents and the change notice too",
    async () => {
      const files = (["en", "de"] as const).flatMap((locale) => [
        write(`example.${locale}.html`, examplePage(locale)),
        write(`example.${locale}.fragment-page.html`, inPage(toHtml(examplePolicy(), { locale, toc: true }), locale)),
        // With the section for California residents (in German, the section that points to it).
        write(`california.${locale}.html`, toHtml(californiaPolicy(), { locale, standalone: true, toc: true })),
        // The notice of what changed between two versions of the example.
        write(`changes.${locale}.html`, changeNoticePage(locale)),
      ]);
      expect(await nuCheck(files, { warnings: true })).toEqual([]);
    },
    slow,
  );

  it(
    "reports no errors and no warnings on the example's pages in every other language",
    async () => {
      expect(translatedLocales).toEqual(["fr", "it", "es", "nl", "pl"]);
      const files = translatedLocales.flatMap((locale) => [
        write(`example.${locale}.html`, examplePage(locale)),
        write(`example.${locale}.fragment-page.html`, inPage(toHtml(examplePolicy(), { locale, toc: true }), locale)),
      ]);
      expect(await nuCheck(files, { warnings: true })).toEqual([]);
    },
    slow,
  );

  it(
    "reports no errors on pages full of hostile names, in every option set",
    async () => {
      const files = [
        write("hostile-document.html", toHtml(hostileDocument(), { standalone: true, toc: true })),
        write("hostile-document-offset.html", inPage(toHtml(hostileDocument(), { headingOffset: 5, toc: { depth: 1 } }), "en")),
        write("hostile-policy.en.html", toHtml(hostilePolicy(), { locale: "en", standalone: true, toc: true })),
        write("hostile-policy.de.html", toHtml(hostilePolicy(), { locale: "de", standalone: true })),
      ];
      expect(await nuCheck(files)).toEqual([]);
    },
    slow,
  );

  it(
    "does report errors, so a clean result means something",
    async () => {
      const file = write("broken.html", "<!doctype html><html><head><title>x</title></head><body><p><div>no lang, div in p</p></body></html>");
      const messages = await nuCheck([file]);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.every((message) => message.type === "error")).toBe(true);
    },
    slow,
  );
});
