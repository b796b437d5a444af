import type { CountryCode } from "./country.js";
import type { Translated } from "./types.js";

/**
 * The age from which a child consents alone to an information society service offered directly
 * to it (Art. 8(1) GDPR: 16, unless a member state sets a lower age, not below 13), with the
 * provision that sets it.
 */
export interface DigitalConsentAge {
  readonly age: number;
  readonly citation: Translated;
}

const gdprDefault: DigitalConsentAge = {
  age: 16,
  citation: {
    en: "Art. 8(1) GDPR",
    de: "Art. 8 Abs. 1 DSGVO",
    es: "artículo 8, apartado 1, del RGPD",
    nl: "artikel 8, eerste lid, van de AVG",
    pl: "art. 8 ust. 1 RODO",
    fr: "article 8, paragraphe 1, du RGPD",
    it: "art. 8, par. 1, del RGPD",
  },
};

/**
 * The countries whose age we have read in the law itself (2026-12-06; each text's version is
 * named). A country not listed may have set its own age: the text then says only what Art. 8(1)
 * allows. Germany, the Netherlands and Poland set none, so the GDPR's 16 applies: the BDSG (as
 * amended 6 May 2024), the UAVG (whose Art. 5 covers only consent outside Art. 8 GDPR) and
 * Poland's Act of 10 May 2018 (as promulgated, Dz.U. 2018 poz. 1000) have no such provision.
 */
const ages: Partial<Record<CountryCode, DigitalConsentAge>> = {
  DE: gdprDefault,
  NL: gdprDefault,
  PL: gdprDefault,
  // § 4 Abs. 4 DSG ("wenn das Kind das vierzehnte Lebensjahr vollendet hat"), RIS Gesetzesnummer 10001597.
  AT: {
    age: 14,
    citation: {
      en: "Section 4(4) of the Austrian Data Protection Act (DSG)",
      de: "§ 4 Abs. 4 DSG",
      es: "artículo 4, apartado 4, de la Ley austriaca de Protección de Datos (DSG)",
      nl: "§ 4, vierde lid, van de Oostenrijkse wet inzake gegevensbescherming (DSG)",
      pl: "§ 4 ust. 4 austriackiej ustawy o ochronie danych (DSG)",
      fr: "article 4, paragraphe 4, de la loi autrichienne sur la protection des données (DSG)",
      it: "§ 4, comma 4, della legge austriaca sulla protezione dei dati (DSG)",
    },
  },
  // Art. 7(1) Ley Orgánica 3/2018 (LOPDGDD), BOE-A-2018-16673, consolidated text of 8 October 2026.
  ES: {
    age: 14,
    citation: {
      en: "Art. 7(1) of the Spanish Data Protection Act (LOPDGDD)",
      de: "Art. 7 Abs. 1 des spanischen Datenschutzgesetzes (LOPDGDD)",
      es: "artículo 7.1 de la Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD)",
      nl: "artikel 7, eerste lid, van de Spaanse wet inzake gegevensbescherming (LOPDGDD)",
      pl: "art. 7 ust. 1 hiszpańskiej ustawy o ochronie danych (LOPDGDD)",
      fr: "article 7, paragraphe 1, de la loi organique espagnole sur la protection des données (LOPDGDD)",
      it: "art. 7, comma 1, della legge organica spagnola sulla protezione dei dati (LOPDGDD)",
    },
  },
  // Art. 8(1) UK GDPR as amended by S.I. 2019/419 (legislation.gov.uk revision of 27 August 2026).
  GB: {
    age: 13,
    citation: {
      en: "Art. 8(1) UK GDPR",
      de: "Art. 8 Abs. 1 UK GDPR",
      es: "artículo 8, apartado 1, del UK GDPR",
      nl: "artikel 8, eerste lid, van de UK GDPR",
      pl: "art. 8 ust. 1 UK GDPR",
      fr: "article 8, paragraphe 1, du UK GDPR",
      it: "art. 8, par. 1, del UK GDPR",
    },
  },
  // Art. 7 of the Belgian Act of 30 July 2018 (Justel, updated to 8 July 2024).
  BE: {
    age: 13,
    citation: {
      en: "Art. 7 of the Belgian Data Protection Act of 30 July 2018",
      de: "Art. 7 des belgischen Datenschutzgesetzes vom 30. Juli 2018",
      es: "artículo 7 de la Ley belga de Protección de Datos de 30 de julio de 2018",
      nl: "artikel 7 van de Belgische wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens",
      pl: "art. 7 belgijskiej ustawy o ochronie danych z dnia 30 lipca 2018 r.",
      fr: "article 7 de la loi belge du 30 juillet 2018 relative à la protection des données",
      it: "art. 7 della legge belga sulla protezione dei dati del 30 luglio 2018",
    },
  },
  // § 7 zákon č. 110/2019 Sb. (e-Sbírka, version of 1 August 2025).
  CZ: {
    age: 15,
    citation: {
      en: "Section 7 of Czech Act No. 110/2019",
      de: "§ 7 des tschechischen Gesetzes Nr. 110/2019",
      es: "artículo 7 de la Ley checa n.º 110/2019",
      nl: "§ 7 van de Tsjechische wet nr. 110/2019",
      pl: "§ 7 czeskiej ustawy nr 110/2019",
      fr: "article 7 de la loi tchèque n\u00b0\u00a0110/2019",
      it: "§ 7 della legge ceca n. 110/2019",
    },
  },
};

/** The age of digital consent in a country, where our sources confirm it. */
export function getDigitalConsentAge(country: CountryCode): DigitalConsentAge | undefined {
  return ages[country];
}
