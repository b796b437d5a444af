import type { RuleFinding, ValidationRule } from "../rule.js";
import { ccpaIndex } from "../california.js";

/** California facts in a policy that does not declare the CCPA: nothing says them, which is likely a slip. */
export const californiaWithoutCcpa: ValidationRule = {
  code: "california-without-ccpa",
  stage: "validate",
  severity: "warning",
  duty: {
    en: "What a policy states for the CCPA takes effect only where it declares ccpa among its jurisdictions.",
    de: "Was eine Erklärung für den CCPA angibt, wirkt nur, wenn sie ccpa unter ihren jurisdictions nennt.",
  },
  source: "Cal. Civ. Code § 1798.130(a)(5)",
  check({ data }) {
    if (ccpaIndex(data) !== -1) return [];
    const findings: RuleFinding[] = [];
    const message = {
      en: "this is for the CCPA, but the policy does not list ccpa in jurisdictions: add it, or remove this",
      de: "das gilt dem CCPA, aber die Erklärung nennt ccpa nicht unter jurisdictions: ergänzen Sie es oder entfernen Sie das",
    };
    if (data.california !== undefined) findings.push({ segments: ["california"], message });
    data.services.forEach((service, index) => {
      if (service.california !== undefined) findings.push({ segments: ["services", index, "california"], message });
    });
    return findings;
  },
};
