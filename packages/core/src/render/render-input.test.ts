import { describe, expect, it } from "vitest";
import { contractOnly } from "../../test/fixtures/compose/policies.js";
import { compose } from "../compose/compose.js";
import { RenderOptionsError } from "./options-error.js";
import { documentFor, isPolicyDocument } from "./render-input.js";

class TestOptionsError extends RenderOptionsError {}

describe("documentFor", () => {
  const policy = contractOnly();
  const german = compose(policy, { locale: "de" });

  it("composes a Policy in the locale asked for", () => {
    expect(documentFor(policy, "de", TestOptionsError)).toEqual(german);
    expect(isPolicyDocument(policy)).toBe(false);
  });

  it("composes the index too when asked to", () => {
    expect(documentFor(policy, "de", TestOptionsError).index).toBeUndefined();
    expect(documentFor(policy, "de", TestOptionsError, { index: true })).toEqual(compose(policy, { locale: "de", index: true }));
  });

  it("returns a PolicyDocument as it is", () => {
    expect(documentFor(german, undefined, TestOptionsError)).toBe(german);
    expect(documentFor(german, "de", TestOptionsError)).toBe(german);
    expect(isPolicyDocument(german)).toBe(true);
  });

  it("reports a missing or mismatched locale through the renderer's own error, naming the option", () => {
    expect(() => documentFor(policy, undefined, TestOptionsError)).toThrow(TestOptionsError);
    expect(() => documentFor(policy, undefined, TestOptionsError)).toThrow(/locale is required/);
    expect(() => documentFor(german, "en", TestOptionsError)).toThrow(/got "en", the document is in "de"/);
    expect(optionOf(() => documentFor(german, "en", TestOptionsError))).toBe("locale");
  });

  it("reports a document without the index asked for as the renderer's error naming index", () => {
    expect(() => documentFor(german, undefined, TestOptionsError, { index: true })).toThrow(TestOptionsError);
    expect(() => documentFor(german, undefined, TestOptionsError, { index: true })).toThrow(/^index needs the document's index/);
    expect(optionOf(() => documentFor(german, undefined, TestOptionsError, { index: true }))).toBe("index");
    const indexed = compose(policy, { locale: "de", index: true });
    expect(documentFor(indexed, undefined, TestOptionsError, { index: true })).toBe(indexed);
  });

  it("refuses a document in a language it does not know with a TypeError", () => {
    const french = { ...german, meta: { ...german.meta, language: "sv" } } as unknown as typeof german;
    expect(() => documentFor(french, undefined, TestOptionsError)).toThrow(TypeError);
    expect(() => documentFor(french, "de", TestOptionsError)).toThrow('the document\'s language must be one of en, de, fr, it, es, nl, pl, got "sv"');
  });

  it("refuses anything else with a TypeError", () => {
    for (const input of [null, "policy", 42, {}, { meta: {}, sections: [] }]) {
      expect(() => documentFor(input as never, "en", TestOptionsError)).toThrow(TypeError);
    }
  });
});

function optionOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TestOptionsError) return error.option;
    throw error;
  }
  throw new Error("expected the renderer's options error");
}

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
    expect(() => documentFor(withIds("rights", "service-a--data"), undefined, TestOptionsError)).not.toThrow();
  });

  it.each(['x"><script>', "Rights", "-rights", "rights-", "a_b", "a b", ""])("refuses the id %j", (id) => {
    expect(() => documentFor(withIds(id, "contact"), undefined, TestOptionsError)).toThrow(
      /^section id must be lower-case letters, digits and hyphens/,
    );
  });

  it("refuses an id that repeats, also in a subsection", () => {
    expect(() => documentFor(withIds("rights", "rights"), undefined, TestOptionsError)).toThrow('section ids must be unique: "rights" appears twice');
    const nested = withIds("rights", "contact");
    const deep = { ...nested, sections: [{ ...nested.sections[0]!, sections: [{ ...nested.sections[1]!, id: "rights" }] }] };
    expect(() => documentFor(deep, undefined, TestOptionsError)).toThrow(/"rights" appears twice/);
  });

  it("checks the index's ids with the text's: an index section may not take a text section's id", () => {
    const indexed = compose(contractOnly(), { locale: "en", index: true });
    expect(() => documentFor(indexed, undefined, TestOptionsError)).not.toThrow();
    const clash = { ...indexed, index: [{ ...indexed.index![0]!, id: "rights" }] };
    expect(() => documentFor(clash, undefined, TestOptionsError)).toThrow('section ids must be unique: "rights" appears twice');
    expect(() => documentFor({ ...indexed, index: [{ ...indexed.index![0]!, id: "Data" }] }, undefined, TestOptionsError)).toThrow(
      /^section id must be/,
    );
  });
});
