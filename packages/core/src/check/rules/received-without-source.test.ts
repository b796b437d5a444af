import { describe, expect, it } from "vitest";
import { findings, service } from "../../../test/fixtures/check/findings.js";
import type { ServiceInput } from "../../model/service.js";

describe("received-without-source", () => {
  it("fails data received from others with no source named", () => {
    const scored: ServiceInput = { ...service, data: ["user.name", { category: "user.financial", collected: "received" }] };
    expect(findings("received-without-source", [scored])).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "services[0].data[1]",
        message: expect.stringContaining("name the source (Art. 14(2)(f) GDPR)"),
      }),
    ]);
  });

  it("passes a source on the item, or a source other than the person on the service", () => {
    const onItem: ServiceInput = { ...service, data: [{ category: "user.financial", source: "the credit agency we ask" }] };
    expect(findings("received-without-source", [onItem])).toEqual([]);
    const onService: ServiceInput = {
      ...service,
      data: [{ category: "user.financial", collected: "received" }],
      sources: [{ from: "third-party", name: "the credit agency we ask" }],
    };
    expect(findings("received-without-source", [onService])).toEqual([]);
  });
});
