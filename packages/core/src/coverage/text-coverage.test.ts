import { describe, expect, it } from "vitest";
import { compareTexts, percentOf } from "./text-coverage.js";

describe("compareTexts", () => {
  const en = { title: "Your rights", share: "Cookies", nested: { named: (name: string) => `about ${name}` } };
  const de = { title: "Ihre Rechte", share: "Cookies", nested: { named: (name: string) => `über ${name}` } };

  it("counts every leaf, and finds the missing ones by their path", () => {
    const coverage = compareTexts({ en, de, target: { title: "Vos droits", nested: {} } });
    expect(coverage).toEqual({ total: 3, translated: 1, untranslated: ["share", "nested.named"] });
  });

  it("counts a text that is the English one unchanged as untranslated, unless German shares it or it is kept", () => {
    const target = { title: "Your rights", share: "Cookies", nested: { named: (name: string) => `à propos de ${name}` } };
    expect(compareTexts({ en, de, target }).untranslated).toEqual(["title"]);
    expect(compareTexts({ en, de, target }, (text) => text === "Your rights").untranslated).toEqual([]);
  });

  it("takes an empty text, or a string where a function belongs, as missing", () => {
    const target = { title: "", share: "Cookies", nested: { named: "à propos" } };
    expect(compareTexts({ en, de, target }).untranslated).toEqual(["title", "nested.named"]);
  });
});

describe("percentOf", () => {
  it("rounds down, so that only a complete text is 100%", () => {
    expect(percentOf({ total: 1000, translated: 999 })).toBe(99);
    expect(percentOf({ total: 3, translated: 3 })).toBe(100);
    expect(percentOf({ total: 0, translated: 0 })).toBe(100);
  });
});
