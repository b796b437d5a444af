import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** Debian's Chromium (apt-get install chromium); no browser download works on these machines. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Starts headless Chromium. The flags keep it from calling home: on a machine without internet
 * its background connections would only fail, many at a time. A missing browser fails the test
 * with the command that installs it; a browser test is never skipped.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium was not found at ${executablePath}: install it with "apt-get install chromium" or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

export interface ShownPage {
  readonly page: Page;
  readonly close: () => Promise<void>;
}

/** A fresh page of the given size (CSS pixels) showing this HTML, in its own context. */
export async function showHtml(browser: Browser, html: string, viewport: { readonly width: number; readonly height: number }): Promise<ShownPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: "load" });
  return { page, close: () => context.close() };
}

/**
 * Chromium for one test file: started before its tests (within `timeout` ms), closed after them.
 * Returns `show`, which opens a fresh page of the given size showing the HTML (see `showHtml`).
 */
export function sharedChromium(
  timeout = 60_000,
): (html: string, viewport: { readonly width: number; readonly height: number }) => Promise<ShownPage> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, timeout);
  afterAll(async () => {
    await browser?.close();
  });
  return (html, viewport) => {
    if (browser === undefined) throw new Error("Chromium is not running: call show() inside a test");
    return showHtml(browser, html, viewport);
  };
}
