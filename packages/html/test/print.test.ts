import { type Locale, locales } from "@policy/core";
import { describe, expect, it } from "vitest";
import { toHtml } from "../src/index.js";
import { sharedChromium } from "./chromium.js";
import { examplePage } from "./example.js";
import { hostilePagePolicy, unbrokenToken } from "./hostile-page-policy.js";
import { wordsSplitAcrossLines } from "./layout.js";

// Printing on A4 (210 mm wide) with the style sheet's 15 mm page margins leaves 180 mm for the text:
// 680 CSS pixels. Chromium lays the page out at that width with the print styles.
const a4TextWidth = 680;
const slow = 60_000;
const show = sharedChromium(slow);

/** The label before a service's provider, in each language. */
const providerLabel: Record<Locale, string> = {
  en: "The provider is:",
  de: "Anbieter ist:",
  fr: "Le prestataire est :",
  it: "Il fornitore è:",
  es: "El proveedor es:",
  nl: "De aanbieder is:",
  pl: "Dostawcą jest:",
};

describe.each(locales)("the example's page printed on A4, in %s", (locale) => {
  async function printed() {
    const shown = await show(examplePage(locale), { width: a4TextWidth, height: 1000 });
    await shown.page.emulateMedia({ media: "print" });
    return shown;
  }

  it(
    "keeps every word of its tables whole, and the tables within the page",
    async () => {
      const { page, close } = await printed();
      expect(await page.locator("table").count()).toBe(2);
      expect(await wordsSplitAcrossLines(page, "table th, table td")).toEqual([]);
      const widths = await page.evaluate(() => [...document.querySelectorAll("table")].map((table) => table.getBoundingClientRect().width));
      for (const width of widths) expect(width).toBeLessThanOrEqual(a4TextWidth);
      await close();
    },
    slow,
  );

  it(
    "does break a word where the cells may break anywhere, so a clean result means something",
    async () => {
      const { page, close } = await printed();
      await page.addStyleTag({ content: ".policy th, .policy td { overflow-wrap: anywhere; }" });
      expect((await wordsSplitAcrossLines(page, "table th, table td")).length).toBeGreaterThan(0);
      await close();
    },
    slow,
  );

  it(
    'sets the page margins, and keeps a label such as "The provider is:" on the page of the address or list after it',
    async () => {
      const { page, close } = await printed();
      const margins = await page.evaluate(() =>
        [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule) => rule instanceof CSSPageRule)
          .map((rule) => (rule as CSSPageRule).style.margin),
      );
      expect(margins).toEqual(["15mm"]);
      const labels = await page.evaluate(() =>
        [...document.querySelectorAll("p + address, p + ul, p + ol")].map((next) => {
          const label = next.previousElementSibling!;
          // What follows does not break either: an address stays whole, a list keeps each item whole.
          const whole = next.tagName === "ADDRESS" ? next : next.firstElementChild!;
          return { label: label.textContent, breakAfter: getComputedStyle(label).breakAfter, followedBy: getComputedStyle(whole).breakInside };
        }),
      );
      expect(labels.map((label) => label.label.replace(/\s+/g, " "))).toContain(providerLabel[locale]);
      for (const label of labels) expect(label).toMatchObject({ breakAfter: "avoid", followedBy: "avoid" });
      await close();
    },
    slow,
  );
});

it(
  "breaks only what cannot fit: a 300-character name in a printed table, and no other word",
  async () => {
    const { page, close } = await show(toHtml(hostilePagePolicy(), { locale: "de", standalone: true }), {
      width: a4TextWidth,
      height: 1000,
    });
    await page.emulateMedia({ media: "print" });
    const split = await wordsSplitAcrossLines(page, "table th, table td");
    expect(split.length).toBeGreaterThan(0);
    expect(split.every((word) => unbrokenToken.includes(word))).toBe(true);
    const widths = await page.evaluate(() => [...document.querySelectorAll("table")].map((table) => table.getBoundingClientRect().width));
    for (const width of widths) expect(width).toBeLessThanOrEqual(a4TextWidth);
    await close();
  },
  slow,
);
