import { describe, expect, it } from "vitest";
import { findings } from "../../../test/fixtures/check/findings.js";
import type { ProcessorInput } from "../../model/processor.js";
import type { ServiceInput } from "../../model/service.js";

const cookie = {
  name: "vid_session",
  purpose: "Keeps the player's settings.",
  duration: "P1D",
  party: "third",
  ground: "strictly-necessary",
} as const;

const videos: ProcessorInput = {
  id: "videos",
  name: "Videos",
  categories: ["video"],
  entity: { name: "Videos Ltd", address: { street: "1 Harbour Road", city: "Dublin", country: "IE" } },
  description: "Shows our videos in our pages.",
  deviceAccess: [cookie],
};

const embed = (legalBasis: "A6-1-a" | "A6-1-f"): ServiceInput => ({
  id: "videos",
  processor: videos,
  purposes: [
    legalBasis === "A6-1-a"
      ? { purpose: "essential.service", legalBasis }
      : { purpose: "essential.service", legalBasis, legitimateInterest: "Showing our videos in our pages." },
  ],
  data: ["user.device.ip_address"],
  subjects: ["visitor"],
  retention: { duration: "P1D" },
});

describe("embed-strictly-necessary", () => {
  it("fails another provider's cookie claimed strictly necessary in content embedded without asking first", () => {
    expect(findings("embed-strictly-necessary", [embed("A6-1-f")])).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "services[0].deviceAccess[0].ground",
        message: expect.stringMatching(
          /^vid_session belongs to content another provider embeds in your pages, which loads with the page, .*TDDDG\)$/,
        ),
      }),
    ]);
  });

  it("passes content that loads once the visitor consents, a first-party cookie, and services that are not embedded", () => {
    expect(findings("embed-strictly-necessary", [embed("A6-1-a")])).toEqual([]);
    const firstParty = { ...videos, deviceAccess: [{ ...cookie, party: "first" as const }] };
    expect(findings("embed-strictly-necessary", [{ ...embed("A6-1-f"), processor: firstParty }])).toEqual([]);
    const hosting: ProcessorInput = { ...videos, categories: ["hosting"] };
    expect(findings("embed-strictly-necessary", [{ ...embed("A6-1-f"), processor: hosting }])).toEqual([]);
  });
});
