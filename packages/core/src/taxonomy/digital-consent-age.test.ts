import { describe, expect, it } from "vitest";
import { countryCodes } from "./country.js";
import { getDigitalConsentAge } from "./digital-consent-age.js";

describe("the age of digital consent (Art. 8(1) GDPR)", () => {
  it("is known, with its provision, for exactly the countries whose law we have read", () => {
    const known = Object.fromEntries(
      countryCodes.flatMap((country) => {
        const entry = getDigitalConsentAge(country);
        return entry === undefined ? [] : [[country, `${entry.age}: ${entry.citation.en} | ${entry.citation.de}`]];
      }),
    );
    expect(known).toEqual({
      AT: "14: Section 4(4) of the Austrian Data Protection Act (DSG) | § 4 Abs. 4 DSG",
      BE: "13: Art. 7 of the Belgian Data Protection Act of 30 July 2018 | Art. 7 des belgischen Datenschutzgesetzes vom 30. Juli 2018",
      CZ: "15: Section 7 of Czech Act No. 110/2019 | § 7 des tschechischen Gesetzes Nr. 110/2019",
      DE: "16: Art. 8(1) GDPR | Art. 8 Abs. 1 DSGVO",
      ES: "14: Art. 7(1) of the Spanish Data Protection Act (LOPDGDD) | Art. 7 Abs. 1 des spanischen Datenschutzgesetzes (LOPDGDD)",
      GB: "13: Art. 8(1) UK GDPR | Art. 8 Abs. 1 UK GDPR",
      NL: "16: Art. 8(1) GDPR | Art. 8 Abs. 1 DSGVO",
      PL: "16: Art. 8(1) GDPR | Art. 8 Abs. 1 DSGVO",
    });
  });

  it("stays within what Art. 8(1) allows: 13 to 16", () => {
    for (const country of countryCodes) {
      const age = getDigitalConsentAge(country)?.age;
      if (age !== undefined) expect(age, country).toBeGreaterThanOrEqual(13);
      if (age !== undefined) expect(age, country).toBeLessThanOrEqual(16);
    }
  });
});
