import type { ValidationRule } from "../rule.js";
import { ccpaIndex } from "../california.js";

/** A policy under the CCPA says why the law applies and what it owes Californians beyond the rest of the policy. */
export const missingCalifornia: ValidationRule = {
  code: "missing-california",
  stage: "validate",
  severity: "error",
  duty: {
    en: "A policy that declares the CCPA says why it applies and gives what the California section needs (california).",
    de: "Eine Erklärung, die den CCPA angibt, sagt, warum er gilt, und gibt an, was der kalifornische Abschnitt braucht (california).",
  },
  source: "Cal. Civ. Code §§ 1798.140(d)(1), 1798.130(a)(5)",
  check({ data }) {
    const at = ccpaIndex(data);
    if (at === -1 || data.california !== undefined) return [];
    return [
      {
        segments: ["jurisdictions", at],
        message: {
          en: "the policy declares ccpa but has no california: add it, with the thresholds that make the CCPA apply to you (§ 1798.140(d)(1))",
          de: "die Erklärung gibt ccpa an, hat aber kein california: ergänzen Sie es, mit den Schwellenwerten, nach denen der CCPA für Sie gilt (§ 1798.140(d)(1))",
        },
      },
    ];
  },
};
