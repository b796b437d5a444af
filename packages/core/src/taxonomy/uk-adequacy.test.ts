import { describe, expect, it } from "vitest";
import { countryCodes, isEeaMember } from "./country.js";
import { getUkAdequacy, ukAdequacy } from "./uk-adequacy.js";

describe("UK adequacy (transfers approved under Art. 45A UK GDPR)", () => {
  it("lists each known ISO code once, with source and date", () => {
    const known = new Set<string>(countryCodes);
    const codes = ukAdequacy.map((a) => a.country);
    expect(new Set(codes).size).toBe(codes.length);
    for (const a of ukAdequacy) {
      expect(known.has(a.country), a.country).toBe(true);
      expect(a.source, a.country).toMatch(/^https:\/\/(www\.)?(legislation\.gov\.uk|gov\.uk)\//);
      expect(a.checked, a.country).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (a.scope !== null) {
        expect(a.scope.en, a.country).not.toBe("");
        expect(a.scope.de, a.country).not.toBe("");
      }
    }
  });

  it("covers every EEA state and Gibraltar through DPA 2018 Schedule 21, without a limit", () => {
    const eea = countryCodes.filter(isEeaMember);
    expect(eea).toHaveLength(30);
    for (const code of [...eea, "GI"] as const) {
      const entry = getUkAdequacy(code);
      expect(entry, code).toBeDefined();
      expect(entry?.instrument, code).toBe("Data Protection Act 2018, Schedule 21, paragraphs 4 and 5");
      expect(entry?.scope, code).toBeNull();
    }
    expect(getUkAdequacy("IE")?.source).toBe("https://www.legislation.gov.uk/ukpga/2018/12/schedule/21/paragraph/5");
  });

  it("covers the Republic of Korea under S.I. 2022/1213, only for PIPA recipients", () => {
    const kr = getUkAdequacy("KR");
    expect(kr?.instrument).toBe("The Data Protection (Adequacy) (Republic of Korea) Regulations 2022 (S.I. 2022/1213)");
    expect(kr?.scope?.en).toContain("Personal Information Protection Act");
    expect(kr?.source).toBe("https://legislation.gov.uk/uksi/2022/1213/data.html");
  });

  it("covers the United States under S.I. 2023/1028, only for the UK Extension to the DPF", () => {
    const us = getUkAdequacy("US");
    expect(us?.instrument).toBe("The Data Protection (Adequacy) (United States of America) Regulations 2023 (S.I. 2023/1028)");
    expect(us?.scope?.en).toContain("UK Extension to the EU-US Data Privacy Framework");
    expect(us?.scope?.de).toContain("UK-Erweiterung");
    expect(us?.source).toBe("https://legislation.gov.uk/uksi/2023/1028/data.html");
  });

  it("covers the countries of the EU decisions listed in Schedule 21 para. 5(2), limited as the decisions are", () => {
    for (const code of ["CH", "AR", "GG", "IM", "JE", "AD", "NZ"] as const) expect(getUkAdequacy(code)?.scope, code).toBeNull();
    expect(getUkAdequacy("CA")?.scope?.en).toContain("(PIPEDA)");
    expect(getUkAdequacy("FO")?.scope?.en).toContain("Faroese Act");
    expect(getUkAdequacy("JP")?.scope?.en).toContain("(APPI)");
    expect(getUkAdequacy("IL")?.scope?.en).toBe("automated processing of personal data");
    expect(getUkAdequacy("UY")?.scope?.en).toBe("automated processing of personal data");
  });

  it("holds exactly the confirmed entries: 30 EEA states, Gibraltar, the 12 of para. 5(2), Korea and the United States", () => {
    expect(ukAdequacy).toHaveLength(45);
  });

  it("does not cover China, India or the UK itself", () => {
    for (const code of ["CN", "IN", "GB"] as const) expect(getUkAdequacy(code), code).toBeUndefined();
  });

  it("leaves out what no UK instrument covers: the United Arab Emirates (for the DIFC), Brazil", () => {
    for (const code of ["AE", "BR"] as const) expect(getUkAdequacy(code), code).toBeUndefined();
  });
});
