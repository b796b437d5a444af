import { describe, expect, it } from "vitest";
import { contractOnly } from "../../test/fixtures/compose/policies.js";
import { compose } from "./compose.js";
import { documentFor, isPolicyDocument } from "./render-input.js";

class LocaleError extends Error {}
const localeError = (message: string) => new LocaleError(message);

describe("documentFor", () => {
  const policy = contractOnly();
  const german = compose(policy, { locale: "de" });

  it("composes a Policy in the locale asked for", () => {
    expect(documentFor(policy, "de", localeError)).toEqual(german);
    expect(isPolicyDocument(policy)).toBe(false);
  });

  it("composes the index too when asked to", () => {
    expect(documentFor(policy, "de", localeError).index).toBeUndefined();
    expect(documentFor(policy, "de", localeError, { index: true })).toEqual(compose(policy, { locale: "de", index: true }));
  });

  it("returns a PolicyDocument as it is", () => {
    expect(documentFor(german, undefined, localeError)).toBe(german);
    expect(documentFor(german, "de", localeError)).toBe(german);
    expect(isPolicyDocument(german)).toBe(true);
  });

  it("reports a missing or mismatched locale through the renderer's own error", () => {
    expect(() => documentFor(policy, undefined, localeError)).toThrow(LocaleError);
    expect(() => documentFor(policy, undefined, localeError)).toThrow(/locale is required/);
    expect(() => documentFor(german, "en", localeError)).toThrow(/got "en", the document is in "de"/);
  });

  it("refuses anything else with a TypeError", () => {
    for (const input of [null, "policy", 42, {}, { meta: {}, sections: [] }]) {
      expect(() => documentFor(input as never, "en", localeError)).toThrow(TypeError);
    }
  });
});

describe("documentFor: section ids of a hand-built document", () => {
  const document = compose(contractOnly(), { locale: "en" });
  const withIds = (first: string, second: string) => ({
    ...document,
    sections: [
      { id: first, kind: "rights" as const, title: "A", content: [], sections: [] },
      { id: second, kind: "contact" as const, title: "B", content: [], sections: [] },
    ],
  });

  it("takes lower-case slugs, unique across the tree", () => {
    expect(() => documentFor(withIds("rights", "service-a--data"), undefined, localeError)).not.toThrow();
  });

  it.each(['x"><script>', "Rights", "-rights", "rights-", "a_b", "a b", ""])("refuses the id %j", (id) => {
    expect(() => documentFor(withIds(id, "contact"), undefined, localeError)).toThrow(/^section id must be lower-case letters, digits and hyphens/);
  });

  it("refuses an id that repeats, also in a subsection", () => {
    expect(() => documentFor(withIds("rights", "rights"), undefined, localeError)).toThrow('section ids must be unique: "rights" appears twice');
    const nested = withIds("rights", "contact");
    const deep = { ...nested, sections: [{ ...nested.sections[0]!, sections: [{ ...nested.sections[1]!, id: "rights" }] }] };
    expect(() => documentFor(deep, undefined, localeError)).toThrow(/"rights" appears twice/);
  });

  it("checks the index's ids with the text's: an index section may not take a text section's id", () => {
    const indexed = compose(contractOnly(), { locale: "en", index: true });
    expect(() => documentFor(indexed, undefined, localeError)).not.toThrow();
    const clash = { ...indexed, index: [{ ...indexed.index![0]!, id: "rights" }] };
    expect(() => documentFor(clash, undefined, localeError)).toThrow('section ids must be unique: "rights" appears twice');
    expect(() => documentFor({ ...indexed, index: [{ ...indexed.index![0]!, id: "Data" }] }, undefined, localeError)).toThrow(/^section id must be/);
  });
});
