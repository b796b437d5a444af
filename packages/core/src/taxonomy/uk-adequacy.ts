import { countryCodes, isEeaMember, type CountryCode } from "./country.js";
import type { Translated } from "./types.js";

/**
 * A transfer the UK treats as approved by regulations (Art. 45A UK GDPR, as amended by the Data
 * (Use and Access) Act 2025): what the UK called "adequacy" before that Act.
 */
export interface UkAdequacy {
  readonly country: CountryCode;
  /**
   * The instrument that approves the transfers, e.g. "The Data Protection (Adequacy) (Republic of
   * Korea) Regulations 2022 (S.I. 2022/1213)".
   */
  readonly instrument: string;
  /** Set where the instrument covers only some recipients in the country: whom it covers, as a phrase. */
  readonly scope: Translated | null;
  readonly source: string;
  /** When we last checked the instrument is in force (ISO date). */
  readonly checked: string;
}

const checked = "2026-12-06";

/**
 * DPA 2018 Sch. 21 para. 4(1), as amended by the Data (Use and Access) Act 2025 (Sch. 9 para. 25),
 * treats a transfer "as approved by regulations made under Article 45A of the UK GDPR" where
 * para. 5 specifies the destination: (a) the EEA states, (b) Gibraltar, and in para. 5(2) the
 * third countries of the EU adequacy decisions listed there, each only as far as its decision
 * reaches (para. 5(3)). Read on the legislation.gov.uk text of paras. 4 and 5 (revision of
 * 30 September 2026) as mirrored in github.com/ViaCara/compliance-references,
 * corpus/statute/uk/dpa-2018/schedule-021-paragraph-005.md at commit 73c8c3cf (and -004.md at 1b43799e).
 */
const schedule21 = "Data Protection Act 2018, Schedule 21, paragraphs 4 and 5";
const schedule21Source = "https://www.legislation.gov.uk/ukpga/2018/12/schedule/21/paragraph/5";

function schedule21Entry(country: CountryCode, scope: Translated | null = null): UkAdequacy {
  return { country, instrument: schedule21, scope, source: schedule21Source, checked };
}

const automatedProcessing: Translated = {
  en: "automated processing of personal data",
  de: "die automatisierte Verarbeitung personenbezogener Daten",
  es: "el tratamiento automatizado de datos personales",
  nl: "de geautomatiseerde verwerking van persoonsgegevens",
  pl: "zautomatyzowane przetwarzanie danych osobowych",
  fr: "le traitement automatisé de données à caractère personnel",
  it: "trattamenti automatizzati di dati personali",
};

/**
 * The countries and territories the UK treats as adequate. Left out: the EU's and the EEA's
 * institutions and bodies (para. 5(1)(c), (d)), which are not countries; no UK regulations for the
 * Dubai International Financial Centre were found, and it is a zone, not a country.
 */
export const ukAdequacy: readonly UkAdequacy[] = [
  // Para. 5(1)(a): "an EEA state", the 27 EU members and Iceland, Liechtenstein and Norway.
  ...countryCodes.filter(isEeaMember).map((code) => schedule21Entry(code)),
  schedule21Entry("GI"),
  // Para. 5(2), letters as printed (there is no (l)), with the limits the decisions set.
  schedule21Entry("CH"),
  schedule21Entry("CA", {
    en: "recipients subject to the Personal Information Protection and Electronic Documents Act (PIPEDA)",
    de: "Empfänger, die dem Personal Information Protection and Electronic Documents Act (PIPEDA) unterliegen",
    es: "los destinatarios sujetos a la Personal Information Protection and Electronic Documents Act (PIPEDA)",
    nl: "ontvangers die onder de Personal Information Protection and Electronic Documents Act (PIPEDA) vallen",
    pl: "odbiorcy podlegający ustawie Personal Information Protection and Electronic Documents Act (PIPEDA)",
    fr: "les destinataires soumis à la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)",
    it: "destinatari soggetti al Personal Information Protection and Electronic Documents Act (PIPEDA)",
  }),
  schedule21Entry("AR"),
  schedule21Entry("GG"),
  schedule21Entry("IM"),
  schedule21Entry("JE"),
  schedule21Entry("FO", {
    en: "recipients subject to the Faroese Act on processing of personal data",
    de: "Empfänger, die dem färöischen Gesetz über die Verarbeitung personenbezogener Daten unterliegen",
    es: "los destinatarios sujetos a la Ley feroesa sobre el tratamiento de datos personales",
    nl: "ontvangers die onder de Faeröerse wet inzake de verwerking van persoonsgegevens vallen",
    pl: "odbiorcy podlegający farerskiej ustawie o przetwarzaniu danych osobowych",
    fr: "les destinataires soumis à la loi féroïenne sur le traitement des données à caractère personnel",
    it: "destinatari soggetti alla legge delle Isole Fær Øer sul trattamento dei dati personali",
  }),
  schedule21Entry("AD"),
  schedule21Entry("IL", automatedProcessing),
  schedule21Entry("UY", automatedProcessing),
  schedule21Entry("NZ"),
  schedule21Entry("JP", {
    en: "recipients subject to the Act on the Protection of Personal Information (APPI)",
    de: "Empfänger, die dem Act on the Protection of Personal Information (APPI) unterliegen",
    es: "los destinatarios sujetos a la Act on the Protection of Personal Information (APPI)",
    nl: "ontvangers die onder de Act on the Protection of Personal Information (APPI) vallen",
    pl: "odbiorcy podlegający ustawie Act on the Protection of Personal Information (APPI)",
    fr: "les destinataires soumis à l'Act on the Protection of Personal Information (APPI)",
    it: "destinatari soggetti all'Act on the Protection of Personal Information (APPI)",
  }),
  {
    country: "KR",
    instrument: "The Data Protection (Adequacy) (Republic of Korea) Regulations 2022 (S.I. 2022/1213)",
    // Reg. 2(2): "a transfer of personal data to a person in the Republic of Korea who is subject to
    // the Personal Information Protection Act". In force 19 December 2022 (reg. 1(2)).
    scope: {
      en: "recipients subject to the Personal Information Protection Act (PIPA)",
      de: "Empfänger, die dem Personal Information Protection Act (PIPA) unterliegen",
      es: "los destinatarios sujetos a la Personal Information Protection Act (PIPA)",
      nl: "ontvangers die onder de Personal Information Protection Act (PIPA) vallen",
      pl: "odbiorcy podlegający ustawie Personal Information Protection Act (PIPA)",
      fr: "les destinataires soumis au Personal Information Protection Act (PIPA)",
      it: "destinatari soggetti al Personal Information Protection Act (PIPA)",
    },
    source: "https://legislation.gov.uk/uksi/2022/1213/data.html",
    checked,
  },
  {
    country: "US",
    instrument: "The Data Protection (Adequacy) (United States of America) Regulations 2023 (S.I. 2023/1028)",
    // Reg. 3(2): to a person "indicated on the Data Privacy Framework List as participating in the UK
    // Extension to the EU-US Data Privacy Framework", data then subject to the DPF Principles. In
    // force 12 October 2023 (reg. 1(2)).
    scope: {
      en: "organisations taking part in the UK Extension to the EU-US Data Privacy Framework",
      de: "Organisationen, die an der UK-Erweiterung des EU-US-Datenschutzrahmens teilnehmen",
      es: "las organizaciones que participan en la extensión del Reino Unido al marco de privacidad de datos UE-EE. UU.",
      nl: "organisaties die deelnemen aan de Britse uitbreiding van het EU-VS-kader inzake gegevensbescherming",
      pl: "organizacje uczestniczące w brytyjskim rozszerzeniu ram ochrony danych UE-USA",
      fr: "les organisations qui adhèrent à l'extension britannique du cadre de protection des données UE-États-Unis",
      it: "organizzazioni che aderiscono all'estensione per il Regno Unito del quadro UE-USA per la protezione dei dati personali",
    },
    source: "https://legislation.gov.uk/uksi/2023/1028/data.html",
    checked,
  },
];

const byCountry = new Map<string, UkAdequacy>(ukAdequacy.map((a) => [a.country, a]));

/** The UK approval for transfers to a country, or undefined where there is none. */
export function getUkAdequacy(code: CountryCode): UkAdequacy | undefined {
  return byCountry.get(code);
}
