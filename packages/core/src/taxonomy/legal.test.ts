import { describe, expect, it } from "vitest";
import {
  ccpaCategories,
  ccpaCategoryIds,
  getLegalBasis,
  getRight,
  getSpecialCategoryCondition,
  getTransferGround,
  legalBases,
  legalBasisIds,
  rightIds,
  rights,
  rightsForLegalBasis,
  specialCategoryConditionIds,
  specialCategoryConditions,
  transferGroundIds,
  transferGrounds,
  type LegalConcept,
} from "./index.js";

const groups: [string, readonly LegalConcept<string>[]][] = [
  ["legal bases", legalBases],
  ["special-category conditions", specialCategoryConditions],
  ["transfer grounds", transferGrounds],
  ["rights", rights],
];

/** The ids of the UK GDPR alone: its transfer grounds and its recognised legitimate interests. */
const ukOnly = (id: string) => id.startsWith("UK-") || id === "A6-1-ea";
/** The ids of the Swiss FADP: its grounds for disclosure abroad. */
const swiss = (id: string) => id.startsWith("CH-");

describe("legal concepts", () => {
  it("have exactly the expected ids", () => {
    expect(legalBasisIds).toEqual(["A6-1-a", "A6-1-b", "A6-1-c", "A6-1-d", "A6-1-e", "A6-1-f", "A6-1-ea"]);
    expect(specialCategoryConditionIds).toEqual("abcdefghij".split("").map((l) => `A9-2-${l}`));
    expect(rightIds).toEqual(["A7-3", "A15", "A16", "A17", "A18", "A19", "A20", "A21", "A22", "A77"]);
    expect(transferGroundIds).toEqual([
      "A45-3",
      "EU-US-DPF",
      ..."abcdef".split("").map((l) => `A46-2-${l}`),
      "A46-3-a",
      "A46-3-b",
      ..."abcdefg".split("").map((l) => `A49-1-${l}`),
      "A49-2",
      "UK-A45A",
      "UK-US-DPF",
      "UK-IDTA",
      "UK-ADDENDUM",
      "CH-A16-1",
      "CH-US-DPF",
      ..."abcde".split("").map((l) => `CH-A16-2-${l}`),
      ..."abcdef".split("").map((l) => `CH-A17-1-${l}`),
    ]);
  });

  describe.each(groups)("%s", (_name, concepts) => {
    it("carry DPV's GDPR IRI for their id, or null for our own ids", () => {
      for (const c of concepts) {
        if (c.id === "EU-US-DPF" || ukOnly(c.id) || swiss(c.id)) expect(c.dpv).toBeNull();
        else expect(c.dpv).toBe(`https://w3id.org/dpv/legal/eu/gdpr#${c.id}`);
      }
    });

    it("have labels and citations in both languages", () => {
      for (const c of concepts) {
        for (const text of [c.label.en, c.label.de, c.citation.en, c.citation.de]) expect(text.trim(), c.id).not.toBe("");
        expect(c.label.de, c.id).not.toBe(c.label.en);
        expect(c.citation.en, c.id).toMatch(swiss(c.id) ? / FADP/ : ukOnly(c.id) ? / UK GDPR/ : /(?<!UK) GDPR/);
        // German texts call the UK's regulation by its English name; Swiss ones cite the DSG as the Confederation does ("Bst.").
        expect(c.citation.de, c.id).toMatch(swiss(c.id) ? / DSG/ : ukOnly(c.id) ? / UK GDPR/ : /DSGVO/);
        if (swiss(c.id)) expect(`${c.label.de} ${c.citation.de}`, c.id).not.toMatch(/ß|lit\./);
      }
    });
  });

  it("cite the articles exactly", () => {
    expect(getLegalBasis("A6-1-f").citation).toEqual({
      en: "Art. 6(1)(f) GDPR",
      de: "Art. 6 Abs. 1 lit. f DSGVO",
      it: "art. 6, par. 1, lett. f), del RGPD",
    });
    expect(getSpecialCategoryCondition("A9-2-a").citation).toEqual({
      en: "Art. 9(2)(a) GDPR",
      de: "Art. 9 Abs. 2 lit. a DSGVO",
      it: "art. 9, par. 2, lett. a), del RGPD",
    });
    expect(getTransferGround("A46-2-c").citation).toEqual({
      en: "Art. 46(2)(c) GDPR",
      de: "Art. 46 Abs. 2 lit. c DSGVO",
      it: "art. 46, par. 2, lett. c), del RGPD",
    });
    expect(getTransferGround("A49-2").citation).toEqual({
      en: "Art. 49(1) second subparagraph GDPR",
      de: "Art. 49 Abs. 1 UAbs. 2 DSGVO",
      it: "art. 49, par. 1, secondo comma, del RGPD",
    });
    expect(getTransferGround("EU-US-DPF").citation.en).toContain("2023/1795");
    expect(getTransferGround("UK-A45A").citation).toEqual({ en: "Art. 45A UK GDPR", de: "Art. 45A UK GDPR", it: "art. 45A del UK GDPR" });
    expect(getTransferGround("UK-US-DPF").citation.en).toBe(
      "Art. 45A UK GDPR in conjunction with the Data Protection (Adequacy) (United States of America) Regulations 2023",
    );
    expect(getTransferGround("UK-IDTA").citation).toEqual({
      en: "Art. 46(2)(d) UK GDPR",
      de: "Art. 46 Abs. 2 lit. d UK GDPR",
      it: "art. 46, par. 2, lett. d), del UK GDPR",
    });
    expect(getTransferGround("UK-ADDENDUM").citation).toEqual({
      en: "Art. 46(2)(d) UK GDPR",
      de: "Art. 46 Abs. 2 lit. d UK GDPR",
      it: "art. 46, par. 2, lett. d), del UK GDPR",
    });
    expect(getTransferGround("CH-A16-1").citation).toEqual({
      en: "Art. 16 para. 1 FADP",
      de: "Art. 16 Abs. 1 DSG",
      it: "art. 16, cpv. 1, della LPD",
    });
    expect(getTransferGround("CH-A16-2-d").citation).toEqual({
      en: "Art. 16 para. 2 let. d FADP",
      de: "Art. 16 Abs. 2 Bst. d DSG",
      it: "art. 16, cpv. 2, lett. d, della LPD",
    });
    expect(getTransferGround("CH-A17-1-a").citation).toEqual({
      en: "Art. 17 para. 1 let. a FADP",
      de: "Art. 17 Abs. 1 Bst. a DSG",
      it: "art. 17, cpv. 1, lett. a, della LPD",
    });
    expect(getTransferGround("CH-US-DPF").label).toEqual({
      en: "Swiss-US Privacy Framework",
      de: "Datenschutzrahmen zwischen der Schweiz und den USA",
      it: "Quadro Svizzera-USA per la protezione dei dati",
    });
    expect(getRight("A7-3").citation).toEqual({ en: "Art. 7(3) GDPR", de: "Art. 7 Abs. 3 DSGVO", it: "art. 7, par. 3, del RGPD" });
    expect(getRight("A77").citation).toEqual({ en: "Art. 77 GDPR", de: "Art. 77 DSGVO", it: "art. 77 del RGPD" });
  });

  it("give the rights of the UK GDPR's recognised legitimate interests: objection (Art. 21(1) covers point (ea)), not portability", () => {
    expect(getLegalBasis("A6-1-ea").citation).toEqual({
      en: "Art. 6(1)(ea) UK GDPR",
      de: "Art. 6 Abs. 1 lit. ea UK GDPR",
      it: "art. 6, par. 1, lett. ea), del UK GDPR",
    });
    expect(rightsForLegalBasis("A6-1-ea")).toEqual(["A15", "A16", "A17", "A18", "A19", "A21", "A77"]);
  });

  it("give the rights that apply under each legal basis", () => {
    expect(rightsForLegalBasis("A6-1-a")).toContain("A7-3");
    expect(rightsForLegalBasis("A6-1-f")).toContain("A21");
    expect(rightsForLegalBasis("A6-1-b")).toContain("A20");
    expect(rightsForLegalBasis("A6-1-b")).not.toContain("A7-3");
    expect(rightsForLegalBasis("A6-1-c")).not.toContain("A21");
    for (const id of legalBasisIds) {
      expect(rightsForLegalBasis(id), id).toContain("A15");
      expect(rightsForLegalBasis(id), id).toContain("A77");
    }
  });

  it("throw on an unknown id", () => {
    expect(() => getRight("A99" as "A15")).toThrow(/A99/);
  });
});

describe("CCPA categories", () => {
  it("cover § 1798.140(v)(1)(A) to (L)", () => {
    expect(ccpaCategoryIds).toHaveLength(12);
    expect(ccpaCategories.map((c) => /\(v\)\(1\)\(([A-L])\)/.exec(c.citation.en)?.[1])).toEqual("ABCDEFGHIJKL".split(""));
    for (const c of ccpaCategories) expect(c.label.de, c.id).not.toBe(c.label.en);
  });
});
