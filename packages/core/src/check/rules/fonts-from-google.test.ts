import { describe, expect, it } from "vitest";
import type { ProcessorInput } from "../../model/processor.js";
import type { ServiceInput } from "../../model/service.js";
import { findings } from "../../../test/fixtures/check/findings.js";

const googleFonts = {
  id: "google-fonts",
  name: "Google Fonts",
  entity: { name: "Google Ireland Limited", address: { street: "Gordon House, Barrow Street", city: "Dublin", country: "IE" } },
  description: "Serves web fonts.",
} as const satisfies ProcessorInput;

const fonts = (legalBasis: "A6-1-a" | "A6-1-f"): ServiceInput => ({
  id: "fonts",
  name: "Fonts",
  processor: googleFonts,
  purposes: [
    {
      purpose: "essential.service",
      legalBasis,
      ...(legalBasis === "A6-1-f" ? { legitimateInterest: "A uniform typeface on our pages." } : {}),
    },
  ],
  data: ["user.device.ip_address"],
  subjects: ["website_visitor"],
  retention: { duration: "P1D" },
});

describe("fonts-from-google", () => {
  it("fails Google Fonts loaded on legitimate interests, at the legal basis, citing the Munich judgment", () => {
    expect(findings("fonts-from-google", [fonts("A6-1-f")])).toEqual([
      expect.objectContaining({
        severity: "error",
        path: "services[0].purposes[0].legalBasis",
        message: expect.stringContaining("LG München I, judgment of 20 January 2022, 3 O 17493/20"),
      }),
    ]);
  });

  it("passes Google Fonts loaded with consent", () => {
    expect(findings("fonts-from-google", [fonts("A6-1-a")])).toEqual([]);
  });
});
