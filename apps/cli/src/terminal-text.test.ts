import { describe, expect, it } from "vitest";
import { terminalSafe } from "./terminal-text.js";

describe("terminalSafe", () => {
  it("keeps text, Unicode and emoji as they are", () => {
    expect(terminalSafe("Müller & Söhne — 東京 🙂 *_[x]<y>")).toBe("Müller & Söhne — 東京 🙂 *_[x]<y>");
  });

  it("replaces every control character a terminal would act on, newlines included, and bidi overrides", () => {
    expect(terminalSafe("a\u001b[2Jb\u0007c\u009bd\u007fe\nf\rg\u202eh\u2066i\u0000j")).toBe(
      "a\uFFFD[2Jb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj",
    );
  });

  it("turns a tab into a space", () => {
    expect(terminalSafe("a\tb")).toBe("a b");
  });
});
