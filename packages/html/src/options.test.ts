import { RenderOptionsError } from "@policy/core/render";
import { describe, expect, it } from "vitest";
import { examplePolicy } from "../test/example.js";
import { HtmlOptionsError, resolveOptions } from "./options.js";
import { toHtml } from "./to-html.js";

function optionError(run: () => unknown): HtmlOptionsError {
  try {
    run();
  } catch (error) {
    if (error instanceof HtmlOptionsError) return error;
    throw error;
  }
  throw new Error("expected an HtmlOptionsError");
}

describe("HtmlOptionsError", () => {
  it("is the renderers' RenderOptionsError and a TypeError, with its own name and the option", () => {
    const error = optionError(() => resolveOptions({ standalone: "yes" } as never));
    expect(error).toBeInstanceOf(HtmlOptionsError);
    expect(error).toBeInstanceOf(RenderOptionsError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe("HtmlOptionsError");
    expect(error.option).toBe("standalone");
    expect(String(error)).toBe('HtmlOptionsError: standalone must be true or false, got "yes"');
  });
});

describe("options", () => {
  it("has defaults: a fragment, no table of contents, no offset, the controller named in the title", () => {
    expect(resolveOptions(undefined)).toEqual({
      locale: undefined,
      standalone: false,
      toc: null,
      headingOffset: 0,
      title: undefined,
      controllerInTitle: true,
      css: undefined,
      index: false,
    });
    expect(resolveOptions({ toc: true }).toc).toEqual({ depth: 2, title: undefined });
  });

  it.each([
    [{ locale: "sv" }, "locale", /locale must be one of en, de, fr, it, es, nl, pl, got "sv"/],
    [{ standalone: "yes" }, "standalone", /standalone must be true or false, got "yes"/],
    [{ index: 1 }, "index", /index must be true or false, got 1/],
    [{ headingOffset: 6 }, "headingOffset", /from 0 to 5, got 6/],
    [{ headingOffset: 1.5 }, "headingOffset", /got 1.5/],
    [{ toc: "yes" }, "toc", /toc must be true, false or/],
    [{ toc: { depth: 0 } }, "toc.depth", /from 1 to 6, got 0/],
    [{ toc: { levels: 2 } }, "toc.levels", /toc.levels is not an option; the options are toc.depth, toc.title/],
    [{ toc: { title: " " } }, "toc.title", /non-empty string/],
    [{ title: 3 }, "title", /title must be a non-empty string, got 3/],
    [{ controllerInTitle: "no" }, "controllerInTitle", /controllerInTitle must be true or false, got "no"/],
    [{ css: { replace: "p {}" } }, "css", /standalone pages only/],
    [{ standalone: true, css: "p {}" }, "css", /css must be \{ replace: string \} or \{ extend: string \}, got "p \{\}"/],
    [{ standalone: true, css: { replace: "a", extend: "b" } }, "css", /css must be/],
    [{ standalone: true, css: { extend: 1 } }, "css.extend", /css.extend must be a string, got 1/],
    [{ standalone: true, css: { extend: "p{}</STYLE><script>alert(1)</script>" } }, "css.extend", /must not contain "<\/style"/],
    [
      { fragment: true },
      "fragment",
      /fragment is not an option; the options are locale, standalone, toc, headingOffset, title, controllerInTitle, css, index$/,
    ],
  ])("refuses %j, naming %s", (options, option, message) => {
    const error = optionError(() => resolveOptions(options as never));
    expect(error.option).toBe(option);
    expect(error.message).toMatch(message);
    expect(error).toBeInstanceOf(TypeError);
  });

  it("refuses options that are not an object", () => {
    expect(optionError(() => resolveOptions([] as never)).message).toBe("options must be an object, got an array");
  });

  it("needs a locale for a Policy, and the document's own for a document", () => {
    const policy = examplePolicy();
    expect(optionError(() => toHtml(policy)).message).toMatch(/locale is required to render a Policy/);
    const html = toHtml(policy, { locale: "de" });
    expect(html).toContain('<article class="policy" lang="de">');
  });
});
