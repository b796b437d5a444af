import { catalog } from "@policy/catalog";
import type { Processor } from "@policy/core";
import stringWidth from "string-width";
import { createColors } from "picocolors";
import { describe, expect, it } from "vitest";
import { catalogTable } from "./catalog-table.js";
import { describeDuration, describeEntry } from "./catalog-show.js";

const plain = createColors(false);
const colored = createColors(true);

// An entry as a compromised or careless catalog file could hold it: escape sequences that clear the
// screen or set the window title, a bidirectional override, line breaks.
const hostile: Processor = {
  ...catalog["google-analytics"],
  name: "Evil\u001b]0;pwned\u0007 Analytics",
  aliases: ["Rev\u202eersed"],
  entity: { ...catalog["google-analytics"].entity, name: "Evil\u001b[2J Ltd", address: { street: "Line 1\nLine 2", city: "Dublin", country: "IE" } },
  description: { en: "Clears\u001b[2J the screen.", de: "Löscht\u001b[2J den Bildschirm." },
  deviceAccess: [
    { name: "_x\u001b[31m", technology: "cookie", purpose: { en: "x\u009b31m", de: "x" }, duration: "P1D", party: "third", ground: "consent" },
  ],
  sources: [{ url: "https://example.com/\u001b[1m", facts: ["entity"] }],
  transfers: [{ country: "US", mechanism: "EU-US-DPF", checked: "2026\u001b[8m", note: "\u001b[8mhidden" }],
  checked: "2026-11-29\u001b[5m",
};

/** Every escape sequence in the text that is not a colour (SGR) code. */
function nonColorEscapes(text: string): string[] {
  return text.replace(/\u001b\[\d+m/g, "").match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g) ?? [];
}

describe("describeEntry", () => {
  it("prints catalog text with its control characters neutralised", () => {
    for (const colors of [plain, colored]) {
      const text = describeEntry(hostile, { colors, locale: "en" });
      expect(nonColorEscapes(text)).toEqual([]);
      expect(text).toContain("Evil\uFFFD]0;pwned\uFFFD Analytics");
      expect(text).toContain("Line 1\uFFFDLine 2");
    }
    expect(describeEntry(hostile, { colors: plain, locale: "en" })).not.toContain("\u001b");
  });

  it("wraps prose to the width, continuing under the value", () => {
    const text = describeEntry(catalog["google-analytics"], { colors: plain, locale: "en", width: 60 });
    for (const line of text.trimEnd().split("\n")) {
      // URLs are never cut; every other line fits.
      if (!line.includes("https://")) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    }
    expect(text).toMatch(/\n {2}Criteria {2}The site owner chooses how long Google keeps\n {12}user- and/);
  });

  it("does not wrap without a width (output to a pipe or a file)", () => {
    const text = describeEntry(catalog["google-analytics"], { colors: plain, locale: "en" });
    const { en } = catalog["google-analytics"].description as { en: string };
    expect(text).toContain(`  ${en}\n`);
  });
});

describe("catalogTable", () => {
  it("neutralises control characters in cells", () => {
    const table = catalogTable([hostile], { colors: plain, locale: "en" });
    expect(nonColorEscapes(table)).toEqual([]);
    expect(table).toContain("Evil\uFFFD]0;pwned\uFFFD Analytics");
  });

  it("cuts the kind of service with an ellipsis to fit a terminal", () => {
    const table = catalogTable([catalog.hubspot, catalog.zoom], { colors: plain, locale: "en", maxWidth: 70 });
    for (const line of table.trimEnd().split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(70);
    expect(table).toMatch(new RegExp(`\nhubspot +HubSpot +Customer relationship manageme… +IE +${catalog.hubspot.checked}\n`));
  });
});

describe("describeDuration", () => {
  it("reads ISO 8601 durations in words, keeping the code", () => {
    expect(describeDuration("P2Y")).toBe("2 years (P2Y)");
    expect(describeDuration("P1D")).toBe("1 day (P1D)");
    expect(describeDuration("PT30M")).toBe("30 minutes (PT30M)");
    expect(describeDuration("P1Y6M")).toBe("1 year 6 months (P1Y6M)");
    expect(describeDuration("P1MT1M")).toBe("1 month 1 minute (P1MT1M)");
    expect(describeDuration("session")).toBe("the browser session");
  });
});
