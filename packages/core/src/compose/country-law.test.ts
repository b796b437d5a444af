import { describe, expect, it } from "vitest";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { controller, policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { PolicyInput } from "../model/policy.js";
import { compose } from "./compose.js";

const cookie = {
  name: "cart",
  purpose: { en: "Keeps your basket.", de: "Merkt sich den Warenkorb." },
  duration: "session",
  party: "first",
  ground: "strictly-necessary",
} as const;

/** The cookie section of a policy for a controller in `country`, with these jurisdictions. */
function cookies(country: "DE" | "AT" | "FR" | "IT" | "ES" | "PL" | "BE", locale: "en" | "de", jurisdictions?: PolicyInput["jurisdictions"]): string {
  const policy = policyOf([{ ...shop, deviceAccess: [cookie] }], {
    controller: { ...controller, address: { ...controller.address, country } },
    ...(jurisdictions === undefined ? {} : { jurisdictions }),
  });
  return textOf(sectionById(compose(policy, { locale }), "device-access")!);
}

describe("the cookie rule the text cites", () => {
  it("is the controller's country's own: § 165 Abs. 3 TKG 2021 for a company in Austria, without naming it", () => {
    expect(cookies("AT", "de")).toContain(
      "§ 165 Abs. 3 des österreichischen Telekommunikationsgesetzes 2021 (TKG 2021) erlaubt das nur mit Ihrer Einwilligung",
    );
    expect(cookies("AT", "de")).toContain("Unbedingt erforderlich (§ 165 Abs. 3 TKG 2021)");
    expect(cookies("AT", "en")).toContain("Section 165(3) of the Austrian Telecommunications Act 2021 (TKG 2021) allows this only with your consent");
    expect(cookies("AT", "en")).toContain("Strictly necessary (Section 165(3) TKG 2021)");
  });

  it("is § 25 TDDDG for a company in Germany, named or not", () => {
    expect(cookies("DE", "de")).toContain("§ 25 des Telekommunikation-Digitale-Dienste-Datenschutz-Gesetzes (TDDDG) erlaubt das");
    expect(cookies("DE", "de")).toContain("Unbedingt erforderlich (§ 25 Abs. 2 Nr. 2 TDDDG)");
    expect(cookies("DE", "en", ["gdpr", "tdddg"])).toContain("Strictly necessary (Section 25(2) no. 2 TDDDG)");
  });

  it("defines “first party” so that it stays true where another provider's script sets the cookie on our domain", () => {
    expect(cookies("DE", "en")).toContain(
      "“First party” means the information is stored under our website’s domain, also where another provider’s script on our pages sets it",
    );
    expect(cookies("DE", "de")).toContain(
      "„Erstanbieter“ bedeutet, dass die Information unter der Domain unserer Website gespeichert wird, auch wenn das Skript eines anderen Anbieters",
    );
  });

  it("is France's, Italy's, Spain's or Poland's own provision for a company there", () => {
    expect(cookies("FR", "en")).toContain(
      "Article 82 of the French Data Protection Act (loi n° 78-17 du 6 janvier 1978, “Informatique et Libertés”) allows this only with your consent",
    );
    expect(cookies("FR", "de")).toContain("Unbedingt erforderlich (Art. 82 Loi 78-17)");
    expect(cookies("IT", "en")).toContain("Article 122(1) of the Italian Personal Data Protection Code");
    expect(cookies("IT", "de")).toContain("Unbedingt erforderlich (Art. 122 Abs. 1 Codice)");
    expect(cookies("ES", "en")).toContain("Strictly necessary (Art. 22(2) LSSI)");
    expect(cookies("ES", "de")).toContain(
      "Art. 22 Abs. 2 des spanischen Gesetzes über die Dienste der Informationsgesellschaft (Ley 34/2002, LSSI) erlaubt das",
    );
    expect(cookies("PL", "en")).toContain(
      "Article 399 of the Polish Electronic Communications Law (Prawo komunikacji elektronicznej, PKE) allows this",
    );
    expect(cookies("PL", "de")).toContain("Unbedingt erforderlich (Art. 399 PKE)");
  });

  it("is the ePrivacy Directive where we know no provision of the country's own", () => {
    expect(cookies("BE", "en")).toContain("EU law (Art. 5(3) of the ePrivacy Directive 2002/58/EC, as implemented in each member state)");
    expect(cookies("BE", "de")).toContain("Unbedingt erforderlich (Art. 5 Abs. 3 ePrivacy-Richtlinie)");
  });
});

describe("the national act the overview names", () => {
  const overview = (country: "DE" | "AT" | "FR" | "PT", locale: "en" | "de") =>
    textOf(
      sectionById(compose(policyOf([shop], { controller: { ...controller, address: { ...controller.address, country } } }), { locale }), "overview")!,
    );

  it("is the controller's country's: the BDSG in Germany, the DSG in Austria, none we do not know", () => {
    expect(overview("DE", "de")).toContain(
      "Neben der Datenschutz-Grundverordnung (DSGVO) gilt das Bundesdatenschutzgesetz (BDSG), soweit es sie ergänzt.",
    );
    expect(overview("DE", "en")).toContain(
      "Besides the General Data Protection Regulation (GDPR), the German Federal Data Protection Act (Bundesdatenschutzgesetz, BDSG) applies where it supplements it.",
    );
    expect(overview("AT", "de")).toContain(
      "Neben der Datenschutz-Grundverordnung (DSGVO) gilt das österreichische Datenschutzgesetz (DSG), soweit es sie ergänzt.",
    );
    expect(overview("AT", "en")).toContain("the Austrian Data Protection Act (Datenschutzgesetz, DSG)");
    expect(overview("FR", "en")).toContain("the French Data Protection Act (loi n° 78-17 du 6 janvier 1978, “Informatique et Libertés”) applies");
    expect(overview("PT", "en")).not.toContain("Besides the General Data Protection Regulation");
  });
});

describe("dates in the German text of an Austrian controller", () => {
  it("name January as Austria does (Jänner); a German controller's say Januar", () => {
    const text = (country: "AT" | "DE") =>
      textOf(
        sectionById(
          compose(
            policyOf([shop], {
              meta: { version: "1", effective: "2027-01-01" },
              controller: { ...controller, address: { ...controller.address, country } },
            }),
            { locale: "de" },
          ),
          "overview",
        )!,
      );
    expect(text("AT")).toContain("gültig ab 1. Jänner 2027");
    expect(text("DE")).toContain("gültig ab 1. Januar 2027");
  });
});
