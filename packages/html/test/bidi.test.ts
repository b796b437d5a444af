import { compose, type PolicyDocument } from "@policy/core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { toHtml } from "../src/index.js";
import { sharedChromium } from "./chromium.js";
import { examplePolicy } from "./example.js";
import { rightToLeftOverride } from "./hostile-page-policy.js";

const slow = 60_000;
const show = sharedChromium(slow);

/**
 * A German document whose first section has a name with a right-to-left override inside a link,
 * inside untranslated text and in strong text (as a recipient is named in a list), each followed by
 * more of the sentence, as raw text: nothing upstream
 * isolated the names (compose does, since it inserts them; this checks the page holds without it).
 */
function documentWithOverrides(): PolicyDocument {
  const german = compose(examplePolicy(), { locale: "de" });
  const [first, ...rest] = german.sections;
  const evil = `${rightToLeftOverride}Evil Corp`;
  return {
    ...german,
    sections: [
      {
        ...first!,
        content: [
          {
            type: "paragraph",
            children: [
              { type: "text", value: "Anbieter ist " },
              { type: "link", url: "https://evil.example", children: [{ type: "text", value: evil }] },
              { type: "text", value: ". Danach folgt Rechtsgrundlage." },
            ],
          },
          {
            type: "paragraph",
            children: [
              { type: "text", value: "Das betrifft: " },
              { type: "text", value: evil, data: { lang: "en" } },
              { type: "text", value: " und Kontaktformular." },
            ],
          },
          {
            type: "paragraph",
            children: [
              { type: "strong", children: [{ type: "text", value: evil }] },
              { type: "text", value: ", Vereinigte Staaten." },
            ],
          },
        ],
      },
      ...rest,
    ],
  };
}

/** Whether each letter of `word` (in the element `selector` matches) is laid out right of the one before. */
function readsLeftToRight(page: Page, selector: string, word: string): Promise<boolean> {
  return page.evaluate(
    ([containerSelector, expected]) => {
      const walker = document.createTreeWalker(document.querySelector(containerSelector)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
        const start = node.data.indexOf(expected);
        if (start < 0) continue;
        const lefts = [...expected].map((_letter, index) => {
          const range = document.createRange();
          range.setStart(node, start + index);
          range.setEnd(node, start + index + 1);
          return range.getBoundingClientRect().left;
        });
        return lefts.every((left, index) => index === 0 || left > lefts[index - 1]!);
      }
      throw new Error(`"${expected}" is not in ${containerSelector}`);
    },
    [selector, word] as const,
  );
}

describe("a right-to-left override in a name", () => {
  const html = toHtml(documentWithOverrides(), { standalone: true });

  it(
    "ends with the name: the rest of the sentence after a link, untranslated text or strong text reads left to right",
    async () => {
      const { page, close } = await show(html, { width: 1280, height: 800 });
      expect(await readsLeftToRight(page, "#overview p:nth-of-type(1)", "Rechtsgrundlage")).toBe(true);
      expect(await readsLeftToRight(page, "#overview p:nth-of-type(2)", "Kontaktformular")).toBe(true);
      expect(await readsLeftToRight(page, "#overview p:nth-of-type(3)", "Vereinigte")).toBe(true);
      // The name itself is shown as its author wrote it: reversed.
      expect(await readsLeftToRight(page, "#overview p:nth-of-type(1) a", "Evil")).toBe(false);
      await close();
    },
    slow,
  );

  it(
    "does reverse the rest of the sentence without the style sheet's isolation, so a clean result means something",
    async () => {
      const { page, close } = await show(html, { width: 1280, height: 800 });
      await page.addStyleTag({ content: ".policy a, .policy strong, .policy span[lang] { unicode-bidi: normal; }" });
      expect(await readsLeftToRight(page, "#overview p:nth-of-type(1)", "Rechtsgrundlage")).toBe(false);
      expect(await readsLeftToRight(page, "#overview p:nth-of-type(2)", "Kontaktformular")).toBe(false);
      expect(await readsLeftToRight(page, "#overview p:nth-of-type(3)", "Vereinigte")).toBe(false);
      await close();
    },
    slow,
  );
});
