import { describe, expect, it } from "vitest";
import { dataCategories, getDataCategory, getPurpose, purposes, type TaxonomyEntry } from "./index.js";

const PD = "https://w3id.org/dpv/pd#";
const DPV = "https://w3id.org/dpv#";

// The DPV mapping is the draft from shared/data/mappings with taxonomy-src/dpv-corrections.json
// applied by scripts/build-taxonomy.mjs; these check the most consequential corrections landed.
describe("DPV mapping after the second read", () => {
  it("carries the corrected data-category concepts and match kinds", () => {
    // A voice recording under user.biometric is biometric data, not a recorded phone call.
    expect(getDataCategory("user.biometric.voice")).toMatchObject({ dpv: [`${PD}Biometric`], dpvMatch: "broad" });
    expect(getDataCategory("user.authorization.biometric")).toMatchObject({
      dpv: [`${PD}Biometric`, `${PD}Authenticating`],
      dpvMatch: "broad",
    });
    expect(getDataCategory("user.social")).toMatchObject({ dpv: [`${PD}SocialBehaviour`], dpvMatch: "close" });
    expect(getDataCategory("user.demographic.sexual_orientation").dpvMatch).toBe("close");
    expect(getDataCategory("user.device.cookie")).toMatchObject({ dpv: [], dpvMatch: "none" });
  });

  it("carries the corrected purpose concepts and match kinds", () => {
    expect(getPurpose("employment.recruitment")).toMatchObject({ dpv: [`${DPV}RecruitmentManagement`], dpvMatch: "exact" });
    expect(getPurpose("personalize")).toMatchObject({ dpv: [`${DPV}ServicePersonalisation`], dpvMatch: "exact" });
    expect(getPurpose("essential.service")).toMatchObject({ dpv: [`${DPV}RequestedServiceProvision`], dpvMatch: "close" });
    expect(getPurpose("marketing.advertising.first_party.targeted")).toMatchObject({
      dpv: [`${DPV}TargetedAdvertising`],
      dpvMatch: "broad",
    });
    // Training an AI model is not research and development as such; DPV's ai:ModelTraining is not vendored.
    expect(getPurpose("train_ai_system")).toMatchObject({ dpv: [], dpvMatch: "none" });
  });

  describe.each([
    ["data categories", dataCategories],
    ["purposes", purposes],
  ] as [string, readonly TaxonomyEntry<string>[]][])("%s", (_name, entries) => {
    const byId = new Map(entries.map((e) => [e.id, e]));

    it("match no DPV concept set exactly from two keys", () => {
      const exactBy = new Map<string, string>();
      // A deprecated key may share its replacement's concept, so only live keys count.
      for (const e of entries.filter((x) => x.dpvMatch === "exact" && !x.deprecated)) {
        const concepts = [...e.dpv].sort().join(" ");
        expect(exactBy.get(concepts), `${e.id} and ${exactBy.get(concepts)} both exact`).toBeUndefined();
        exactBy.set(concepts, e.id);
      }
    });

    it("call a concept broad for a child whose parent matches it exactly", () => {
      for (const e of entries) {
        const parent = e.parent === null ? undefined : byId.get(e.parent);
        if (parent?.dpvMatch !== "exact" || !e.dpv.some((iri) => parent.dpv.includes(iri))) continue;
        expect(e.dpvMatch, `${e.id} shares ${parent.id}'s exact concept`).toBe("broad");
      }
    });
  });
});
