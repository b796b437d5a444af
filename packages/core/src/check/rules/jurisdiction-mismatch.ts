import type { DataProtectionLaw } from "../../model/data-protection-law.js";
import type { PolicyData } from "../../model/policy.js";
import type { RuleFinding, ValidationRule } from "../rule.js";
import { textLaw } from "../text-law.js";

/**
 * The law a policy cites is the law that applies to its controller. `tdddg` is German law (§ 25
 * TDDDG) and is cited as such, so naming it for a company in Vienna puts German law into an
 * Austrian policy; and the text follows one data protection law, so the UK GDPR beside another
 * cannot be honoured twice. Warnings: a company abroad may still choose to follow the TDDDG.
 */
export const jurisdictionMismatch: ValidationRule = {
  code: "jurisdiction-mismatch",
  stage: "validate",
  severity: "warning",
  duty: {
    en: "Cite the law that applies to the controller, where it is established and whom it serves.",
    de: "Das Recht zitieren, das für den Verantwortlichen gilt: wo er niedergelassen ist und an wen er sich richtet.",
  },
  source: "Art. 3 GDPR; Art. 3 UK GDPR; Art. 3 FADP (territorial scope)",
  check({ data }) {
    return [...tdddgAbroad(data), ...twoLaws(data)];
  },
};

function tdddgAbroad(data: PolicyData): RuleFinding[] {
  const country = data.controller.address.country;
  const index = data.jurisdictions?.indexOf("tdddg") ?? -1;
  if (index === -1 || country === "DE") return [];
  return [
    {
      segments: ["jurisdictions", index],
      message: {
        en:
          `tdddg is German law (§ 25 TDDDG), but the controller is in ${country}: remove it unless German law applies to you. ` +
          "Without it, the text cites the cookie rule of the controller's country where it knows it, else the ePrivacy Directive",
        de:
          `tdddg ist deutsches Recht (§ 25 TDDDG), aber der Verantwortliche sitzt in ${country}: entfernen Sie es, wenn deutsches Recht nicht für Sie gilt. ` +
          "Ohne es nennt der Text die Cookie-Regel des Landes des Verantwortlichen, wo er sie kennt, sonst die ePrivacy-Richtlinie",
      },
    },
  ];
}

const lawNames: Readonly<Record<DataProtectionLaw, { en: string; de: string }>> = {
  gdpr: { en: "the GDPR", de: "die DSGVO" },
  "uk-gdpr": { en: "the UK GDPR", de: "die UK GDPR" },
  fadp: { en: "the FADP", de: "das DSG" },
};

function twoLaws(data: PolicyData): RuleFinding[] {
  const named = data.jurisdictions ?? [];
  if (!named.includes("uk-gdpr") || !(named.includes("gdpr") || named.includes("fadp"))) return [];
  const law = textLaw(data);
  // The path points at a law the text leaves aside.
  const index = named.findIndex((j) => j !== law && (j === "gdpr" || j === "uk-gdpr" || j === "fadp"));
  return [
    {
      segments: ["jurisdictions", index],
      message: {
        en: `the text is written under one data protection law, and for this controller that is ${lawNames[law].en}: a policy for readers under the UK GDPR and another law is not supported yet`,
        de: `der Text folgt einem Datenschutzgesetz, und für diesen Verantwortlichen ist das ${lawNames[law].de}: eine Erklärung für Leser unter der UK GDPR und einem weiteren Gesetz wird noch nicht unterstützt`,
      },
    },
  ];
}
