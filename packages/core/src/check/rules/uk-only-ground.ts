import type { PathSegment } from "../../validate/path.js";
import type { RuleFinding, ValidationRule } from "../rule.js";
import { textLaw } from "../text-law.js";

/**
 * Two grounds exist only in the UK's law: recognised legitimate interests (Art. 6(1)(ea) UK GDPR,
 * `A6-1-ea`) and the statistics exception for cookies (PECR, Schedule A1, `statistics`). The GDPR
 * has no point (ea), and under the EU's rules statistics cookies need consent. Switzerland's
 * Art. 45c FMG lets any cookie rest on information and a right to refuse, so the FADP allows
 * `statistics`.
 */
export const ukOnlyGround: ValidationRule = {
  code: "uk-only-ground",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Rest processing and cookies on grounds of the law the policy follows.",
    de: "Verarbeitung und Cookies auf Grundlagen des Rechts stützen, dem die Erklärung folgt.",
  },
  source: "Art. 6(1) GDPR; Art. 5(3) Directive 2002/58/EC (ePrivacy)",
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
    if (law !== "gdpr") return findings;
    const statistics = (segments: PathSegment[]): RuleFinding => ({
      segments,
      message: {
        en: "statistics (storing or reading information for statistics without consent) is an exception of the UK's PECR, which this policy does not follow: under the EU's rules it needs consent (ground: consent)",
        de: "statistics (Informationen für Statistiken ohne Einwilligung speichern oder auslesen) ist eine Ausnahme der britischen PECR, denen diese Erklärung nicht folgt: nach den Regeln der EU braucht es eine Einwilligung (ground: consent)",
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
