import { describe, expect, it } from "vitest";
import { sharedChromium } from "./chromium.js";
import { examplePage } from "./example.js";

const slow = 60_000;
const show = sharedChromium(slow);

describe.each([
  { locale: "en", text: "Skip to content" },
  { locale: "de", text: "Zum Inhalt springen" },
] as const)("the skip link in $locale", ({ locale, text }) => {
  it(
    "is the first thing Tab reaches, hidden until then, and leads past the title and contents to the text",
    async () => {
      const { page, close } = await show(examplePage(locale), { width: 1280, height: 800 });
      const skipLink = page.locator("a.policy-skip");
      const box = async () => (await skipLink.boundingBox())!;
      expect((await box()).width).toBeLessThanOrEqual(1);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(text);
      expect((await box()).width).toBeGreaterThan(50);
      expect((await box()).y).toBeGreaterThanOrEqual(0);
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => location.hash)).toBe("#overview");
      // The next Tab goes on from there: into the text, not through the contents.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement!.closest("section")?.id)).toMatch(/^(overview|controller)$/);
      await close();
    },
    slow,
  );
});
