import type { Link, Text } from "mdast";
import { afterEach, describe, expect, it, vi } from "vitest";
import { text } from "./inline.js";
import { formatDate, formatDuration, formatInlineList, formatList } from "./format.js";

describe("formatDate", () => {
  afterEach(() => vi.useRealTimers());

  it("writes an ISO date the way each language does", () => {
    expect(formatDate("2026-12-01", "en")).toBe("1 December 2026");
    expect(formatDate("2026-12-01", "de")).toBe("1. Dezember 2026");
    expect(formatDate("2024-02-29", "de")).toBe("29. Februar 2024");
  });

  it("reads the date in UTC, so no time zone moves it to the day before", () => {
    // 1 January at midnight UTC is still 31 December in America: the date must not follow the clock's zone.
    expect(formatDate("2027-01-01", "en")).toBe("1 January 2027");
    vi.useFakeTimers();
    vi.setSystemTime(new Date("1999-12-31T23:59:59-12:00"));
    expect(formatDate("2027-01-01", "en")).toBe("1 January 2027");
  });

  it("refuses anything but YYYY-MM-DD", () => {
    expect(() => formatDate("1.12.2026", "de")).toThrow(RangeError);
    expect(() => formatDate("2026-12-01T00:00:00Z", "en")).toThrow(RangeError);
  });
});

describe("formatList", () => {
  it("joins with the locale's conjunction", () => {
    expect(formatList(["Germany", "France", "Italy"], "en")).toBe("Germany, France and Italy");
    expect(formatList(["Deutschland", "Frankreich", "Italien"], "de")).toBe("Deutschland, Frankreich und Italien");
    expect(formatList(["a", "b"], "en", "or")).toBe("a or b");
    expect(formatList(["a", "b"], "de", "or")).toBe("a oder b");
    expect(formatList(["Name", "E-mail address"], "en", "short")).toBe("Name, E-mail address");
    expect(formatList(["one"], "en")).toBe("one");
  });

  it("uses “sowie” in German where an item has an “und” of its own", () => {
    expect(formatList(["Kundinnen und Kunden", "Beschäftigte"], "de")).toBe("Kundinnen und Kunden sowie Beschäftigte");
    expect(formatList(["Name", "Aktivitäten und Verhalten", "Vorname"], "de")).toBe("Name, Aktivitäten und Verhalten sowie Vorname");
    expect(formatList(["Kundinnen und Kunden", "Beschäftigte"], "de", "or")).toBe("Kundinnen und Kunden oder Beschäftigte");
    expect(formatList(["customers and clients", "staff"], "en")).toBe("customers and clients and staff");
  });

  it("keeps nodes as nodes and adds only the separators", () => {
    const link: Link = { type: "link", url: "mailto:a@example.com", children: [text("a@example.com")] };
    const marked: Text = { type: "text", value: "Zoom meetings", data: { lang: "en" } };
    expect(formatInlineList([[link], [marked], [text("Calendly")]], "de")).toEqual([link, text(", "), marked, text(" und Calendly")]);
  });
});

describe("formatDuration", () => {
  it("writes ISO 8601 durations in words", () => {
    expect(formatDuration("P30D", "en")).toBe("30 days");
    expect(formatDuration("P30D", "de")).toBe("30 Tage");
    expect(formatDuration("P1D", "en")).toBe("1 day");
    expect(formatDuration("P1Y", "de")).toBe("1 Jahr");
    expect(formatDuration("P10Y", "de")).toBe("10 Jahre");
    expect(formatDuration("P6M", "en")).toBe("6 months");
    expect(formatDuration("P2W", "de")).toBe("2 Wochen");
    expect(formatDuration("P1Y6M", "en")).toBe("1 year and 6 months");
    expect(formatDuration("P1Y6M", "de")).toBe("1 Jahr und 6 Monate");
  });

  it("handles the time part, and P…M for months but PT…M for minutes", () => {
    expect(formatDuration("PT24H", "en")).toBe("24 hours");
    expect(formatDuration("PT30M", "en")).toBe("30 minutes");
    expect(formatDuration("PT30M", "de")).toBe("30 Minuten");
    expect(formatDuration("PT90S", "de")).toBe("90 Sekunden");
    expect(formatDuration("P1DT12H", "en")).toBe("1 day and 12 hours");
    expect(formatDuration("P1MT1M", "en")).toBe("1 month and 1 minute");
    expect(formatDuration("P2DT3H4M5S", "de")).toBe("2 Tage, 3 Stunden, 4 Minuten und 5 Sekunden");
  });

  it("leaves out zero parts, but says something for an all-zero duration", () => {
    expect(formatDuration("P0Y6M", "en")).toBe("6 months");
    expect(formatDuration("P0D", "en")).toBe("0 days");
    expect(formatDuration("PT0S", "de")).toBe("0 Sekunden");
  });

  it("groups large numbers the way each language does", () => {
    expect(formatDuration("P1000D", "en")).toBe("1,000 days");
    expect(formatDuration("P1000D", "de")).toBe("1.000 Tage");
  });

  it("refuses what is not an ISO 8601 duration", () => {
    expect(() => formatDuration("30 days", "en")).toThrow(RangeError);
    expect(() => formatDuration("P", "en")).toThrow(RangeError);
    expect(() => formatDuration("PT", "en")).toThrow(RangeError);
  });
});
