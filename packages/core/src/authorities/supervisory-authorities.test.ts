import { describe, expect, it } from "vitest";
import { countryCodes, isEeaMember } from "../taxonomy/country.js";
import { supervisoryAuthorities, supervisoryAuthorityById } from "./authority-lookup.js";
import { germanLands } from "./german-land.js";
import { type AuthorityFact, authorityFacts, type SupervisoryAuthority } from "./supervisory-authority.js";

const byId = (id: string): SupervisoryAuthority => {
  const authority = supervisoryAuthorityById(id);
  if (authority === undefined) throw new Error(`no authority ${id}`);
  return authority;
};

/** The facts the record states a value for. */
function statedFacts(authority: SupervisoryAuthority): AuthorityFact[] {
  return authorityFacts.filter((fact) => (fact === "email" || fact === "phone" ? authority[fact] !== undefined : true));
}

function confirmedFacts(authority: SupervisoryAuthority): Set<AuthorityFact> {
  return new Set(authority.sources.flatMap((source) => source.facts));
}

/** "www.lda.bayern.de" and "lda.bayern.de" are the same site; a subdomain of the site counts as the site. */
function onDomain(url: string, domain: string): boolean {
  const host = new URL(url).hostname.replace(/^www\./, "");
  const base = domain.replace(/^www\./, "");
  return host === base || host.endsWith(`.${base}`);
}

describe("the supervisory authorities", () => {
  it("have every required field", () => {
    for (const authority of supervisoryAuthorities) {
      expect(authority.id, authority.id).toMatch(/^[a-z]{2}(-[a-z]{2})?-[a-z0-9-]+$/);
      expect(authority.id.slice(0, 2), authority.id).toBe(authority.country.toLowerCase());
      for (const name of [authority.name.official, authority.name.language, authority.name.en, authority.name.de])
        expect(name, authority.id).not.toBe("");
      // A name that is not the authority's own in a language stands there as the official name, and says so.
      if (authority.name.en === authority.name.official && authority.name.language !== "en") expect(authority.name.note, authority.id).toBeDefined();
      if (authority.name.de === authority.name.official && authority.name.language !== "de") expect(authority.name.note, authority.id).toBeDefined();
      expect(authority.address.street, authority.id).not.toBe("");
      expect(authority.address.city, authority.id).not.toBe("");
      expect(authority.address.country, authority.id).toBe(authority.country);
      expect(authority.url, authority.id).toMatch(/^https?:\/\/[^/]+\/?/);
      if (authority.email !== undefined) expect(authority.email, authority.id).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
      if (authority.phone !== undefined) expect(authority.phone, authority.id).toMatch(/^\+[0-9][0-9 ()./-]{3,30}$/);
      expect(authority.lead, authority.id).toBeDefined();
    }
  });

  it("have unique ids", () => {
    const ids = supervisoryAuthorities.map((authority) => authority.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("have one authority for private companies in every EEA country", () => {
    const eea = countryCodes.filter(isEeaMember).filter((code) => code !== "DE");
    for (const country of eea) {
      const found = supervisoryAuthorities.filter((authority) => authority.country === country && authority.competence === "private-sector");
      expect(found.length, country).toBe(1);
    }
  });

  it("have one authority per German Land, 16 in all, and the BfDI for telecommunications and postal services", () => {
    const lands = supervisoryAuthorities.filter((authority) => authority.country === "DE" && authority.competence === "private-sector");
    expect(lands).toHaveLength(16);
    expect(lands.map((authority) => authority.land).sort()).toEqual([...germanLands].sort());
    const federal = supervisoryAuthorities.filter((authority) => authority.competence === "telecommunications-and-postal");
    expect(federal.map((authority) => authority.id)).toEqual(["de-bfdi"]);
    expect(federal[0]?.land).toBeUndefined();
  });

  it("take their facts from the authority's own pages, read on 2026-12-06", () => {
    for (const authority of supervisoryAuthorities) {
      const domains = [new URL(authority.url).hostname, ...(authority.otherDomains ?? [])];
      for (const source of authority.sources) {
        expect(
          domains.some((domain) => onDomain(source.url, domain)),
          `${authority.id}: ${source.url}`,
        ).toBe(true);
        expect(source.checked, authority.id).toBe("2026-12-06");
        if (source.updated !== undefined) expect(source.updated, authority.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        expect(source.facts.length, authority.id).toBeGreaterThan(0);
      }
    }
  });

  it("mark every stated fact that no source confirms as unconfirmed, and nothing a source confirms", () => {
    for (const authority of supervisoryAuthorities) {
      const confirmed = confirmedFacts(authority);
      const unconfirmed = new Set(authority.unconfirmed.map((entry) => entry.fact));
      for (const fact of statedFacts(authority)) {
        expect(confirmed.has(fact) !== unconfirmed.has(fact), `${authority.id}: ${fact} must be either confirmed or unconfirmed`).toBe(true);
      }
      for (const entry of authority.unconfirmed) expect(entry.note, authority.id).not.toBe("");
    }
  });
});

describe("the facts a policy prints", () => {
  it("give the Austrian DSB's address and e-mail exactly", () => {
    const dsb = byId("at-dsb");
    expect(dsb.name.official).toBe("Österreichische Datenschutzbehörde");
    expect(dsb.address).toEqual({ street: "Barichgasse 40-42", postalCode: "1030", city: "Wien", country: "AT" });
    expect(dsb.email).toBe("dsb@dsb.gv.at");
    expect(dsb.phone).toBe("+43 1 52 152-0");
    expect(dsb.unconfirmed).toEqual([]);
  });

  it("name the BayLDA in Ansbach for Bavaria, not the BayLfD in Munich", () => {
    const bavaria = supervisoryAuthorities.filter((authority) => authority.land === "BY");
    expect(bavaria.map((authority) => authority.id)).toEqual(["de-by-baylda"]);
    const baylda = byId("de-by-baylda");
    expect(baylda.name.official).toBe("Bayerisches Landesamt für Datenschutzaufsicht");
    expect(baylda.address).toEqual({ street: "Promenade 27", postalCode: "91522", city: "Ansbach", country: "DE" });
    expect(baylda.email).toBe("poststelle@lda.bayern.de");
  });

  it("give Berlin's authority its name", () => {
    expect(byId("de-be-blnbdi").name.de).toBe("Berliner Beauftragte für Datenschutz und Informationsfreiheit");
  });

  it("give Hamburg's authority its address", () => {
    expect(byId("de-hh-hmbbfdi").address).toEqual({ street: "Ludwig-Erhard-Straße 22, 7. OG", postalCode: "20459", city: "Hamburg", country: "DE" });
  });

  it("name the BfDI in Bonn, with its own English name, and keep its German name unconfirmed", () => {
    const bfdi = byId("de-bfdi");
    expect(bfdi.address.city).toBe("Bonn");
    expect(bfdi.name.en).toBe("Federal Commissioner for Data Protection and Freedom of Information");
    expect(bfdi.unconfirmed.map((entry) => entry.fact)).toEqual(["name"]);
  });

  it("record that the ICO becomes the Information Commission, on a date not yet known", () => {
    const ico = byId("gb-ico");
    expect(ico.name.official).toBe("Information Commissioner's Office");
    expect(ico.nameChanges).toHaveLength(1);
    expect(ico.nameChanges?.[0]?.name.official).toBe("Information Commission");
    expect(ico.nameChanges?.[0]?.from).toBeNull();
    expect(ico.nameChanges?.[0]?.source).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
    // Which name applies today is open, so compose must not assert it.
    expect(ico.unconfirmed.map((entry) => entry.fact)).toContain("name");
  });

  it("know the authorities of France, Italy, Spain, the Netherlands and Poland as far as their own pages confirm them", () => {
    const confirmed = (id: string) => [...confirmedFacts(byId(id))].sort();
    // The Garante: name, address, e-mail and phone on its own pages.
    expect(byId("it-garante").name.en).toBe("Italian Data Protection Authority");
    expect(byId("it-garante").address).toEqual({ street: "Piazza Venezia 11", postalCode: "00187", city: "Roma", country: "IT" });
    expect(byId("it-garante").unconfirmed).toEqual([]);
    // The AP: its Dutch name in English too, its postbus and its free number; not its e-mail.
    expect(byId("nl-ap").name.en).toBe("Autoriteit Persoonsgegevens");
    expect(byId("nl-ap").address).toEqual({ street: "Postbus 93374", postalCode: "2509 AJ", city: "Den Haag", country: "NL" });
    expect(byId("nl-ap").phone).toBe("+31 88 180 5250");
    expect(byId("nl-ap").unconfirmed.map((entry) => entry.fact)).toEqual(["email"]);
    // UODO: its name in Polish and English and its website; its address is on no uodo.gov.pl page read.
    expect(byId("pl-uodo").name).toMatchObject({ official: "Urząd Ochrony Danych Osobowych", en: "Personal Data Protection Office" });
    expect(confirmed("pl-uodo")).toEqual(["name", "url"]);
    // The AEPD: its name, on its electronic office's page on complaints; nothing else.
    expect(byId("es-aepd").name.official).toBe("Agencia Española de Protección de Datos");
    expect(confirmed("es-aepd")).toEqual(["name"]);
    // The CNIL: its name and address on its innovation lab's page (linc.cnil.fr), its website; not its phone.
    expect(byId("fr-cnil").name.official).toBe("Commission nationale de l'informatique et des libertés");
    expect(byId("fr-cnil").address).toEqual({ street: "3 Place de Fontenoy, TSA 80715", postalCode: "75334", city: "Paris Cedex 07", country: "FR" });
    expect(confirmed("fr-cnil")).toEqual(["address", "name", "url"]);
  });

  it("keep Switzerland's FDPIC under its own English and German names", () => {
    const fdpic = byId("ch-edoeb");
    expect(fdpic.name.en).toBe("Federal Data Protection and Information Commissioner");
    expect(fdpic.name.de).toBe("Der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte");
  });
});
