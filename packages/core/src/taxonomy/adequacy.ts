import type { CountryCode } from "./country.js";
import type { Translated } from "./types.js";

/** An EU Commission adequacy decision (Art. 45(3) GDPR, or Art. 25(6) of Directive 95/46/EC). */
export interface AdequacyDecision {
  readonly country: CountryCode;
  /** The decision's number as published in the Official Journal, e.g. "2023/1795". */
  readonly reference: string;
  /** The kind of act, e.g. "Commission Implementing Decision (EU) 2023/1795". */
  readonly decision: string;
  /** Set where the decision covers only some recipients in the country: whom it covers, as a phrase. */
  readonly scope: Translated | null;
  readonly source: string;
  /** When we last checked the decision is in force (ISO date). */
  readonly checked: string;
}

const source = "https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en";
const checked = "2026-11-29";

function decision(country: CountryCode, kind: string, reference: string, scope: Translated | null = null): AdequacyDecision {
  return { country, reference, decision: `${kind} ${reference}`, scope, source, checked };
}

/**
 * The adequacy decisions in force for countries and territories. The decision for the European
 * Patent Organisation is left out: it is an international organisation, not a country.
 */
export const adequacyDecisions: readonly AdequacyDecision[] = [
  decision("AD", "Commission Decision", "2010/625/EU"),
  decision("AR", "Commission Decision", "2003/490/EC"),
  decision("BR", "Commission Implementing Decision (EU)", "2026/179"),
  decision("CA", "Commission Decision", "2002/2/EC", {
    en: "commercial organisations subject to the Personal Information Protection and Electronic Documents Act (PIPEDA)",
    de: "Unternehmen, die dem Personal Information Protection and Electronic Documents Act (PIPEDA) unterliegen",
    es: "las organizaciones comerciales sujetas a la Personal Information Protection and Electronic Documents Act (PIPEDA)",
    nl: "commerciële organisaties die onder de Personal Information Protection and Electronic Documents Act (PIPEDA) vallen",
    pl: "organizacje komercyjne podlegające ustawie Personal Information Protection and Electronic Documents Act (PIPEDA)",
    fr: "les organisations commerciales soumises à la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)",
    it: "organizzazioni commerciali soggette al Personal Information Protection and Electronic Documents Act (PIPEDA)",
  }),
  decision("CH", "Commission Decision", "2000/518/EC"),
  decision("FO", "Commission Decision", "2010/146/EU"),
  // Adopted in 2021 and renewed in December 2025 until 27 December 2031. The renewal decision's
  // own number could not be read from here: it stays with the original until someone checks it.
  decision("GB", "Commission Implementing Decision (EU)", "2021/1772"),
  decision("GG", "Commission Decision", "2003/821/EC"),
  decision("IL", "Commission Decision", "2011/61/EU"),
  decision("IM", "Commission Decision", "2004/411/EC"),
  decision("JE", "Commission Decision", "2008/393/EC"),
  decision("JP", "Commission Implementing Decision (EU)", "2019/419"),
  decision("KR", "Commission Implementing Decision (EU)", "2022/254"),
  decision("NZ", "Commission Implementing Decision", "2013/65/EU"),
  decision("US", "Commission Implementing Decision (EU)", "2023/1795", {
    en: "organisations certified under the EU-US Data Privacy Framework",
    de: "Organisationen, die nach dem EU-US-Datenschutzrahmen zertifiziert sind",
    es: "las organizaciones certificadas conforme al marco de privacidad de datos UE-EE. UU.",
    nl: "organisaties die zijn gecertificeerd onder het EU-VS-kader inzake gegevensbescherming",
    pl: "organizacje certyfikowane zgodnie z ramami ochrony danych UE-USA",
    fr: "les organisations certifiées au titre du cadre de protection des données UE-États-Unis",
    it: "organizzazioni certificate nell'ambito del quadro UE-USA per la protezione dei dati personali",
  }),
  decision("UY", "Commission Implementing Decision", "2012/484/EU"),
];

/**
 * Whether a decision was adopted under Art. 25(6) of Directive 95/46/EC: every decision from before
 * the GDPR applied (25 May 2018) was. Those stay in force under Art. 45(9) GDPR until amended,
 * replaced or repealed, so they are cited under that paragraph, not Art. 45(3). A decision's number
 * starts with its year ("2002/2/EC", "2023/1795").
 */
export function adoptedUnderDirective(decision: AdequacyDecision): boolean {
  return Number(decision.reference.split("/")[0]) < 2018;
}

/** The citation for transfers that rest only on decisions adopted under the Directive. */
export const directiveDecisionCitation: Translated = {
  en: "Art. 45(9) GDPR",
  de: "Art. 45 Abs. 9 DSGVO",
  fr: "article 45, paragraphe 9, du RGPD",
  it: "art. 45, par. 9, del RGPD",
  es: "artículo 45, apartado 9, del RGPD",
  nl: "artikel 45, negende lid, van de AVG",
  pl: "art. 45 ust. 9 RODO",
};

/** The citation for transfers that rest on decisions of both kinds. */
export const mixedDecisionsCitation: Translated = {
  en: "Art. 45(3) and (9) GDPR",
  de: "Art. 45 Abs. 3 und 9 DSGVO",
  fr: "article 45, paragraphes 3 et 9, du RGPD",
  it: "art. 45, parr. 3 e 9, del RGPD",
  es: "artículo 45, apartados 3 y 9, del RGPD",
  nl: "artikel 45, derde en negende lid, van de AVG",
  pl: "art. 45 ust. 3 i 9 RODO",
};

const byCountry = new Map<string, AdequacyDecision>(adequacyDecisions.map((d) => [d.country, d]));

/** The adequacy decision for a country, or undefined where there is none. */
export function getAdequacy(code: CountryCode): AdequacyDecision | undefined {
  return byCountry.get(code);
}
