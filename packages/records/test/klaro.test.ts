import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { catalog } from "@policy/catalog";
import { loadPolicy, type Policy } from "@policy/core";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toKlaro } from "../src/index.js";

const example = (): Policy =>
  loadPolicy(readFileSync(new URL("../../../apps/example/policy.yaml", import.meta.url), "utf8"), { filename: "policy.yaml", catalog });
const klaroScript = readFileSync(createRequire(import.meta.url).resolve("klaro/dist/klaro.js"), "utf8");
/** Debian's Chromium (apt-get install chromium), as the HTML tests use it. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let browser: Browser | undefined;
beforeAll(async () => {
  if (!existsSync(executablePath))
    throw new Error(`Chromium was not found at ${executablePath}: install it with "apt-get install chromium" or set CHROMIUM_PATH`);
  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe("toKlaro", () => {
  it("lists the services that store something on the device or rest on consent, with their cookies and whether they are required", () => {
    const config = toKlaro(example(), { privacyPolicyUrl: "https://lindenberg-ohm.example/privacy" }) as {
      services: { name: string; required: boolean; cookies: string[]; purposes: string[] }[];
      translations: Record<string, unknown>;
    };
    expect(config.services.map(({ name, required }) => `${name}${required ? " (required)" : ""}`)).toEqual(["newsletter", "site (required)"]);
    expect(config.translations.zz).toEqual({ privacyPolicyUrl: "https://lindenberg-ohm.example/privacy" });
    expect(config.services[0]?.purposes).toEqual(["marketing-communications-email"]);
  });

  it("turns a cookie name with * into the regular expression klaro reads", () => {
    const policy = example();
    const withAnalytics = {
      ...policy,
      services: [
        {
          ...policy.services[0]!,
          deviceAccess: [{ name: "_ga_*", technology: "cookie", party: "first", purpose: "Counts visits.", duration: "P2Y", ground: "consent" }],
        },
      ],
    } as Policy;
    const config = toKlaro(withAnalytics, { privacyPolicyUrl: "https://example.org/privacy" }) as {
      services: { cookies: string[]; required: boolean }[];
    };
    expect(config.services[0]).toMatchObject({ cookies: ["^_ga_.*$"], required: false });
  });

  it("works in klaro in Chromium: the notice names the services, and accepting one gives and stores its consent", async () => {
    const config = toKlaro(example(), { privacyPolicyUrl: "https://lindenberg-ohm.example/privacy", locale: "de" });
    const context = await browser!.newContext();
    // Served from an address of its own: klaro uses the page's storage, which a blank page may not.
    const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>klaro</title></head><body><script>window.klaroConfig = ${JSON.stringify(config)};</script><script>${klaroScript}</script></body></html>`;
    await context.route("https://shop.test/", (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
    const page = await context.newPage();
    await page.goto("https://shop.test/", { waitUntil: "load" });
    await page.waitForSelector("#klaro .cookie-notice", { timeout: 10_000 });
    // The modal (klaro's "Let me choose") lists each service by its title, in the policy's German.
    await page.evaluate(() => (window as unknown as { klaro: { show: (config?: unknown, modal?: boolean) => void } }).klaro.show(undefined, true));
    const modal = await page.textContent("#klaro");
    expect(modal).toContain("Newsletter mit Brevo");
    const consent = await page.evaluate(() => {
      const manager = (
        window as unknown as {
          klaro: {
            getManager: () => {
              getConsent: (name: string) => boolean;
              updateConsent: (name: string, value: boolean) => void;
              saveAndApplyConsents: () => void;
            };
          };
        }
      ).klaro.getManager();
      const before = manager.getConsent("newsletter");
      manager.updateConsent("newsletter", true);
      manager.saveAndApplyConsents();
      return { before, after: manager.getConsent("newsletter"), cookie: document.cookie };
    });
    expect(consent.before).toBe(false);
    expect(consent.after).toBe(true);
    expect(decodeURIComponent(consent.cookie)).toMatch(/klaro=\{[^}]*"newsletter":true/);
    await context.close();
  }, 60_000);
});
