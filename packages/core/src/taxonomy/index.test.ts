import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as taxonomy from "./index.js";

describe("taxonomy index", () => {
  it("exports exactly the agreed runtime names", () => {
    expect(Object.keys(taxonomy).sort()).toEqual(
      [
        "locales",
        "defaultLocales",
        "dataCategoryIds",
        "dataCategories",
        "getDataCategory",
        "isSpecialCategory",
        "purposeIds",
        "purposes",
        "getPurpose",
        "dataSubjectIds",
        "dataSubjects",
        "getDataSubject",
        "legalBasisIds",
        "legalBases",
        "getLegalBasis",
        "specialCategoryConditionIds",
        "specialCategoryConditions",
        "getSpecialCategoryCondition",
        "transferGroundIds",
        "transferGrounds",
        "getTransferGround",
        "rightIds",
        "rights",
        "getRight",
        "rightsForLegalBasis",
        "sourceLocales",
        "isSourceLocale",
        "translatedLocales",
        "ccpaCategoryIds",
        "ccpaCategories",
        "ccpaSensitiveIds",
        "ccpaSensitiveCategories",
        "countryCodes",
        "countryName",
        "isEuMember",
        "isEeaMember",
        "adequacyDecisions",
        "getAdequacy",
        "ukAdequacy",
        "getUkAdequacy",
        "swissAdequacy",
        "getSwissAdequacy",
        "swissAdequacyInstrument",
        "getDigitalConsentAge",
      ].sort(),
    );
  });

  it("gives id tuples that z.enum accepts", () => {
    expect(z.enum(taxonomy.dataCategoryIds).parse("user.contact.email")).toBe("user.contact.email");
    expect(z.enum(taxonomy.transferGroundIds).safeParse("A46-2-x").success).toBe(false);
    for (const ids of [
      taxonomy.purposeIds,
      taxonomy.dataSubjectIds,
      taxonomy.legalBasisIds,
      taxonomy.specialCategoryConditionIds,
      taxonomy.rightIds,
      taxonomy.ccpaCategoryIds,
      taxonomy.countryCodes,
    ]) {
      expect(z.enum(ids).options.length).toBeGreaterThan(0);
    }
  });

  it("tells the languages written first from those translated from them", () => {
    expect(taxonomy.locales.filter(taxonomy.isSourceLocale)).toEqual(["en", "de"]);
    expect(taxonomy.translatedLocales).toEqual(["fr", "it", "es", "nl", "pl"]);
  });
});
