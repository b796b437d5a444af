import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import robotsModule from "robots-parser";
import type { Observation, ObservedCookie, ObservedRequest, ObservedStorage, Phase, Seen } from "./observation.js";
import { ScanError } from "./scan-error.js";

export interface ObserveOptions {
  /** The page to start from: http or https. */
  readonly url: string;
  /** How many links deep to follow from the start page, on the same host (default 1). */
  readonly depth?: number;
  /** How many pages to visit at most, per phase (default 20). */
  readonly maxPages?: number;
  /** A CSS selector of the consent button: the scan then runs twice, before and after clicking it. */
  readonly accept?: string;
  /** How long one page may take to load, in milliseconds (default 15,000). */
  readonly timeout?: number;
  /** Chromium's executable (default: CHROMIUM_PATH, else /usr/bin/chromium). */
  readonly chromium?: string;
  /** More Chromium flags, such as --host-resolver-rules for a test site. */
  readonly browserArgs?: readonly string[];
}

/** The name the scan gives itself in robots.txt. */
export const userAgentToken = "policy-scan";

const privacyLink = /privacy|datenschutz|data.?protection|privacidad|confidentialit|privacybeleid|prywatno/i;

/**
 * Loads a website in headless Chromium and records what it does: the host of every request, each
 * cookie and local or session storage key, when each appeared (before any interaction, or after
 * the consent button given as `accept` was clicked), and the links that look like links to a
 * privacy policy. It follows links on the start page's host, breadth first, to `depth` and
 * `maxPages`, and honours robots.txt. It never submits a form or clicks anything but `accept`;
 * it refuses downloads, dismisses dialogs, closes pop-ups and does not follow a page to another
 * host. Each phase runs in a fresh browser context, which keeps nothing after the scan.
 */
export async function observeSite(options: ObserveOptions): Promise<Observation> {
  const start = startUrl(options.url);
  const executablePath = options.chromium ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new ScanError(`Chromium was not found at ${executablePath}: install it (apt-get install chromium) or pass --chromium <path>`);
  }
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...(options.browserArgs ?? []),
    ],
  });
  try {
    const settings = { depth: options.depth ?? 1, maxPages: options.maxPages ?? 20, timeout: options.timeout ?? 15_000 };
    const log = new Log(start);
    const robots = await readRobots(browser, start, settings.timeout, log);
    await crawl(browser, start, "before-consent", settings, robots, log, undefined);
    if (options.accept !== undefined) await crawl(browser, start, "after-consent", settings, robots, log, options.accept);
    return log.observation();
  } finally {
    await browser.close();
  }
}

function startUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ScanError(`${raw} is not a web address: give one such as https://example.com/`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ScanError(`${raw}: give an http or https address`);
  url.hash = "";
  return url;
}

interface RobotsTxt {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
}
type Robots = RobotsTxt | undefined;

/** robots-parser is CommonJS: its export is the function its types call the default export. */
const robotsParser = robotsModule as unknown as (url: string, text: string) => RobotsTxt;

/** robots.txt, read through the browser so that it reaches the site as the pages do; none where there is none. */
async function readRobots(browser: Browser, start: URL, timeout: number, log: Log): Promise<Robots> {
  const context = await browser.newContext({ acceptDownloads: false });
  try {
    const url = new URL("/robots.txt", start).href;
    const page = await context.newPage();
    await keepOnHost(context, page, start, log, "before-consent");
    const shown = await page.goto(url, { timeout, waitUntil: "domcontentloaded" }).catch((error: unknown) => {
      throw new ScanError(`cannot reach ${start.origin}: ${reason(error)}`);
    });
    if (shown === null || !shown.ok()) return undefined;
    return robotsParser(url, await shown.text());
  } finally {
    await context.close();
  }
}

interface Settings {
  readonly depth: number;
  readonly maxPages: number;
  readonly timeout: number;
}

/** Everything seen, each item once per phase, in the order it was first seen. */
class Log {
  readonly pages: Seen[] = [];
  readonly requests: ObservedRequest[] = [];
  readonly cookies: ObservedCookie[] = [];
  readonly storage: ObservedStorage[] = [];
  readonly policyLinks = new Set<string>();
  readonly skipped: Observation["skipped"][number][] = [];
  private readonly keys = new Set<string>();

  constructor(readonly start: URL) {}

  /** Adds an item unless one with the same key was seen in the same phase. */
  once<T>(list: T[], key: string, item: T): void {
    if (this.keys.has(key)) return;
    this.keys.add(key);
    list.push(item);
  }

  observation(): Observation {
    return {
      site: this.start.href,
      pages: this.pages,
      requests: this.requests,
      cookies: this.cookies,
      storage: this.storage,
      policyLinks: [...this.policyLinks],
      skipped: this.skipped,
    };
  }
}

async function crawl(
  browser: Browser,
  start: URL,
  phase: Phase,
  settings: Settings,
  robots: Robots,
  log: Log,
  accept: string | undefined,
): Promise<void> {
  const context = await browser.newContext({ acceptDownloads: false });
  try {
    await guardContext(context);
    const queue: { url: string; depth: number }[] = [{ url: start.href, depth: 0 }];
    const queued = new Set([start.href]);
    let visited = 0;
    let consented = accept === undefined;
    while (queue.length > 0) {
      const { url, depth } = queue.shift()!;
      if (robots?.isAllowed(url, userAgentToken) === false) {
        log.skipped.push({ url, reason: "robots" });
        continue;
      }
      if (visited === settings.maxPages) {
        log.skipped.push({ url, reason: "max-pages" });
        continue;
      }
      visited += 1;
      const page = await context.newPage();
      await keepOnHost(context, page, start, log, phase);
      try {
        // In the second phase nothing counts until the consent button is clicked on the first page:
        // what comes from the click itself (a script it adds) counts, as the listener is there before it.
        const counting = { now: consented };
        watch(page, log, phase, counting);
        const response = await page.goto(url, { timeout: settings.timeout, waitUntil: "load" }).catch((error: unknown) => {
          const elsewhere = log.skipped.findLast((skip) => skip.reason === "other-site");
          if (url === start.href && elsewhere !== undefined && reason(error).includes("ERR_BLOCKED_BY_CLIENT")) {
            throw new ScanError(
              `${url} leads to ${elsewhere.url}, another host: the scan visits only the host it is given; scan that address instead`,
            );
          }
          if (url === start.href) throw new ScanError(`cannot reach ${url}: ${reason(error)}`);
          log.skipped.push({ url, reason: "error", detail: reason(error) });
          return undefined;
        });
        if (response === undefined) continue;
        await settle(page);
        if (!consented) {
          counting.now = true;
          await clickConsent(page, accept!, settings.timeout);
          consented = true;
          await settle(page);
        }
        log.pages.push({ page: url, phase });
        await record(context, page, url, phase, log);
        if (depth < settings.depth) {
          for (const link of await sameHostLinks(page, start)) {
            if (queued.has(link)) continue;
            queued.add(link);
            queue.push({ url: link, depth: depth + 1 });
          }
        }
      } finally {
        await page.close();
      }
    }
  } finally {
    await context.close();
  }
}

/**
 * What the scan does not do in a context: download (refused with acceptDownloads: false), answer
 * dialogs, open or keep pop-ups.
 */
async function guardContext(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.open = () => null;
  });
  context.on("page", (page) => {
    page.on("dialog", (dialog) => void dialog.dismiss().catch(() => undefined));
    page.on("popup", (popup) => void popup.close().catch(() => undefined));
  });
}

/**
 * Keeps a page on the start page's host: a navigation of its main frame to another host, also
 * where a redirect leads there, is failed before the request leaves the browser. (Playwright's
 * routes do not see redirects; Chromium's Fetch domain does.) Frames within the page, such as an
 * embedded video, load from wherever they load.
 */
async function keepOnHost(context: BrowserContext, page: Page, start: URL, log: Log, phase: Phase): Promise<void> {
  const session = await context.newCDPSession(page);
  const { frameTree } = await session.send("Page.getFrameTree");
  session.on("Fetch.requestPaused", (event) => {
    const target = new URL(event.request.url);
    const leaves = event.frameId === frameTree.frame.id && /^https?:$/.test(target.protocol) && target.host !== start.host;
    if (leaves) log.skipped.push({ url: event.request.url, reason: "other-site", detail: `${phase}: the page leads to another host` });
    const answer = leaves
      ? session.send("Fetch.failRequest", { requestId: event.requestId, errorReason: "BlockedByClient" })
      : session.send("Fetch.continueRequest", { requestId: event.requestId });
    answer.catch(() => undefined);
  });
  await session.send("Fetch.enable", { patterns: [{ urlPattern: "*", resourceType: "Document", requestStage: "Request" }] });
}

function watch(page: Page, log: Log, phase: Phase, counting: { readonly now: boolean }): void {
  page.on("request", (request) => {
    if (!counting.now) return;
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    const host = new URL(url).hostname;
    log.once(log.requests, `request ${phase} ${url}`, { url, host, page: page.url() || url, phase });
  });
}

/** Lets the page finish what it starts on load (scripts that load scripts), but not forever. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);
}

async function clickConsent(page: Page, selector: string, timeout: number): Promise<void> {
  try {
    await page.locator(selector).first().click({ timeout });
  } catch (error) {
    throw new ScanError(`--accept ${selector}: no clickable element matches on ${page.url()} (${reason(error)})`);
  }
}

/** The cookies the context holds and the storage keys the page has, each new one with this page and phase. */
async function record(context: BrowserContext, page: Page, url: string, phase: Phase, log: Log): Promise<void> {
  for (const cookie of await context.cookies()) {
    const domain = cookie.domain.replace(/^\./, "");
    log.once(log.cookies, `cookie ${phase} ${cookie.name} ${domain}`, { name: cookie.name, domain, page: url, phase });
  }
  // The page's own storage and that of each frame it embeds (a video player, a chat widget).
  for (const frame of page.frames()) {
    const origin = originOf(frame.url());
    if (origin === undefined) continue;
    const keys = await frame
      .evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }))
      .catch(() => ({ local: [] as string[], session: [] as string[] }));
    for (const key of keys.local)
      log.once(log.storage, `local ${phase} ${origin} ${key}`, { technology: "local-storage", key, origin, page: url, phase });
    for (const key of keys.session)
      log.once(log.storage, `session ${phase} ${origin} ${key}`, { technology: "session-storage", key, origin, page: url, phase });
  }
  const links = await page.$$eval("a[href]", (anchors) =>
    anchors.map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, text: anchor.textContent ?? "" })),
  );
  for (const link of links) if (privacyLink.test(link.href) || privacyLink.test(link.text)) log.policyLinks.add(link.href.split("#")[0]!);
}

/** The page's links to pages on the start page's host, without fragments, each once. */
async function sameHostLinks(page: Page, start: URL): Promise<string[]> {
  const hrefs = await page.$$eval("a[href]", (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const links = new Set<string>();
  for (const href of hrefs) {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      continue;
    }
    if (url.host !== start.host || (url.protocol !== "http:" && url.protocol !== "https:")) continue;
    url.hash = "";
    links.add(url.href);
  }
  return [...links];
}

function originOf(url: string): string | undefined {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? origin : undefined;
  } catch {
    return undefined;
  }
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.replace(/^page\.goto: /, "");
}
