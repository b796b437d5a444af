import { describe, expect, it } from "vitest";
import { describeValue, optionChecks } from "./option-checks.js";
import { RenderOptionsError } from "./options-error.js";

class TestOptionsError extends RenderOptionsError {}
const check = optionChecks(TestOptionsError);

function failure(run: () => unknown): { option: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof TestOptionsError) return { option: error.option, message: error.message };
    throw error;
  }
  throw new Error("expected the renderer's options error");
}

describe("optionChecks", () => {
  it("takes no options as none, and refuses what is not an object or names an unknown option", () => {
    expect(check.options(undefined, ["a"])).toEqual({});
    expect(check.options({ a: 1 }, ["a"])).toEqual({ a: 1 });
    expect(failure(() => check.options([], ["a"]))).toEqual({ option: "options", message: "options must be an object, got an array" });
    expect(failure(() => check.options(null, ["a"]))).toEqual({ option: "options", message: "options must be an object, got null" });
    expect(failure(() => check.options({ b: 1 }, ["a", "c"]))).toEqual({ option: "b", message: "b is not an option; the options are a, c" });
  });

  it("checks locales, booleans, integers in a range and titles, naming the option", () => {
    expect(check.locale("de")).toBe("de");
    expect(check.locale(undefined)).toBeUndefined();
    expect(failure(() => check.locale("sv"))).toEqual({ option: "locale", message: 'locale must be one of en, de, fr, it, es, nl, pl, got "sv"' });
    expect(failure(() => check.boolean("tables", "no"))).toEqual({ option: "tables", message: 'tables must be true or false, got "no"' });
    expect(check.integer("headingOffset", 5, 0, 5)).toBe(5);
    for (const bad of [6, -1, 1.5, "2", Number.NaN]) {
      expect(failure(() => check.integer("headingOffset", bad, 0, 5)).message).toBe(
        `headingOffset must be an integer from 0 to 5, got ${describeValue(bad)}`,
      );
    }
    expect(check.title("title", undefined)).toBeUndefined();
    expect(failure(() => check.title("title", "  "))).toEqual({ option: "title", message: 'title must be a non-empty string, got "  "' });
  });

  it("resolves a table of contents: none, the defaults, or depth and title checked", () => {
    expect(check.toc(false)).toBeNull();
    expect(check.toc(true)).toEqual({ depth: 2, title: undefined });
    expect(check.toc({ depth: 1, title: "On this page" })).toEqual({ depth: 1, title: "On this page" });
    expect(failure(() => check.toc("yes"))).toEqual({ option: "toc", message: 'toc must be true, false or { depth?, title? }, got "yes"' });
    expect(failure(() => check.toc({ depth: 7 })).option).toBe("toc.depth");
    expect(failure(() => check.toc({ levels: 2 }))).toEqual({
      option: "toc.levels",
      message: "toc.levels is not an option; the options are toc.depth, toc.title",
    });
  });
});

describe("describeValue", () => {
  it("quotes strings and names what has no short form", () => {
    expect([describeValue("x"), describeValue(3), describeValue(null), describeValue(undefined), describeValue([]), describeValue({})]).toEqual([
      '"x"',
      "3",
      "null",
      "undefined",
      "an array",
      "an object",
    ]);
  });
});
