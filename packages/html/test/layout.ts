import type { Page } from "playwright-core";

export interface SidewaysOverflow {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** The elements that reach past either edge of the viewport, each as `tag.class "text..."`. */
  readonly tooWide: readonly string[];
}

/** How far the page scrolls sideways, and which elements stick out of the viewport. */
export function sidewaysOverflow(page: Page): Promise<SidewaysOverflow> {
  return page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    const tooWide = [...document.body.querySelectorAll("*")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.left < -0.5 || box.right > clientWidth + 0.5);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? "").trim().slice(0, 40)}"`);
    return { scrollWidth, clientWidth, tooWide };
  });
}

/**
 * The words inside elements matching `selector` that are laid out on more than one line, measured
 * with a Range per word. A word is a run of letters and digits: a line may break after a hyphen
 * ("E-Mail-|Adresse") or between brackets ("6(1)|(b)"), never inside "Vereinigte" or "1".
 */
export function wordsSplitAcrossLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((cellSelector) => {
    const split: string[] = [];
    for (const container of document.querySelectorAll(cellSelector)) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
        for (const match of node.data.matchAll(/[\p{L}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lineTops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lineTops.size > 1) split.push(match[0]);
        }
      }
    }
    return split;
  }, selector);
}
