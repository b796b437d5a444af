import { allowsStatistics, cookieRuleOf } from "../../compose/country-law.js";
import { defaultJurisdictions } from "../../model/data-protection-law.js";
import type { PathSegment } from "../../validate/path.js";
import type { RuleFinding, ValidationRule } from "../rule.js";
import { textLaw } from "../text-law.js";

/**
 * Grounds some laws have and others do not: recognised legitimate interests (Art. 6(1)(ea) UK
 * GDPR, `A6-1-ea`) exist only in the UK GDPR; a cookie for statistics without consent
 * (`statistics`) only under the cookie rules with such an exception (PECR's Schedule A1,
 * Art. 45c FMG, art. 11.7a(3)(b) Telecommunicatiewet). Elsewhere in the EU statistics cookies
 * need consent: the ePrivacy Directive, the TDDDG and the TKG 2021 have no such exception.
 */
export const groundNotInLaw: ValidationRule = {
  code: "ground-not-in-law",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Rest processing and cookies on grounds of the law the policy follows.",
    de: "Verarbeitung und Cookies auf Grundlagen des Rechts stützen, dem die Erklärung folgt.",
  },
  source: "Art. 6(1) GDPR; Art. 5(3) Directive 2002/58/EC (ePrivacy) and the national cookie rules",
  check({ data }) {
    const law = textLaw(data);
    if (law === "uk-gdpr") return [];
    const findings: RuleFinding[] = [];
    data.services.forEach((service, serviceIndex) => {
      service.purposes?.forEach((purpose, purposeIndex) => {
        if (purpose.legalBasis !== "A6-1-ea") return;
        findings.push({
          segments: ["services", serviceIndex, "purposes", purposeIndex, "legalBasis"],
          message: {
            en: "A6-1-ea (recognised legitimate interests) exists only in the UK GDPR, and this policy follows another law: choose another basis, such as A6-1-f with its legitimateInterest",
            de: "A6-1-ea (anerkannte berechtigte Interessen) gibt es nur in der UK GDPR, und diese Erklärung folgt einem anderen Recht: wählen Sie eine andere Grundlage, etwa A6-1-f mit legitimateInterest",
          },
        });
      });
    });
    const rule = cookieRuleOf({
      jurisdictions: data.jurisdictions ?? defaultJurisdictions(data.controller.address.country),
      controller: data.controller,
    });
    if (allowsStatistics(rule)) return findings;
    const statistics = (segments: PathSegment[]): RuleFinding => ({
      segments,
      message: {
        en: "statistics (storing or reading information for statistics without consent) is an exception of the UK's PECR, Switzerland's FMG and the Netherlands' Telecommunicatiewet, and the cookie rule this policy follows has none: rest it on consent (ground: consent)",
        de: "statistics (Informationen für Statistiken ohne Einwilligung speichern oder auslesen) ist eine Ausnahme der britischen PECR, des schweizerischen FMG und der niederländischen Telecommunicatiewet, und die Cookie-Regel, der diese Erklärung folgt, kennt sie nicht: stützen Sie es auf eine Einwilligung (ground: consent)",
      },
    });
    data.deviceAccess.forEach((access, index) => {
      if (access.ground === "statistics") findings.push(statistics(["deviceAccess", index, "ground"]));
    });
    data.services.forEach((service, serviceIndex) => {
      service.deviceAccess?.forEach((access, index) => {
        if (access.ground === "statistics") findings.push(statistics(["services", serviceIndex, "deviceAccess", index, "ground"]));
      });
    });
    return findings;
  },
};
