import { describe, expect, it } from "vitest";
import { sharedChromium } from "./chromium.js";
import { examplePage } from "./example.js";
import { wordsSplitAcrossLines } from "./layout.js";

const slow = 60_000;
const show = sharedChromium(slow);

describe.each([
  { locale: "en", title: "Privacy policy", toggle: "All sections", firstSection: "Overview" },
  { locale: "de", title: "Datenschutzerklärung", toggle: "Alle Abschnitte", firstSection: "Überblick" },
] as const)("the example's first screen in $locale", ({ locale, title, toggle, firstSection }) => {
  const contents = (page: import("playwright-core").Page) =>
    page.evaluate(() => ({
      toggleShown: document.querySelector(".policy-toc summary")!.checkVisibility(),
      links: [...document.querySelectorAll(".policy-toc a")].filter((link) => link.checkVisibility()).length,
    }));

  it(
    "on a phone (320 px): names the policy and its controller, keeps heading words whole, closes the contents behind a toggle, and starts the text",
    async () => {
      const { page, close } = await show(examplePage(locale), { width: 320, height: 568 });
      // The rendered text, line by line: the controller's name on a line of its own.
      // biome-ignore lint/performance/useDomNodeTextContent: the lines as shown are what is checked
      expect((await page.locator("h1").innerText()).split(/\n+/)).toEqual([title, "Lindenberg & Ohm Beratung GmbH"]);
      expect(await wordsSplitAcrossLines(page, "h1, h2, h3, h4, h5, h6")).toEqual([]);
      expect(await contents(page)).toEqual({ toggleShown: true, links: 0 });
      const heading = page.getByRole("heading", { level: 2, name: firstSection });
      expect((await heading.boundingBox())!.y).toBeLessThan(568);
      // A tap opens the contents, without script.
      await page.getByText(toggle).click();
      const opened = await contents(page);
      expect(opened.links).toBeGreaterThan(10);
      await close();
    },
    slow,
  );

  it(
    "on a wide screen (1280 px): shows the contents open, without the toggle",
    async () => {
      const { page, close } = await show(examplePage(locale), { width: 1280, height: 800 });
      const shown = await contents(page);
      expect(shown.toggleShown).toBe(false);
      expect(shown.links).toBe(await page.locator(".policy-toc a").count());
      // Screen readers get the links too.
      const navigation = await page.getByRole("navigation").ariaSnapshot();
      expect(navigation).toContain(`- link "${firstSection}"`);
      await close();
    },
    slow,
  );
});
