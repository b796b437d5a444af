import { describe, expect, it } from "vitest";
import { contractOnly } from "../../test/fixtures/compose/policies.js";
import { compose } from "../compose/compose.js";
import type { Policy } from "../model/resolved.js";
import { RenderOptionsError } from "./options-error.js";
import { policyDocuments } from "./policy-documents.js";

class TestOptionsError extends RenderOptionsError {}

describe("policyDocuments", () => {
  const policy: Policy = { ...contractOnly(), locales: ["de", "en"] };

  it("offers a policy's languages in its order, and its header facts before composing", () => {
    const documents = policyDocuments(policy, undefined, TestOptionsError, { index: true });
    expect(documents.languages).toEqual(["de", "en"]);
    expect(documents.facts).toEqual({ controller: policy.controller.name, version: policy.meta.version, effective: policy.meta.effective });
    const { title: _title, language: _language, updated: _updated, ...copied } = documents.document("en").meta;
    expect(copied).toEqual(documents.facts);
  });

  it("composes a policy's document, with the index asked for, in any language asked for", () => {
    const documents = policyDocuments(policy, undefined, TestOptionsError, { index: true });
    expect(documents.document("en")).toEqual(compose(policy, { locale: "en", index: true }));
    expect(documents.document("de")).toEqual(compose(policy, { locale: "de", index: true }));
    expect(policyDocuments(policy, "en", TestOptionsError).document("de").index).toBeUndefined();
  });

  it("offers a document in its one language and returns it as given", () => {
    const german = compose(policy, { locale: "de", index: true });
    const documents = policyDocuments(german, undefined, TestOptionsError, { index: true });
    expect(documents.languages).toEqual(["de"]);
    expect(documents.facts).toEqual({ controller: german.meta.controller, version: german.meta.version, effective: german.meta.effective });
    expect(documents.document("de")).toBe(german);
    expect(() => documents.document("en")).toThrow(TestOptionsError);
  });

  it("refuses a document that does not fit at once, as the renderer's options error", () => {
    const german = compose(policy, { locale: "de" });
    expect(() => policyDocuments(german, "en", TestOptionsError)).toThrow(/got "en", the document is in "de"/);
    expect(() => policyDocuments(german, undefined, TestOptionsError, { index: true })).toThrow(/^index needs the document's index/);
  });

  it("refuses anything else with a TypeError", () => {
    for (const input of [null, "policy", {}, { meta: {}, sections: [] }]) {
      expect(() => policyDocuments(input as never, undefined, TestOptionsError)).toThrow(TypeError);
    }
  });
});
