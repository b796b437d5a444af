import { compose } from "@policy/core";
import { describe, expect, it } from "vitest";
import { examplePolicy } from "../../test/helpers.js";
import { de } from "./de.js";
import { en } from "./en.js";
import type { Messages } from "./messages.js";

/** Every key path of a messages object, functions included, for comparing the languages. */
function paths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => paths(child, prefix === "" ? key : `${prefix}.${key}`));
}

describe("messages", () => {
  it("gives German every key English has (the type makes a missing one a compile error)", () => {
    // @ts-expect-error a messages object without a key is not a Messages: this line must not compile.
    const incomplete: Messages = { ...de, help: undefined };
    expect(incomplete.help).toBeUndefined();
    expect(paths(de)).toEqual(paths(en));
    const inEnglish = (keys: string) =>
      keys
        .replace(/Bild↑ Bild↓ {2}Leertaste/, "PgUp PgDn  Space")
        .replace("Pos1 Ende", "Home End")
        .replaceAll("Strg-", "Ctrl-");
    expect(de.help.keys.map(([keys]) => inEnglish(keys))).toEqual(en.help.keys.map(([keys]) => keys));
  });

  it("writes German in German", () => {
    expect(de.footer.list.slice(0, 2)).toEqual(["↑↓ bewegen", "Enter lesen"]);
    expect(de.position.read(0.42)).toBe("42\u00a0%");
    expect(de.search.inSection("ip", 2, 4, 3, 1432)).toBe("„ip“: Treffer 2 von 4 in Abschnitt 3 von 1.432");
    expect(de.footer.always).toEqual(["? Hilfe", "q beenden"]);
    expect(de.help.title).toBe("Tasten");
    expect(de.search.sections(2)).toBe("in 2 Abschnitten gefunden");
    expect(en.search.sections(1)).toBe("found in 1 section");
  });

  it("titles the header as compose titles the document, which the first frame is drawn without", () => {
    expect(en.header.title).toBe(compose(examplePolicy(), { locale: "en" }).meta.title);
    expect(de.header.title).toBe(compose(examplePolicy(), { locale: "de" }).meta.title);
    expect(de.composing).toBe("Die Datenschutzerklärung wird erstellt…");
  });
});
