import type { CountryCode } from "./country.js";
import type { Translated } from "./types.js";

/**
 * A state or territory the Swiss Federal Council lists as having adequate data protection
 * (Art. 16 para. 1 FADP; Art. 8 para. 1 DPO: "The states, territories, specific sectors in a state
 * and international bodies with adequate data protection are listed in Annex 1").
 */
export interface SwissAdequacy {
  readonly country: CountryCode;
  /** Set where the listing covers only some recipients in the country: whom it covers, as a phrase. */
  readonly scope: Translated | null;
  readonly source: string;
  /** When we last checked the entry (ISO date). */
  readonly checked: string;
}

/** The list as an act, for naming it in a policy. */
export const swissAdequacyInstrument: Translated = {
  en: "Annex 1 to the Data Protection Ordinance (DPO)",
  de: "Anhang 1 der Datenschutzverordnung (DSV)",
  es: "Anexo 1 de la Ordenanza sobre la Protección de Datos (OPDo)",
  nl: "bijlage 1 bij de Zwitserse verordening inzake gegevensbescherming (DSV)",
  pl: "załącznik 1 do szwajcarskiego rozporządzenia o ochronie danych (DPO)",
  fr: "annexe 1 de l'ordonnance sur la protection des données (OPDo)",
  it: "allegato 1 dell'ordinanza sulla protezione dei dati (OPDa)",
};

/**
 * The Fedlex ELI of the consolidation read: SR 235.11 "Verordnung über den Datenschutz
 * (Datenschutzverordnung, DSV) vom 31. August 2022 (Stand am 1. Dezember 2025)", EN "(Status as of
 * 1 December 2025)". Read as the Fedlex filestore HTML copied byte for byte in
 * github.com/rubentalstra/FerroEHR, docs/law/ch/dpo/text-de.html at commit b218275b5dd9efe1234a33292bdc2d2aa7ebeb36
 * and docs/law/ch/dpo/text-en.html at commit 52fff8659a437c04d0010422f0a9012e25506eae (fetched from
 * fedlex.data.admin.ch on 2026-09-13, per that repository's PROVENANCE.md). The annex footnote
 * says it was last amended by No I of the Ordinance of 14 August 2024, in force since
 * 15 September 2024 (AS 2024 435); the 1 December 2025 amendment did not touch it.
 */
const source = "https://www.fedlex.admin.ch/eli/cc/2022/568/20251201/de";
const checked = "2026-12-06";

function entry(country: CountryCode, scope: Translated | null = null): SwissAdequacy {
  return { country, scope, source, checked };
}

/**
 * Annex 1 DPO in full: 44 numbered rows, all of them states or territories, in the annex's own
 * order (which follows the German names). It holds no international body and no sector-only row;
 * only Canada and the United States are limited. The annex's asterisks (*, **, ***) say whether
 * the assessment includes disclosures under Directive (EU) 2016/680; they concern police and
 * justice cooperation only, and are left out.
 */
export const swissAdequacy: readonly SwissAdequacy[] = [
  entry("DE"), // 1 Deutschland
  entry("AD"), // 2 Andorra
  entry("AR"), // 3 Argentinien
  entry("AT"), // 4 Österreich
  entry("BE"), // 5 Belgien
  entry("BG"), // 6 Bulgarien
  // 7 Kanada: "Ein angemessener Datenschutz gilt als gewährleistet, wenn das kanadische Bundesgesetz
  // «Loi sur la protection des renseignements personnels et les documents électroniques» vom
  // 13. April 2000 im privaten Bereich oder das Gesetz einer kanadischen Provinz, das diesem
  // Bundesgesetz weitgehend entspricht, zur Anwendung gelangt." (EN: "the Canadian Federal Act on
  // Personal Information Protection and Electronic Documents of 13 April 2000 or the act of a
  // Canadian province that largely corresponds to this Federal Act applies to the private sphere".)
  entry("CA", {
    en: "recipients subject to the Personal Information Protection and Electronic Documents Act (PIPEDA) or a substantially similar provincial act",
    de: "Empfänger, die dem Personal Information Protection and Electronic Documents Act (PIPEDA) oder einem weitgehend entsprechenden Gesetz einer Provinz unterliegen",
    es: "los destinatarios sujetos a la Personal Information Protection and Electronic Documents Act (PIPEDA) o a una ley provincial sustancialmente similar",
    nl: "ontvangers die onder de Personal Information Protection and Electronic Documents Act (PIPEDA) of een in wezen vergelijkbare provinciale wet vallen",
    pl: "odbiorcy podlegający ustawie Personal Information Protection and Electronic Documents Act (PIPEDA) lub zasadniczo podobnej ustawie prowincji",
    fr: "les destinataires soumis à la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE) ou à une loi provinciale essentiellement similaire",
    it: "destinatari soggetti al Personal Information Protection and Electronic Documents Act (PIPEDA) o a una legge provinciale sostanzialmente analoga",
  }),
  entry("CY"), // 8 Zypern
  entry("HR"), // 9 Kroatien
  entry("DK"), // 10 Dänemark
  entry("ES"), // 11 Spanien
  entry("EE"), // 12 Estland
  entry("FI"), // 13 Finnland
  entry("FR"), // 14 Frankreich
  entry("GI"), // 15 Gibraltar
  entry("GR"), // 16 Griechenland
  entry("GG"), // 17 Guernsey
  entry("HU"), // 18 Ungarn
  entry("IM"), // 19 Isle of Man
  entry("FO"), // 20 Färöer
  entry("IE"), // 21 Irland
  entry("IS"), // 22 Island (the English text also reads "Island": Iceland)
  entry("IL"), // 23 Israel
  entry("IT"), // 24 Italien
  entry("JE"), // 25 Jersey
  entry("LV"), // 26 Lettland
  entry("LI"), // 27 Liechtenstein
  entry("LT"), // 28 Litauen
  entry("LU"), // 29 Luxemburg
  entry("MT"), // 30 Malta
  entry("MC"), // 31 Monaco
  entry("NO"), // 32 Norwegen
  entry("NZ"), // 33 Neuseeland
  entry("NL"), // 34 Niederlande
  entry("PL"), // 35 Polen
  entry("PT"), // 36 Portugal
  entry("CZ"), // 37 Tschechien
  entry("RO"), // 38 Rumänien
  entry("GB"), // 39 Vereinigtes Königreich
  entry("SK"), // 40 Slowakei
  entry("SI"), // 41 Slowenien
  entry("SE"), // 42 Schweden
  entry("UY"), // 43 Uruguay
  // 44 Vereinigte Staaten, in the annex since 15 September 2024: "Für Personendaten, die von
  // Organisationen bearbeitet werden, die gemäss den Grundsätzen des Datenschutzrahmens zwischen der
  // Schweiz und den USA zertifiziert sind, gilt ein angemessenes Schutzniveau als gewährleistet"
  // (EN: "organisations certified under the Principles of the Swiss-US Privacy Framework").
  entry("US", {
    en: "organisations certified under the Swiss-US Privacy Framework",
    de: "Organisationen, die nach dem Datenschutzrahmen zwischen der Schweiz und den USA zertifiziert sind",
    es: "las organizaciones certificadas conforme al marco de privacidad de datos Suiza-EE. UU.",
    nl: "organisaties die zijn gecertificeerd onder het Zwitsers-Amerikaanse kader inzake gegevensbescherming",
    pl: "organizacje certyfikowane zgodnie z ramami ochrony prywatności Szwajcaria-USA",
    fr: "les organisations certifiées au titre du cadre de protection des données Suisse-États-Unis",
    it: "organizzazioni certificate nell'ambito del quadro Svizzera-USA per la protezione dei dati",
  }),
];

const byCountry = new Map<string, SwissAdequacy>(swissAdequacy.map((a) => [a.country, a]));

/** The country's entry in Annex 1 DPO, or undefined where it is not listed. */
export function getSwissAdequacy(code: CountryCode): SwissAdequacy | undefined {
  return byCountry.get(code);
}
