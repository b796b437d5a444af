import { policyDocuments } from "@policy/core/render";
import { describe, expect, it } from "vitest";
import { examplePolicy } from "../test/helpers.js";
import { layoutFor } from "./layout.js";
import { PolicyModel } from "./model/policy-model.js";
import { ViewOptionsError } from "./options.js";
import { initialState, settle, update, type ViewerContext } from "./viewer-state.js";

/** The state's context over a PolicyModel: a language is there only once the test composes it. */
function contextFor(model: PolicyModel): ViewerContext {
  return { layout: layoutFor(100, 24), locales: ["en", "de"], warnings: [], modelFor: (locale) => model.composed(locale) };
}

describe("viewer state while a language is being composed", () => {
  it("queues keys until the language is composed, then applies them in order; quit never waits", () => {
    const policy = new PolicyModel(policyDocuments(examplePolicy(), undefined, ViewOptionsError, { index: true }));
    const context = contextFor(policy);
    let state = initialState("en");
    for (const command of ["down", "down", "language", "down"] as const) state = update(state, command, context);
    expect(state.queued).toEqual(["down", "down", "language", "down"]);
    expect(state.selected).toBe(0);
    expect(update(state, "quit", context).quit).toBe(true);
    // Still not composed: settle leaves the state as it is.
    expect(settle(state, context)).toBe(state);

    policy.forLocale("en");
    state = settle(state, context);
    // Two downs in English, then "language" to German, which is not composed: the last down waits for it.
    expect(state).toMatchObject({ locale: "de", selected: 2, queued: ["down"], reopen: policy.forLocale("en").entries[2]?.id });

    policy.forLocale("de");
    state = settle(state, context);
    // The section open in English is selected in German, and the waiting down moves on from it.
    expect(state).toMatchObject({ locale: "de", selected: 3, queued: [], reopen: null });
  });
});
