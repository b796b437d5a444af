import { describe, expect, expectTypeOf, it } from "vitest";
import { de } from "./de.js";
import { en } from "./en.js";
import { nl } from "./nl.js";
import type { Messages } from "./messages.js";

/** The keys of a message set, nested keys as paths ("titles.rights"). */
function keys(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, entry]) =>
    entry !== null && typeof entry === "object" && !Array.isArray(entry) ? keys(entry as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
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
});
