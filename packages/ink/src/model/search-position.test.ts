import { compose } from "@policy/core";
import { describe, expect, it } from "vitest";
import { examplePolicy } from "../../test/helpers.js";
import { entryLines } from "./entry-lines.js";
import { navigation } from "./navigation.js";
import { matchingEntries, occurrences } from "./search.js";
import { searchPosition } from "./search-position.js";

const entries = navigation(compose(examplePolicy(), { locale: "en", index: true }));
const width = 60;
const matching = matchingEntries(entries, "brevo");
const counts = matching.map((index) => {
  const entry = entries[index];
  return entry === undefined ? 0 : occurrences(entryLines(entry, width), "brevo").length;
});

describe("searchPosition", () => {
  it("numbers the matches through the sections in list order", () => {
    const total = counts.reduce((sum, count) => sum + count, 0);
    expect(matching.length).toBeGreaterThan(2);
    expect(searchPosition(entries, matching, "brevo", { entry: matching[0] as number, occurrence: 0 }, width)).toEqual({
      kind: "match",
      match: 1,
      matches: total,
    });
    const third = matching[2] as number;
    const before = (counts[0] ?? 0) + (counts[1] ?? 0);
    expect(searchPosition(entries, matching, "brevo", { entry: third, occurrence: 1 }, width)).toEqual({
      kind: "match",
      match: before + 2,
      matches: total,
    });
  });

  it("counts in the open section only where the matching text is longer than the bound", () => {
    const third = matching[2] as number;
    expect(searchPosition(entries, matching, "brevo", { entry: third, occurrence: 0 }, width, 100)).toEqual({
      kind: "inSection",
      match: 1,
      matches: counts[2],
      section: 3,
      sections: matching.length,
    });
  });

  it("counts the sections when the open one has no match", () => {
    expect(searchPosition(entries, matching, "brevo", null, width)).toEqual({ kind: "sections", sections: matching.length });
  });
});
