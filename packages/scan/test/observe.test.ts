import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { observeSite, ScanError } from "../src/index.js";
import { closedPort, startTestSites, type TestSites } from "./test-sites.js";

let sites: TestSites;
beforeAll(async () => {
  sites = await startTestSites();
});
afterAll(async () => {
  await sites.close();
});

const shop = () => `http://shop.test:${sites.port}/`;

describe("observeSite", () => {
  it("records third-party hosts, cookies and the privacy link, follows same-host links, honours robots.txt and submits no form", async () => {
    const seen = await observeSite({ url: shop(), browserArgs: sites.browserArgs });
    expect(new Set(seen.requests.map((request) => request.host))).toEqual(
      new Set(["shop.test", "static.shop.test", "fonts.gstatic.com", "connect.facebook.net", "widget.unknown.test"]),
    );
    expect(seen.cookies.map((cookie) => `${cookie.name} ${cookie.phase}`).sort()).toEqual(["_fbp before-consent", "sid before-consent"]);
    expect(seen.pages.map((page) => page.page)).toEqual([shop(), `${shop()}privacy`, `${shop()}about`]);
    expect(seen.skipped).toEqual([{ url: `${shop()}private/area`, reason: "robots" }]);
    expect(seen.policyLinks).toEqual([`${shop()}privacy`]);
    // Storage is read in embedded frames too, under their own origin.
    expect(seen.storage.map((item) => [item.technology, item.key, item.origin])).toEqual([
      ["local-storage", "widget_state", `http://static.shop.test:${sites.port}`],
    ]);
    expect(sites.log.filter((line) => line.startsWith("POST"))).toEqual([]);
    // The link to another site is not followed.
    expect(sites.log.some((line) => line.includes("elsewhere.example"))).toBe(false);
  }, 60_000);

  it("with a consent selector, scans twice: what comes only after clicking it is after consent", async () => {
    const seen = await observeSite({ url: shop(), depth: 0, accept: "#accept", browserArgs: sites.browserArgs });
    expect(seen.pages.map((page) => page.phase)).toEqual(["before-consent", "after-consent"]);
    expect(seen.cookies.filter((cookie) => cookie.name === "_ga").map((cookie) => cookie.phase)).toEqual(["after-consent"]);
    // Asked for over http and again over https (the host is on Chromium's HSTS preload list): only after the click.
    const analytics = seen.requests.filter((request) => request.host === "www.google-analytics.com");
    expect(analytics.length).toBeGreaterThan(0);
    expect(new Set(analytics.map((request) => request.phase))).toEqual(new Set(["after-consent"]));
  }, 60_000);

  it("stops at --max-pages on a site of 500 pages", async () => {
    const seen = await observeSite({ url: `http://big.test:${sites.port}/`, depth: 5, maxPages: 7, browserArgs: sites.browserArgs });
    expect(seen.pages).toHaveLength(7);
    expect(seen.skipped.every((skip) => skip.reason === "max-pages")).toBe(true);
    expect(sites.log.filter((line) => line.startsWith("GET big.test /page")).length).toBeLessThanOrEqual(7);
  }, 60_000);

  it("says that a site cannot be reached", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/`;
    const error = await observeSite({ url, timeout: 5_000, browserArgs: sites.browserArgs }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ScanError);
    expect((error as Error).message).toMatch(/^cannot reach http:\/\/127\.0\.0\.1:\d+: net::ERR_CONNECTION_REFUSED/);
  }, 60_000);

  it("does not follow the start page to another host, and says where it leads", async () => {
    const redirect = `http://redirect.test:${sites.port}/`;
    const shopPages = () => sites.log.filter((line) => line.startsWith("GET shop.test /privacy")).length;
    const before = shopPages();
    const homeBefore = sites.log.filter((line) => line === "GET shop.test /").length;
    await expect(observeSite({ url: redirect, depth: 0, browserArgs: sites.browserArgs })).rejects.toThrow(
      `${redirect} leads to ${shop()}, another host: the scan visits only the host it is given; scan that address instead`,
    );
    // The redirect is not followed: nothing is asked of the other host.
    expect(shopPages()).toBe(before);
    expect(sites.log.filter((line) => line === "GET shop.test /")).toHaveLength(homeBefore);
  }, 60_000);

  it("survives pages that open dialogs, start a download or open a pop-up to another host, without hanging", async () => {
    const seen = await observeSite({ url: `http://trap.test:${sites.port}/`, timeout: 10_000, browserArgs: sites.browserArgs });
    expect(seen.pages.map((page) => new URL(page.page).pathname)).toEqual(["/", "/dialogs", "/popup"]);
    // The download is refused; the pop-up is not opened, and the page's own move to another host is stopped.
    const skipped = seen.skipped.map((skip) => [
      new URL(skip.url).host === `trap.test:${sites.port}` ? new URL(skip.url).pathname : new URL(skip.url).host,
      skip.reason,
    ]);
    expect(skipped).toContainEqual(["/file", "error"]);
    expect(skipped).toContainEqual(["elsewhere.test", "other-site"]);
    expect(sites.log.some((line) => line.includes("elsewhere.test"))).toBe(false);
  }, 90_000);
});
