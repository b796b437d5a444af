import { type Locale, locales } from "@policy/core";
import { describe, expect, it } from "vitest";
import { toHtml } from "../src/index.js";
import { sharedChromium } from "./chromium.js";
import { examplePage, examplePolicy } from "./example.js";
import { sidewaysOverflow } from "./layout.js";

const slow = 60_000;
const show = sharedChromium(slow);

/** The cookie table's purpose column, in each language. */
const purposeHeader: Record<Locale, string> = {
  en: "Purpose",
  de: "Zweck",
  fr: "Finalité",
  it: "Finalità",
  es: "Finalidad",
  nl: "Doel",
  pl: "Cel",
};

describe.each(locales)("the example's tables in %s", (locale) => {
  it.each([375, 768])(
    "at %i px (60rem or narrower: a phone, a tablet upright): shows each row as a card of header and value lines, with the caption above, and nothing to scroll sideways",
    async (width) => {
      const { page, close } = await show(examplePage(locale), { width, height: 812 });
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll("table")].map((table) => {
          const headers = [...table.querySelectorAll("thead th")].map((header) => header.textContent);
          const rows = [...table.querySelectorAll("tbody tr")];
          const caption = table.querySelector("caption")!.getBoundingClientRect();
          return {
            headersShown: headers.length > 0 && table.querySelector("thead")!.getBoundingClientRect().height <= 1,
            caption: { left: caption.left, right: caption.right, above: caption.bottom <= rows[0]!.getBoundingClientRect().top },
            rowsAreCards: rows.every((row) => getComputedStyle(row).display === "block" && getComputedStyle(row).borderTopStyle === "solid"),
            // Each value is shown under its column's header: the label is the cell's ::before.
            labels: rows.map((row) =>
              [...row.querySelectorAll("td")].map((cell) => {
                const label = getComputedStyle(cell, "::before");
                return label.display === "block" ? cell.dataset.label : `no label (${label.content}, ${label.display})`;
              }),
            ),
            headers,
            regionScrolls: table.parentElement!.scrollWidth > table.parentElement!.clientWidth,
          };
        }),
      );
      expect(tables).toHaveLength(2);
      for (const table of tables) {
        // The header row is there for screen readers only: each card shows the labels itself.
        expect(table.headersShown).toBe(true);
        expect(table.caption.left).toBeGreaterThanOrEqual(0);
        expect(table.caption.right).toBeLessThanOrEqual(width);
        expect(table.caption.above).toBe(true);
        expect(table.rowsAreCards).toBe(true);
        for (const labels of table.labels) expect(labels).toEqual(table.headers.slice(1));
        expect(table.regionScrolls).toBe(false);
      }
      const overflow = await sidewaysOverflow(page);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      expect(overflow.tooWide).toEqual([]);
      await close();
    },
    slow,
  );

  it(
    "at 1280 px: shows tables with their header row, wider than the text, without scrolling in their region",
    async () => {
      const { page, close } = await show(examplePage(locale), { width: 1280, height: 800 });
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll("table")].map((table) => ({
          display: getComputedStyle(table).display,
          headerRowHeight: table.querySelector("thead")!.getBoundingClientRect().height,
          width: table.getBoundingClientRect().width,
          textWidth: document.querySelector(".policy p")!.getBoundingClientRect().width,
          regionScrolls: table.parentElement!.scrollWidth > table.parentElement!.clientWidth,
        })),
      );
      for (const table of tables) {
        expect(table.display).toBe("table");
        expect(table.headerRowHeight).toBeGreaterThan(10);
        expect(table.width).toBeGreaterThan(table.textWidth);
        expect(table.regionScrolls).toBe(false);
      }
      expect((await sidewaysOverflow(page)).tooWide).toEqual([]);
      await close();
    },
    slow,
  );

  it(
    "keeps the table's semantics for screen readers on a phone: a captioned table, column and row headers, cells",
    async () => {
      const { page, close } = await show(examplePage(locale), { width: 375, height: 812 });
      const cookies = page.locator("#device-access table");
      const snapshot = await cookies.ariaSnapshot();
      // The accessible name has its white space collapsed: French no-break spaces read as spaces.
      const caption = (await page.locator("#device-access caption").textContent())!.replace(/\s+/g, " ");
      expect(snapshot).toContain(`table "${caption}"`); // quoted as YAML where the caption has a colon
      expect(snapshot).toContain(`- columnheader "${purposeHeader[locale]}"`);
      expect(snapshot).toContain('- rowheader "consent"');
      expect(snapshot).toMatch(/- cell "[^"]+"/);
      // The label shown in the card is not read a second time: the cell's name is its value alone.
      const firstCell = (await page.locator("#device-access td").first().textContent())!;
      expect(snapshot).toContain(`- cell "${firstCell}"`);
      await close();
    },
    slow,
  );
});

it(
  "wraps a cookie name and a service name of 300 characters without a space inside their cards at 320 px",
  async () => {
    const token = "a1b2c3d4e5".repeat(30);
    const policy = examplePolicy();
    const [first, ...rest] = policy.services;
    const withTokens = {
      ...policy,
      services: [{ ...first!, name: { en: token, de: token } }, ...rest],
      deviceAccess: policy.deviceAccess.map((entry) => ({ ...entry, name: token })),
    };
    const { page, close } = await show(toHtml(withTokens, { locale: "en", standalone: true, toc: true }), { width: 320, height: 640 });
    const overflow = await sidewaysOverflow(page);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    expect(overflow.tooWide).toEqual([]);
    const rowHeaders = await page.evaluate(() => [...document.querySelectorAll("tbody th")].map((cell) => cell.getBoundingClientRect().height));
    expect(Math.max(...rowHeaders)).toBeGreaterThan(100); // the token runs over many lines
    await close();
  },
  slow,
);
