import { cleanup } from "ink-testing-library";
import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { keys, press } from "../test/helpers.js";
import { renderViewer, untilComposed } from "../test/render-viewer.js";
import { fitFooter, positionRule } from "./footer.js";
import { de } from "./messages/de.js";
import { en } from "./messages/en.js";

afterEach(cleanup);

describe("fitFooter", () => {
  const line = { lead: "“ip address”: section 3 of 17", hints: ["n next", "N previous", "Esc clear"], always: ["? help", "q quit"] };

  it("leaves hints out from the end first, then cuts the lead, and keeps how to get help and quit", () => {
    expect(fitFooter(line, 120)).toBe("“ip address”: section 3 of 17 · n next · N previous · Esc clear · ? help · q quit");
    expect(fitFooter(line, 60)).toBe("“ip address”: section 3 of 17 · n next · ? help · q quit");
    expect(fitFooter(line, 40)).toBe("“ip address”: section… · ? help · q quit");
    expect(fitFooter({ hints: en.footer.list, always: en.footer.always }, 40)).toBe("↑↓ move · Enter read · ? help · q quit");
  });

  it("cuts even those where the screen is narrower than they are", () => {
    expect(fitFooter(line, 10)).toBe("? help · …");
  });
});

describe("positionRule", () => {
  it("ends the rule with the position, as a pager's prompt does, and drops it where it does not fit", () => {
    expect(positionRule("section 3 of 17 · 42%", 40)).toBe(`${"─".repeat(16)} section 3 of 17 · 42% ─`);
    expect(positionRule("section 3 of 17 · 42%", 20)).toBe("─".repeat(20));
    expect(positionRule(undefined, 5)).toBe("─────");
  });
});

describe("the footer at 40, 60 and 120 columns, in English and German", () => {
  const cases = [40, 60, 120].flatMap((columns) => (["en", "de"] as const).map((locale) => [columns, locale, locale === "en" ? en : de] as const));

  it.each(cases)("at %i columns in %s says how to get help and how to quit, when browsing, searching and in a view", async (columns, locale, m) => {
    const { stdin, screen } = await renderViewer({ columns, rows: 20, locale });
    await untilComposed(screen);
    const footer = () => screen().split("\n").at(-1) ?? "";
    const endsWell = (always: readonly string[]) => {
      expect(footer().endsWith(always.join(" · ")), footer()).toBe(true);
      expect(stringWidth(footer())).toBeLessThanOrEqual(columns);
    };
    endsWell(m.footer.always);
    await press(stdin, "/", "zoom", keys.enter);
    endsWell(m.footer.always);
    await press(stdin, keys.escape, "d");
    endsWell(m.footer.always);
    await press(stdin, "?");
    endsWell(m.footer.help);
  });
});
