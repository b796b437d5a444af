import type { DataProtectionLaw } from "../model/data-protection-law.js";
import type { Locale, Translated } from "../taxonomy/index.js";

/**
 * Where the UK's law puts a provision elsewhere than the GDPR. The Data (Use and Access) Act 2025
 * replaced Art. 22 with Art. 22A-22D (s. 80): the person's safeguards are in Art. 22C. It omitted
 * Art. 77 (s. 103(6), from 19 June 2026): the right to complain to the regulator is in s. 165 DPA 2018.
 */
const ukCitations: Readonly<Record<string, Translated>> = {
  A22: { en: "Art. 22C UK GDPR", de: "Art. 22C UK GDPR", it: "art. 22C del UK GDPR" },
  A77: { en: "section 165 DPA 2018", de: "Section 165 DPA 2018", it: "section 165 del DPA 2018" },
};

/**
 * The FADP's provisions for the rights a text under it names (Art. 25 ff. and 32 FADP), in the
 * Confederation's own citation forms ("Art. 32 Abs. 2 Bst. c DSG"). The FADP knows no legal basis
 * for private controllers, so none is cited; its transfer grounds carry their own citations.
 */
const fadpCitations: Readonly<Record<string, Translated>> = {
  A15: { en: "Art. 25 FADP", de: "Art. 25 DSG", it: "art. 25 della LPD" },
  A16: { en: "Art. 32 para. 1 FADP", de: "Art. 32 Abs. 1 DSG", it: "art. 32, cpv. 1, della LPD" },
  A17: { en: "Art. 32 para. 2 FADP", de: "Art. 32 Abs. 2 DSG", it: "art. 32, cpv. 2, della LPD" },
  A20: { en: "Art. 28 FADP", de: "Art. 28 DSG", it: "art. 28 della LPD" },
  A21: { en: "Art. 30 para. 2 let. b FADP", de: "Art. 30 Abs. 2 Bst. b DSG", it: "art. 30, cpv. 2, lett. b, della LPD" },
  A22: { en: "Art. 21 FADP", de: "Art. 21 DSG", it: "art. 21 della LPD" },
  A77: { en: "Art. 49 FADP", de: "Art. 49 DSG", it: "art. 49 della LPD" },
};

/**
 * The taxonomy's citations end in the regulation's name: "Art. 6(1)(f) GDPR", "Art. 6 Abs. 1 lit. f
 * DSGVO", "art. 6, par. 1, lett. f), del RGPD", or already "UK GDPR".
 */
const gdprSuffix = /(?<! UK) (?:GDPR|DSGVO|RGPD)$/;

/**
 * A provision's citation in the law the text follows. The UK GDPR keeps the GDPR's numbering
 * unless listed above, so its citation is the GDPR's with the UK GDPR's name, which German texts
 * use too ("Art. 6 Abs. 1 lit. f UK GDPR"). Under the FADP, a right's provision as listed above;
 * anything else (a Swiss transfer ground) as the taxonomy gives it.
 */
export function citationIn(law: DataProtectionLaw, concept: { readonly id: string; readonly citation: Translated }, locale: Locale): string {
  const citation = concept.citation[locale];
  if (law === "gdpr") return citation;
  if (law === "fadp") return fadpCitations[concept.id]?.[locale] ?? citation;
  return ukCitations[concept.id]?.[locale] ?? citation.replace(gdprSuffix, " UK GDPR");
}
