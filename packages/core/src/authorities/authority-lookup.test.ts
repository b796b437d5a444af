import { describe, expect, it } from "vitest";
import { germanLandNeeded, supervisoryAuthorityFor } from "./authority-lookup.js";
import { isUnconfirmedAuthorityFact } from "./supervisory-authority.js";

describe("supervisoryAuthorityFor", () => {
  it("finds the authority of an EEA country", () => {
    expect(supervisoryAuthorityFor({ country: "AT" })?.id).toBe("at-dsb");
    expect(supervisoryAuthorityFor({ country: "IE" })?.id).toBe("ie-dpc");
    expect(supervisoryAuthorityFor({ country: "NO" })?.id).toBe("no-datatilsynet");
  });

  it("finds the authority of a German Land", () => {
    expect(supervisoryAuthorityFor({ country: "DE", land: "BY" })?.id).toBe("de-by-baylda");
    expect(supervisoryAuthorityFor({ country: "DE", land: "BE" })?.id).toBe("de-be-blnbdi");
    expect(supervisoryAuthorityFor({ country: "DE", land: "HH" })?.id).toBe("de-hh-hmbbfdi");
  });

  it("finds the BfDI for German telecommunications and postal services, whatever the Land", () => {
    expect(supervisoryAuthorityFor({ country: "DE", sector: "telecommunications-and-postal" })?.id).toBe("de-bfdi");
    expect(supervisoryAuthorityFor({ country: "DE", land: "BY", sector: "telecommunications-and-postal" })?.id).toBe("de-bfdi");
  });

  it("finds none for Germany without a Land, and says the Land is needed", () => {
    expect(supervisoryAuthorityFor({ country: "DE" })).toBeUndefined();
    expect(germanLandNeeded({ country: "DE" })).toBe(true);
    expect(germanLandNeeded({ country: "DE", land: "NW" })).toBe(false);
    expect(germanLandNeeded({ country: "AT" })).toBe(false);
  });

  it("finds the FDPIC and the ICO, and none for a country we keep no authority for", () => {
    expect(supervisoryAuthorityFor({ country: "CH" })?.id).toBe("ch-edoeb");
    expect(supervisoryAuthorityFor({ country: "GB" })?.id).toBe("gb-ico");
    expect(supervisoryAuthorityFor({ country: "US" })).toBeUndefined();
  });
});

describe("isUnconfirmedAuthorityFact", () => {
  it("tells which facts compose must not state as certain", () => {
    const berlin = supervisoryAuthorityFor({ country: "DE", land: "BE" });
    if (berlin === undefined) throw new Error("no Berlin authority");
    expect(isUnconfirmedAuthorityFact(berlin, "name")).toBe(false);
    expect(isUnconfirmedAuthorityFact(berlin, "address")).toBe(true);
    const portugal = supervisoryAuthorityFor({ country: "PT" });
    if (portugal === undefined) throw new Error("no Portuguese authority");
    expect(isUnconfirmedAuthorityFact(portugal, "name")).toBe(true);
  });
});
