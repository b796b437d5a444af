import { describe, expect, it } from "vitest";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { controller, policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { Address } from "../model/party.js";
import type { Locale } from "../taxonomy/index.js";
import { compose } from "./compose.js";

// A controller in France, Italy, Spain, the Netherlands or Poland, writing in its own language:
// its country's data protection act, cookie rule and supervisory authority, in that language.

const cookie = {
  name: "cart",
  purpose: { en: "Keeps your basket.", de: "Merkt sich den Warenkorb." },
  duration: "session",
  party: "first",
  ground: "strictly-necessary",
} as const;

function sections(address: Address, locale: Locale): { readonly overview: string; readonly cookies: string; readonly complaint: string } {
  const policy = policyOf([{ ...shop, deviceAccess: [cookie] }], { controller: { ...controller, address } });
  const document = compose(policy, { locale });
  return {
    overview: textOf(sectionById(document, "overview")!),
    cookies: textOf(sectionById(document, "device-access")!),
    complaint: textOf(sectionById(document, "complaint")!),
  };
}

const paris = { street: "1 rue de Rivoli", postalCode: "75001", city: "Paris", country: "FR" } as const;
const rome = { street: "Via del Corso 1", postalCode: "00186", city: "Roma", country: "IT" } as const;
const madrid = { street: "Calle Mayor 1", postalCode: "28013", city: "Madrid", country: "ES" } as const;
const amsterdam = { street: "Damrak 1", postalCode: "1012 LG", city: "Amsterdam", country: "NL" } as const;
const warsaw = { street: "ul. Marszałkowska 1", postalCode: "00-624", city: "Warszawa", country: "PL" } as const;

describe("a controller's country, in its own language", () => {
  it("France: art. 82 of the loi Informatique et Libertés, and the CNIL with its address", () => {
    const { overview, cookies, complaint } = sections(paris, "fr");
    expect(overview).toContain(
      "la loi n\u00b0\u00a078-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés (loi «\u00a0Informatique et Libertés\u00a0») s'applique",
    );
    expect(cookies).toContain("L'article 82 de la loi n\u00b0\u00a078-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés");
    expect(complaint).toContain("Commission nationale de l'informatique et des libertés\n3 Place de Fontenoy, TSA 80715\n75334 Paris Cedex 07");
    expect(complaint).not.toContain("53 73");
  });

  it("Italy: art. 122 of the Codice, and the Garante with its address", () => {
    const { overview, cookies, complaint } = sections(rome, "it");
    expect(overview).toContain(
      "si applica, nella misura in cui lo integra, il Codice in materia di protezione dei dati personali (decreto legislativo 30 giugno 2003, n. 196).",
    );
    expect(cookies).toContain("L'art. 122, comma 1, del Codice in materia di protezione dei dati personali");
    expect(complaint).toContain("Garante per la protezione dei dati personali\nPiazza Venezia 11\n00187 Roma");
  });

  it("Spain: art. 22.2 LSSI, and the Agencia Española de Protección de Datos by its name alone", () => {
    const { overview, cookies, complaint } = sections(madrid, "es");
    expect(overview).toContain(
      "se aplica la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD)",
    );
    expect(cookies).toContain("El artículo 22.2 de la Ley 34/2002, de 11 de julio, de servicios de la sociedad de la información");
    expect(complaint).toContain("Agencia Española de Protección de Datos");
    expect(complaint).not.toContain("Jorge Juan");
    expect(complaint).not.toContain("aepd.es");
  });

  it("the Netherlands: art. 11.7a Telecommunicatiewet, and the Autoriteit Persoonsgegevens", () => {
    const { overview, cookies, complaint } = sections(amsterdam, "nl");
    expect(overview).toContain("geldt de Uitvoeringswet Algemene verordening gegevensbescherming (UAVG), voor zover die de AVG aanvult.");
    expect(cookies).toContain("Artikel 11.7a van de Telecommunicatiewet");
    expect(complaint).toContain("Autoriteit Persoonsgegevens\nPostbus 93374\n2509 AJ Den Haag");
  });

  it("Poland: art. 399 PKE, and the Urząd Ochrony Danych Osobowych by its name and website", () => {
    const { overview, cookies, complaint } = sections(warsaw, "pl");
    expect(overview).toContain("stosuje się ustawę z dnia 10 maja 2018 r. o ochronie danych osobowych w zakresie, w jakim je uzupełnia.");
    expect(cookies).toContain("Art. 399 ustawy z dnia 12 lipca 2024 r. – Prawo komunikacji elektronicznej (PKE)");
    expect(complaint).toContain("Urząd Ochrony Danych Osobowych");
    expect(complaint).toContain("https://www.uodo.gov.pl/");
    expect(complaint).not.toContain("Stawki");
  });
});
