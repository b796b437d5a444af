import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toHtml } from "../src/index.js";
import { axeViolations } from "./axe.js";
import { sharedChromium } from "./chromium.js";
import { hostilePagePolicy, rightToLeftOverride, unbrokenToken } from "./hostile-page-policy.js";
import { sidewaysOverflow } from "./layout.js";
import { nuCheck } from "./nu-checker.js";

// The acceptance test of issue 22: a policy with what breaks pages, rendered as the standalone page
// with its table of contents, is valid, accessible and fits a 320 px phone, in both languages.
const slow = 60_000;
const directory = mkdtempSync(join(tmpdir(), "policy-html-hostile-page-"));
const show = sharedChromium(slow);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const pages = (["en", "de"] as const).map((locale) => ({ locale, html: toHtml(hostilePagePolicy(), { locale, standalone: true, toc: true }) }));

describe("the hostile page policy", () => {
  it("has what breaks pages: right-to-left overrides, 300 characters without a space, long links", () => {
    for (const { html } of pages) {
      expect(html).toContain(rightToLeftOverride);
      expect(html).toContain(unbrokenToken);
      expect(html).toMatch(/href="https?:\/\/[^"]{300,}"/);
    }
  });
});

describe.each(pages)("the hostile page policy's page in $locale", ({ locale, html }) => {
  it(
    "has no errors in the W3C Nu HTML Checker",
    async () => {
      const file = join(directory, `hostile-page.${locale}.html`);
      writeFileSync(file, html);
      expect(await nuCheck([file])).toEqual([]);
    },
    slow,
  );

  it.each([
    { width: 320, colorScheme: "light" },
    { width: 320, colorScheme: "dark" },
    { width: 1280, colorScheme: "light" },
    { width: 1280, colorScheme: "dark" },
  ] as const)(
    "has no axe-core violations at $width px in the $colorScheme colour scheme",
    async ({ width, colorScheme }) => {
      const { page, close } = await show(html, { width, height: 800 });
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await close();
    },
    slow,
  );

  it(
    "does not scroll sideways at 320 px, and no element is wider than the screen",
    async () => {
      const { page, close } = await show(html, { width: 320, height: 640 });
      const overflow = await sidewaysOverflow(page);
      expect(overflow.clientWidth).toBe(320);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      expect(overflow.tooWide).toEqual([]);
      // Not even once the contents are open.
      await page.locator(".policy-toc summary").click();
      expect((await sidewaysOverflow(page)).tooWide).toEqual([]);
      await close();
    },
    slow,
  );
});
