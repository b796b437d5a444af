import { describe, expect, expectTypeOf, it } from "vitest";
import { de } from "./de.js";
import { en } from "./en.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";
import { text, type Inline } from "../inline.js";
import type { Messages } from "./messages.js";

/** The keys of a message set, nested keys as paths ("titles.rights"). */
function keys(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, entry]) =>
    entry !== null && typeof entry === "object" && !Array.isArray(entry) ? keys(entry as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** An inline run's words. */
function words(run: Inline): string {
  return run.map((node) => ("value" in node ? node.value : "")).join("");
}

describe("messages", () => {
  it("has every English message in German, and nothing more", () => {
    expect(keys(de).sort()).toEqual(keys(en).sort());
  });

  it("has every English message in Dutch, and nothing more", () => {
    expect(keys(nl).sort()).toEqual(keys(en).sort());
  });

  it("has German that differs from the English", () => {
    expect(de.documentTitle).not.toBe(en.documentTitle);
    for (const key of Object.keys(en.titles) as (keyof Messages["titles"])[]) {
      if (key !== "dpo") expect(de.titles[key], key).not.toBe(en.titles[key]);
    }
  });

  it("makes a message missing in German a compile error", () => {
    const { serviceTitles: _, ...withoutServiceTitles } = de;
    const { about: __, ...withoutAbout } = de.serviceTitles;
    const broken = () => {
      // @ts-expect-error: a German message set without serviceTitles is not a Messages
      const missingTop: Messages = withoutServiceTitles;
      // @ts-expect-error: nor is one whose serviceTitles lacks "about"
      const missingNested: Messages = { ...de, serviceTitles: withoutAbout };
      // @ts-expect-error: a message with values must take them (serviceTitles.about takes the subject)
      const wrongShape: Messages = { ...de, serviceTitles: { ...de.serviceTitles, about: "Was ist das?" } };
      return [missingTop, missingNested, wrongShape];
    };
    expect(typeof broken).toBe("function");
    expectTypeOf(de).toEqualTypeOf<Messages>();
  });

  it("in Polish, name the services a right or an objection concerns in the number they are in", () => {
    const one = [text("Newsletter")];
    const two = [text("Zoom i Calendly")];
    expect(words(pl.rightAppliesTo(one, false))).toBe("To prawo dotyczy usługi: Newsletter.");
    expect(words(pl.rightAppliesTo(two, true))).toBe("To prawo dotyczy usług: Zoom i Calendly.");
    expect(words(pl.objectionConcerns(one, false))).toBe("Dotyczy to usługi: Newsletter.");
    expect(words(pl.consentConcerns(two, true))).toBe("Dotyczy to usług: Zoom i Calendly.");
  });

  it("in Polish, write a date in the history of changes with «r.», as in running text", () => {
    expect(pl.changeDate("1 grudnia 2026")).toBe("1 grudnia 2026 r.");
    expect(en.changeDate("1 December 2026")).toBe("1 December 2026");
  });
});
