import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { locales } from "@policy/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toHtml } from "../src/index.js";
import { axeViolations } from "./axe.js";
import { launchChromium } from "./chromium.js";
import { examplePage, examplePolicy } from "./example.js";
import { sidewaysOverflow } from "./layout.js";
import { xssPolicy } from "./xss-policy.js";

// The pages in a real browser: Debian's Chromium, headless, driven by playwright-core.
const slow = 60_000;
let browser: Browser;
const directory = mkdtempSync(join(tmpdir(), "policy-html-browser-"));

beforeAll(async () => {
  browser = await launchChromium();
}, slow);

afterAll(async () => {
  await browser?.close();
  rmSync(directory, { recursive: true, force: true });
});

/** Opens a file in a fresh page and records every request, dialog and call of `__xss` it makes. */
async function open(file: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  const xssCalls: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeBinding("__xss", (_source, ...args: unknown[]) => void xssCalls.push(JSON.stringify(args)));
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: "load" });
  return { page, context, url, requests, dialogs, xssCalls };
}

function write(name: string, html: string): string {
  const file = join(directory, name);
  writeFileSync(file, html);
  return file;
}

describe.each(locales)("the example's page in %s", (locale) => {
  const file = write(`example.${locale}.html`, examplePage(locale));

  it.each(["light", "dark"] as const)(
    "has no axe-core violations in the %s colour scheme",
    async (colorScheme) => {
      const { page, context } = await open(file);
      await page.emulateMedia({ colorScheme });
      // Every rule axe runs by default: WCAG 2.x A and AA, and its best practices.
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
    slow,
  );

  it(
    "makes no request but for the page itself, and has no horizontal scrolling at 375 px, not even inside a table",
    async () => {
      const { page, context, url, requests } = await open(file, { width: 375, height: 812 });
      expect(requests).toEqual([url]);
      const overflow = await sidewaysOverflow(page);
      expect(overflow.clientWidth).toBe(375);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      expect(overflow.tooWide).toEqual([]);
      const regions = await page.evaluate(() =>
        [...document.querySelectorAll(".policy-table")].map((region) => region.scrollWidth - region.clientWidth),
      );
      expect(regions).toEqual(regions.map(() => 0));
      await context.close();
    },
    slow,
  );

  it(
    "follows the reader's colour scheme",
    async () => {
      const { page, context } = await open(file);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.emulateMedia({ colorScheme: "light" });
      expect(await background()).toBe("rgb(255, 255, 255)");
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await background()).toBe("rgb(20, 20, 20)");
      await context.close();
    },
    slow,
  );

  it(
    "prints in black on white, without the table of contents, with tables at full length",
    async () => {
      const { page, context } = await open(file, { width: 794, height: 1123 }); // A4 at 96 dpi
      await page.emulateMedia({ media: "print", colorScheme: "dark" });
      const print = await page.evaluate(() => {
        const region = document.querySelector(".policy-table")!;
        return {
          nav: getComputedStyle(document.querySelector("nav")!).display,
          text: getComputedStyle(document.body).color,
          background: getComputedStyle(document.body).backgroundColor,
          link: getComputedStyle(document.querySelector("section a")!).color,
          tableFits: region.scrollWidth <= region.clientWidth,
          pageFits: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        };
      });
      expect(print).toEqual({
        nav: "none",
        text: "rgb(0, 0, 0)",
        background: "rgb(255, 255, 255)",
        link: "rgb(0, 0, 0)",
        tableFits: true,
        pageFits: true,
      });
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      await context.close();
    },
    slow,
  );
});

it(
  "sets the right to object apart: a border and a background no other section has",
  async () => {
    const { page, context } = await open(write("example-objection.en.html", examplePage("en")));
    const styles = await page.evaluate(() =>
      [...document.querySelectorAll("section")].map((section) => {
        const style = getComputedStyle(section);
        return { id: section.id, border: style.borderTopStyle, background: style.backgroundColor };
      }),
    );
    const objection = styles.find((style) => style.id === "objection")!;
    expect(objection.border).toBe("solid");
    expect(objection.background).not.toBe("rgba(0, 0, 0, 0)");
    expect(
      styles.filter((style) => style.id !== "objection").every((style) => style.border === "none" && style.background === "rgba(0, 0, 0, 0)"),
    ).toBe(true);
    await context.close();
  },
  slow,
);

it(
  "keeps a very long unbroken name from widening the page at 375 px",
  async () => {
    const policy = examplePolicy();
    const longName = `${"Datenschutzgrundverordnungskonformitätsprüfung".repeat(8)}@example`;
    const [first, ...rest] = policy.services;
    const file = write(
      "long-name.html",
      toHtml({ ...policy, services: [{ ...first!, name: { en: longName, de: longName } }, ...rest] }, { locale: "de", standalone: true, toc: true }),
    );
    const { page, context } = await open(file, { width: 375, height: 812 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await context.close();
  },
  slow,
);

describe("a policy with an XSS payload in every string field", () => {
  const { policy } = xssPolicy();
  const fragmentShell = (fragment: string) =>
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>No CSP here</title>\n</head>\n<body>\n<main>\n${fragment}</main>\n</body>\n</html>\n`;
  const pages = (["en", "de"] as const).flatMap((locale) => [
    // The standalone page, with its Content-Security-Policy...
    { name: `xss.${locale}.html`, html: toHtml(policy, { locale, standalone: true, toc: true }) },
    // ...and the fragment in a page without one: escaping alone must hold.
    { name: `xss.${locale}.fragment.html`, html: fragmentShell(toHtml(policy, { locale, toc: true })) },
  ]);

  it.each(pages)(
    "$name runs no script, opens no dialog and makes no request",
    async ({ name, html }) => {
      const { page, context, url, requests, dialogs, xssCalls } = await open(write(name, html));
      await page.waitForTimeout(200); // let any injected handler (onload, onerror) fire
      await page.mouse.move(10, 10);
      await page.mouse.move(300, 600);
      expect(xssCalls).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([url]);
      const injected = await page.evaluate(
        () =>
          document.querySelectorAll("script, img, svg, iframe, textarea, object, embed, form, input, [onerror], [onload], [onclick], [style]").length,
      );
      expect(injected).toBe(0);
      const hrefs = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((link) => link.getAttribute("href")!));
      for (const href of hrefs) expect(href).toMatch(/^(#|https?:\/\/|mailto:|tel:)/);
      // The payload is there, as text a reader can see.
      expect(await page.evaluate(() => document.body.textContent)).toContain("<script>__xss()</script>");
      await context.close();
    },
    slow,
  );
});
