import { describe, expect, it } from "vitest";
import { adoptedUnderDirective } from "./adequacy.js";
import { adequacyDecisions, countryCodes, countryName, getAdequacy, isEeaMember, isEuMember } from "./index.js";

const eu = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU"] as const;
const eu2 = ["IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"] as const;

describe("countries", () => {
  it("list the 249 ISO 3166-1 alpha-2 codes once each", () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    for (const code of countryCodes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(countryCodes).not.toContain("XK");
    expect(countryCodes).not.toContain("UK");
  });

  it("name every country through Intl", () => {
    expect(countryName("DE", "de")).toBe("Deutschland");
    expect(countryName("US", "en")).toBe("United States");
    for (const code of countryCodes) expect(countryName(code, "en"), code).not.toBe(code);
  });

  it("know the 27 EU members and the EEA", () => {
    const members = countryCodes.filter(isEuMember);
    expect(members).toHaveLength(27);
    expect(members).toEqual(expect.arrayContaining([...eu, ...eu2]));
    expect(isEuMember("GB")).toBe(false);
    expect(isEuMember("NO")).toBe(false);
    expect(countryCodes.filter(isEeaMember)).toHaveLength(30);
    for (const code of ["IS", "LI", "NO", "DE"] as const) expect(isEeaMember(code), code).toBe(true);
    expect(isEeaMember("CH")).toBe(false);
  });
});

describe("adequacy decisions", () => {
  it("cover the countries with a decision in force, once each", () => {
    const countries = adequacyDecisions.map((d) => d.country);
    expect(new Set(countries).size).toBe(countries.length);
    expect([...countries].sort()).toEqual(["AD", "AR", "BR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY"]);
    for (const d of adequacyDecisions) {
      expect(isEeaMember(d.country), d.country).toBe(false);
      expect(d.decision, d.country).toContain(d.reference);
    }
  });

  it("know which were adopted under Directive 95/46/EC, and so stay in force under Art. 45(9) GDPR", () => {
    const underDirective = adequacyDecisions.filter(adoptedUnderDirective).map((d) => d.country);
    expect([...underDirective].sort()).toEqual(["AD", "AR", "CA", "CH", "FO", "GG", "IL", "IM", "JE", "NZ", "UY"]);
  });

  it("look up a country's decision, with the scope where it is partial", () => {
    expect(getAdequacy("US")?.reference).toBe("2023/1795");
    expect(getAdequacy("US")?.scope?.en).toMatch(/Data Privacy Framework/);
    expect(getAdequacy("GB")?.reference).toBe("2021/1772");
    expect(getAdequacy("CA")?.scope).not.toBeNull();
    expect(getAdequacy("JP")?.scope).toBeNull();
    expect(getAdequacy("BR")?.reference).toBe("2026/179");
    expect(getAdequacy("CN")).toBeUndefined();
  });
});
