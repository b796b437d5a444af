import { describe, expect, it } from "vitest";
import { countryCodes, isEeaMember } from "./country.js";
import { getSwissAdequacy, swissAdequacy, swissAdequacyInstrument } from "./swiss-adequacy.js";

const fedlex = "https://www.fedlex.admin.ch/eli/cc/2022/568/20251201/de";

describe("Swiss adequacy (Annex 1 DPO, consolidation of 1 December 2025)", () => {
  it("holds exactly the 44 rows of the annex, each a known ISO code listed once, with source and date", () => {
    expect(swissAdequacy).toHaveLength(44);
    const known = new Set<string>(countryCodes);
    const codes = swissAdequacy.map((a) => a.country);
    expect(new Set(codes).size).toBe(codes.length);
    for (const a of swissAdequacy) {
      expect(known.has(a.country), a.country).toBe(true);
      expect(a.source, a.country).toBe(fedlex);
      expect(a.checked, a.country).toBe("2026-12-06");
    }
  });

  it("keeps the annex's order, from Germany to the United States", () => {
    const codes = swissAdequacy.map((a) => a.country);
    expect(codes.slice(0, 7)).toEqual(["DE", "AD", "AR", "AT", "BE", "BG", "CA"]);
    expect(codes[21]).toBe("IS");
    expect(codes[38]).toBe("GB");
    expect(codes[43]).toBe("US");
  });

  it("covers every EEA state without a limit", () => {
    const eea = countryCodes.filter(isEeaMember);
    expect(eea).toHaveLength(30);
    for (const code of eea) {
      const entry = getSwissAdequacy(code);
      expect(entry, code).toBeDefined();
      expect(entry?.scope, code).toBeNull();
    }
  });

  it("covers the listed non-EEA states and territories without a limit", () => {
    for (const code of ["GB", "AD", "AR", "FO", "GG", "IM", "IL", "JE", "MC", "NZ", "UY", "GI"] as const) {
      const entry = getSwissAdequacy(code);
      expect(entry, code).toBeDefined();
      expect(entry?.scope, code).toBeNull();
    }
  });

  it("limits the other rows to none but Canada and the United States", () => {
    const limited = swissAdequacy.filter((a) => a.scope !== null).map((a) => a.country);
    expect(limited).toEqual(["CA", "US"]);
  });

  it("covers Canada only where PIPEDA or a substantially similar provincial act applies", () => {
    const ca = getSwissAdequacy("CA");
    expect(ca?.scope?.en).toBe(
      "recipients subject to the Personal Information Protection and Electronic Documents Act (PIPEDA) or a substantially similar provincial act",
    );
    expect(ca?.scope?.en).toContain("PIPEDA");
    expect(ca?.scope?.de).toBe(
      "Empfänger, die dem Personal Information Protection and Electronic Documents Act (PIPEDA) oder einem weitgehend entsprechenden Gesetz einer Provinz unterliegen",
    );
    expect(ca?.scope?.de).toContain("PIPEDA");
  });

  it("covers the United States only for organisations certified under the Swiss-US Privacy Framework", () => {
    const us = getSwissAdequacy("US");
    expect(us?.scope?.en).toBe("organisations certified under the Swiss-US Privacy Framework");
    expect(us?.scope?.en).toContain("Swiss-US Privacy Framework");
    expect(us?.scope?.de).toBe("Organisationen, die nach dem Datenschutzrahmen zwischen der Schweiz und den USA zertifiziert sind");
    expect(us?.scope?.de).toContain("Datenschutzrahmen zwischen der Schweiz und den USA");
  });

  it("does not cover Japan, South Korea, Brazil, Australia, China, India or Switzerland itself", () => {
    for (const code of ["JP", "KR", "BR", "AU", "CN", "IN", "CH"] as const) expect(getSwissAdequacy(code), code).toBeUndefined();
  });

  it("writes German in Swiss spelling, without ß", () => {
    const german = [swissAdequacyInstrument.de, ...swissAdequacy.flatMap((a) => (a.scope === null ? [] : [a.scope.de]))];
    expect(german).toHaveLength(3);
    for (const text of german) expect(text).not.toContain("ß");
  });

  it("names the instrument as the ordinance does", () => {
    expect(swissAdequacyInstrument).toEqual({
      en: "Annex 1 to the Data Protection Ordinance (DPO)",
      de: "Anhang 1 der Datenschutzverordnung (DSV)",
      fr: "annexe 1 de l'ordonnance sur la protection des données (OPDo)",
      it: "allegato 1 dell'ordinanza sulla protezione dei dati (OPDa)",
      es: "Anexo 1 de la Ordenanza sobre la Protección de Datos (OPDo)",
      nl: "bijlage 1 bij de Zwitserse verordening inzake gegevensbescherming (DSV)",
      pl: "załącznik 1 do szwajcarskiego rozporządzenia o ochronie danych (DPO)",
    });
  });
});
