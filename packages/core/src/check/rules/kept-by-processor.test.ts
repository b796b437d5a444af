import { describe, expect, it } from "vitest";
import { findings, service } from "../../../test/fixtures/check/findings.js";
import type { ProcessorInput } from "../../model/processor.js";
import type { ServiceInput } from "../../model/service.js";

const provider = (role: ProcessorInput["role"]): ProcessorInput => ({
  id: "videos",
  name: "Videos",
  role,
  entity: { name: "Videos Ltd", address: { street: "1 Harbour Road", city: "Dublin", country: "IE" } },
  description: "Shows videos.",
});

const embed = (processor: ProcessorInput | undefined): ServiceInput => ({
  ...service,
  id: "videos",
  name: "Videos",
  processor,
  keptBy: "provider",
  retention: undefined,
});

describe("kept-by-processor", () => {
  it("fails keptBy: provider for a processor acting for us, or for a service done in-house", () => {
    expect(findings("kept-by-processor", [embed(provider("processor"))])).toEqual([
      expect.objectContaining({
        severity: "error",
        path: "services[0].keptBy",
        message: expect.stringContaining("keptBy: provider, but Videos processes the data on your behalf (role: processor)"),
      }),
    ]);
    expect(findings("kept-by-processor", [embed(undefined)])[0]?.message).toContain("keptBy: provider, but the service has no provider");
    // Software we host ourselves is no provider either: what it processes, we keep.
    expect(findings("kept-by-processor", [embed({ ...provider("none"), selfHosted: true })])[0]?.message).toContain(
      "keptBy: provider, but the service has no provider",
    );
  });

  it("passes it for a provider that is a controller, alone or jointly with us", () => {
    expect(findings("kept-by-processor", [embed(provider("controller"))])).toEqual([]);
    const joint = { ...provider("joint-controller"), roles: [{ role: "joint-controller" as const, arrangement: "https://videos.example/joint" }] };
    expect(findings("kept-by-processor", [embed(joint as ProcessorInput)])).toEqual([]);
  });
});
