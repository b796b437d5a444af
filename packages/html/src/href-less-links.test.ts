import { describe, expect, it } from "vitest";
import { element } from "./element.js";
import { withoutHrefLessLinks } from "./href-less-links.js";

describe("withoutHrefLessLinks", () => {
  it("replaces an <a> without href by its content, at any depth, and keeps links with one", () => {
    const text = (value: string) => ({ type: "text", value }) as const;
    const kept = element("a", { href: "https://example.com" }, [text("kept")]);
    const nodes = [
      element("p", {}, [
        text("Before "),
        element("a", { rel: ["noopener", "noreferrer"] }, [element("strong", {}, [text("refused")])]),
        text(" after"),
      ]),
      kept,
    ];
    expect(withoutHrefLessLinks(nodes)).toEqual([
      element("p", {}, [text("Before "), element("strong", {}, [text("refused")]), text(" after")]),
      kept,
    ]);
  });
});
