import { describe, expect, it } from "vitest";
import { findings } from "../../../test/fixtures/check/findings.js";
import type { ProcessorInput } from "../../model/processor.js";
import type { ServiceInput } from "../../model/service.js";

const videos: ProcessorInput = {
  id: "videos",
  name: "Videos",
  role: "controller",
  categories: ["video"],
  entity: { name: "Videos Ltd", address: { street: "1 Harbour Road", city: "Dublin", country: "IE" } },
  description: "Shows videos.",
};

const embed = (retention: ServiceInput["retention"], extra: Partial<ServiceInput> = {}): ServiceInput => ({
  id: "videos",
  name: "Embedded videos",
  processor: videos,
  purposes: [{ purpose: "essential.service", legalBasis: "A6-1-a" }],
  data: ["user.device.ip_address"],
  subjects: ["visitor"],
  retention,
  deletion: "Withdraw your consent in the consent settings.",
  ...extra,
});

describe("nothing-kept-unsaid", () => {
  it("fails an embedded video whose text says we store no data, while the policy treats the data as ours", () => {
    expect(findings("nothing-kept-unsaid", [embed({ until: "never: we store no data ourselves" })])).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "services[0]",
        message: expect.stringMatching(/^the service's text says you keep none of its data, .* write keptBy: provider \(Art\. 12\(1\)/),
      }),
    ]);
    const german = embed({ until: { de: "nie: Wir speichern selbst keine Daten." } });
    expect(findings("nothing-kept-unsaid", [german], { locales: ["de"] })).toHaveLength(1);
    const inDescription = embed({ duration: "P1D" }, { description: "We do not store anything you watch." });
    expect(findings("nothing-kept-unsaid", [inDescription])).toHaveLength(1);
  });

  it("passes the same service with keptBy: provider, and a service whose words say nothing of the kind", () => {
    expect(findings("nothing-kept-unsaid", [embed(undefined, { keptBy: "provider", description: "We store no data ourselves." })])).toEqual([]);
    expect(findings("nothing-kept-unsaid", [embed({ until: "you close the page" }, { description: "We keep your settings." })])).toEqual([]);
  });
});
