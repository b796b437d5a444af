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
      fr: "article 6, paragraphe 1, point f), du RGPD",
      it: "art. 6, par. 1, lett. f), del RGPD",
      es: "artículo 6, apartado 1, letra f), del RGPD",
      nl: "artikel 6, eerste lid, onder f, van de AVG",
      pl: "art. 6 ust. 1 lit. f RODO",
    });
    expect(getSpecialCategoryCondition("A9-2-a").citation).toEqual({
      en: "Art. 9(2)(a) GDPR",
      de: "Art. 9 Abs. 2 lit. a DSGVO",
      fr: "article 9, paragraphe 2, point a), du RGPD",
      it: "art. 9, par. 2, lett. a), del RGPD",
      es: "artículo 9, apartado 2, letra a), del RGPD",
      nl: "artikel 9, tweede lid, onder a, van de AVG",
      pl: "art. 9 ust. 2 lit. a RODO",
    });
    expect(getTransferGround("A46-2-c").citation).toEqual({
      en: "Art. 46(2)(c) GDPR",
      de: "Art. 46 Abs. 2 lit. c DSGVO",
      fr: "article 46, paragraphe 2, point c), du RGPD",
      it: "art. 46, par. 2, lett. c), del RGPD",
      es: "artículo 46, apartado 2, letra c), del RGPD",
      nl: "artikel 46, tweede lid, onder c, van de AVG",
      pl: "art. 46 ust. 2 lit. c RODO",
    });
    expect(getTransferGround("A49-2").citation).toEqual({
      en: "Art. 49(1) second subparagraph GDPR",
      de: "Art. 49 Abs. 1 UAbs. 2 DSGVO",
      fr: "article 49, paragraphe 1, second alinéa, du RGPD",
      it: "art. 49, par. 1, secondo comma, del RGPD",
      es: "artículo 49, apartado 1, párrafo segundo, del RGPD",
      nl: "artikel 49, eerste lid, tweede alinea, van de AVG",
      pl: "art. 49 ust. 1 akapit drugi RODO",
    });
    expect(getTransferGround("EU-US-DPF").citation.en).toContain("2023/1795");
    expect(getTransferGround("UK-A45A").citation).toEqual({
      en: "Art. 45A UK GDPR",
      de: "Art. 45A UK GDPR",
      fr: "article 45A du UK GDPR",
      it: "art. 45A del UK GDPR",
      es: "artículo 45A del UK GDPR",
      nl: "artikel 45A van de UK GDPR",
      pl: "art. 45A UK GDPR",
    });
    expect(getTransferGround("UK-US-DPF").citation.en).toBe(
      "Art. 45A UK GDPR in conjunction with the Data Protection (Adequacy) (United States of America) Regulations 2023",
    );
    expect(getTransferGround("UK-IDTA").citation).toEqual({
      en: "Art. 46(2)(d) UK GDPR",
      de: "Art. 46 Abs. 2 lit. d UK GDPR",
      fr: "article 46, paragraphe 2, point d), du UK GDPR",
      it: "art. 46, par. 2, lett. d), del UK GDPR",
      es: "artículo 46, apartado 2, letra d), del UK GDPR",
      nl: "artikel 46, tweede lid, onder d, van de UK GDPR",
      pl: "art. 46 ust. 2 lit. d UK GDPR",
    });
    expect(getTransferGround("UK-ADDENDUM").citation).toEqual({
      en: "Art. 46(2)(d) UK GDPR",
      de: "Art. 46 Abs. 2 lit. d UK GDPR",
      fr: "article 46, paragraphe 2, point d), du UK GDPR",
      it: "art. 46, par. 2, lett. d), del UK GDPR",
      es: "artículo 46, apartado 2, letra d), del UK GDPR",
      nl: "artikel 46, tweede lid, onder d, van de UK GDPR",
      pl: "art. 46 ust. 2 lit. d UK GDPR",
    });
    expect(getTransferGround("CH-A16-1").citation).toEqual({
      en: "Art. 16 para. 1 FADP",
      de: "Art. 16 Abs. 1 DSG",
      fr: "article 16, alinéa 1, de la LPD",
      it: "art. 16, cpv. 1, della LPD",
      es: "artículo 16, apartado 1, de la LPD",
      nl: "artikel 16, eerste lid, van de DSG",
      pl: "art. 16 ust. 1 FADP",
    });
    expect(getTransferGround("CH-A16-2-d").citation).toEqual({
      en: "Art. 16 para. 2 let. d FADP",
      de: "Art. 16 Abs. 2 Bst. d DSG",
      fr: "article 16, alinéa 2, lettre d, de la LPD",
      it: "art. 16, cpv. 2, lett. d, della LPD",
      es: "artículo 16, apartado 2, letra d), de la LPD",
      nl: "artikel 16, tweede lid, onder d, van de DSG",
      pl: "art. 16 ust. 2 lit. d FADP",
    });
    expect(getTransferGround("CH-A17-1-a").citation).toEqual({
      en: "Art. 17 para. 1 let. a FADP",
      de: "Art. 17 Abs. 1 Bst. a DSG",
      fr: "article 17, alinéa 1, lettre a, de la LPD",
      it: "art. 17, cpv. 1, lett. a, della LPD",
      es: "artículo 17, apartado 1, letra a), de la LPD",
      nl: "artikel 17, eerste lid, onder a, van de DSG",
      pl: "art. 17 ust. 1 lit. a FADP",
    });
    expect(getTransferGround("CH-US-DPF").label).toEqual({
      en: "Swiss-US Privacy Framework",
      de: "Datenschutzrahmen zwischen der Schweiz und den USA",
      fr: "Cadre de protection des données Suisse-États-Unis",
      it: "Quadro Svizzera-USA per la protezione dei dati",
      es: "Marco de privacidad de datos Suiza-EE. UU.",
      nl: "Zwitsers-Amerikaans kader inzake gegevensbescherming (Swiss-U.S. Data Privacy Framework)",
      pl: "Ramy ochrony prywatności Szwajcaria-USA",
    });
    expect(getRight("A7-3").citation).toEqual({
      en: "Art. 7(3) GDPR",
      de: "Art. 7 Abs. 3 DSGVO",
      fr: "article 7, paragraphe 3, du RGPD",
      it: "art. 7, par. 3, del RGPD",
      es: "artículo 7, apartado 3, del RGPD",
      nl: "artikel 7, derde lid, van de AVG",
      pl: "art. 7 ust. 3 RODO",
    });
    expect(getRight("A77").citation).toEqual({
      en: "Art. 77 GDPR",
      de: "Art. 77 DSGVO",
      fr: "article 77 du RGPD",
      it: "art. 77 del RGPD",
      es: "artículo 77 del RGPD",
      nl: "artikel 77 van de AVG",
      pl: "art. 77 RODO",
    });
  });

  it("give the rights of the UK GDPR's recognised legitimate interests: objection (Art. 21(1) covers point (ea)), not portability", () => {
    expect(getLegalBasis("A6-1-ea").citation).toEqual({
      en: "Art. 6(1)(ea) UK GDPR",
      de: "Art. 6 Abs. 1 lit. ea UK GDPR",
      fr: "article 6, paragraphe 1, point ea), du UK GDPR",
      it: "art. 6, par. 1, lett. ea), del UK GDPR",
      es: "artículo 6, apartado 1, letra ea), del UK GDPR",
      nl: "artikel 6, eerste lid, onder ea, van de UK GDPR",
      pl: "art. 6 ust. 1 lit. ea UK GDPR",
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
