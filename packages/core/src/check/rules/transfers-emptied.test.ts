import { describe, expect, it } from "vitest";
import { usProvider } from "../../../test/fixtures/compose/policies.js";
import { findings, service } from "../../../test/fixtures/check/findings.js";

const notes = { ...service, id: "notes", name: "Notes", processor: usProvider };

describe("transfers-emptied", () => {
  it("fails `transfers: []` that drops the processor's transfers, naming where they went", () => {
    expect(findings("transfers-emptied", [{ ...notes, transfers: [] }])).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "services[0].transfers",
        message: expect.stringContaining("transfers: [] removes the processor's transfers (to US)"),
      }),
    ]);
  });

  it("passes the processor's transfers kept, or listed anew", () => {
    expect(findings("transfers-emptied", [notes])).toEqual([]);
    expect(findings("transfers-emptied", [{ ...notes, transfers: [{ country: "US", mechanism: "A46-2-c" }] }])).toEqual([]);
  });
});
