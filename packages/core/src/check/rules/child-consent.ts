import { digitalConsentAgeFor } from "../../compose/child-consent.js";
import { usesConsent } from "../../compose/legal.js";
import type { ComplianceRule } from "../rule.js";
import { textLaw } from "../text-law.js";

/**
 * Art. 8 GDPR: where an information society service is offered directly to a child on consent, a
 * child below the age of digital consent (16, or lower where a member state's law sets it, not
 * below 13) cannot consent alone: a holder of parental responsibility gives or authorises it, and
 * the controller makes reasonable efforts to verify that (Art. 8(2)). A service on consent whose
 * data is about children says how, in `parentalConsent`. The FADP has no such rule.
 */
export const childConsent: ComplianceRule = {
  code: "child-consent",
  stage: "check",
  severity: "warning",
  duty: {
    en: "Where a service is offered directly to children on consent, say how a parent gives or authorises consent for a child below the age of digital consent, and how you check it.",
    de: "Wo sich ein Dienst auf Grundlage einer Einwilligung direkt an Kinder richtet, sagen, wie ein Elternteil für ein Kind unter der Altersgrenze einwilligt oder zustimmt und wie Sie das prüfen.",
  },
  source: "Art. 8(1) and (2) GDPR, and the national laws that set a lower age",
  check({ data, policy }) {
    const law = textLaw(data);
    if (law === "fadp") return [];
    const age = digitalConsentAgeFor(law, data.controller.address.country);
    const below =
      age === undefined
        ? {
            en: "below the age the law sets (16 under Art. 8(1) GDPR, unless national law sets a lower one, not below 13)",
            de: "unter der gesetzlichen Altersgrenze (16 Jahre nach Art. 8 Abs. 1 DSGVO, sofern das nationale Recht keine niedrigere festlegt, nicht unter 13)",
          }
        : { en: `under ${age.age} (${age.citation.en})`, de: `unter ${age.age} Jahren (${age.citation.de})` };
    return policy.services.flatMap((service, index) => {
      const aboutChildren = service.data.some((item) => item.category === "user.childrens" || item.category.startsWith("user.childrens."));
      if (!aboutChildren || !usesConsent(service) || service.parentalConsent !== undefined) return [];
      return [
        {
          segments: ["services", index],
          message: {
            en: `the service rests on consent and processes data about children: where it is offered directly to children, a child ${below.en} cannot consent alone, and you make reasonable efforts to check that a parent gave or authorised the consent (Art. 8(2)): say how in parentalConsent`,
            de: `der Dienst beruht auf einer Einwilligung und verarbeitet Daten von Kindern: Wo er sich direkt an Kinder richtet, kann ein Kind ${below.de} nicht allein einwilligen, und Sie müssen sich angemessen vergewissern, dass ein Elternteil eingewilligt oder zugestimmt hat (Art. 8 Abs. 2 DSGVO): sagen Sie in parentalConsent, wie`,
          },
        },
      ];
    });
  },
};
