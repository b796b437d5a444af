import { RenderOptionsError } from "@policy/core/render";
import { describe, expect, it } from "vitest";
import { MarkdownOptionsError, resolveOptions, type MarkdownOptions } from "./options.js";

describe("MarkdownOptionsError", () => {
  it("is the renderers' RenderOptionsError and a TypeError, with its own name and the option", () => {
    const error = new MarkdownOptionsError("tables", "tables must be true or false, got 0");
    expect(error).toBeInstanceOf(MarkdownOptionsError);
    expect(error).toBeInstanceOf(RenderOptionsError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe("MarkdownOptionsError");
    expect(error.option).toBe("tables");
    expect(String(error)).toBe("MarkdownOptionsError: tables must be true or false, got 0");
  });
});

describe("resolveOptions", () => {
  it("applies the defaults", () => {
    expect(resolveOptions(undefined)).toEqual({ locale: undefined, headingOffset: 0, toc: null, frontmatter: false, tables: true, index: false });
    expect(resolveOptions({ toc: true })).toMatchObject({ toc: { depth: 2, title: undefined } });
    expect(resolveOptions({ toc: { depth: 4, title: "On this page" } })).toMatchObject({ toc: { depth: 4, title: "On this page" } });
  });

  it.each<[unknown, string, string]>([
    [{ headingOffset: 7 }, "headingOffset", "headingOffset must be an integer from 0 to 5, got 7"],
    [{ headingOffset: -1 }, "headingOffset", "headingOffset must be an integer from 0 to 5, got -1"],
    [{ headingOffset: 1.5 }, "headingOffset", "headingOffset must be an integer from 0 to 5, got 1.5"],
    [{ headingOffset: "2" }, "headingOffset", 'headingOffset must be an integer from 0 to 5, got "2"'],
    [{ locale: "sv" }, "locale", 'locale must be one of en, de, fr, it, es, nl, pl, got "sv"'],
    [{ toc: "yes" }, "toc", 'toc must be true, false or { depth?, title? }, got "yes"'],
    [{ toc: { depth: 0 } }, "toc.depth", "toc.depth must be an integer from 1 to 6, got 0"],
    [{ toc: { title: " " } }, "toc.title", 'toc.title must be a non-empty string, got " "'],
    [{ toc: { levels: 2 } }, "toc.levels", "toc.levels is not an option; the options are toc.depth, toc.title"],
    [{ frontmatter: "yes" }, "frontmatter", 'frontmatter must be true or false, got "yes"'],
    [{ tables: 0 }, "tables", "tables must be true or false, got 0"],
    [{ index: "yes" }, "index", 'index must be true or false, got "yes"'],
    [{ tabels: false }, "tabels", "tabels is not an option; the options are locale, headingOffset, toc, frontmatter, tables, index"],
    ["en", "options", 'options must be an object, got "en"'],
    [null, "options", "options must be an object, got null"],
  ])("refuses %j, naming %s", (options, option, message) => {
    const error = (() => {
      try {
        resolveOptions(options as MarkdownOptions);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(MarkdownOptionsError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as MarkdownOptionsError).option).toBe(option);
    expect((error as MarkdownOptionsError).message).toBe(message);
    expect((error as MarkdownOptionsError).message.startsWith(option)).toBe(true);
  });
});
