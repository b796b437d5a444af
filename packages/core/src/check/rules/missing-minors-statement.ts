import type { ValidationRule } from "../rule.js";
import { ccpaIndex, soldOrShared } from "../california.js";

/**
 * § 1798.120(c): a business that sells or shares may not do so for consumers it knows to be under
 * 16 without their (or, under 13, a parent's) affirmative authorisation; the policy says which holds.
 */
export const missingMinorsStatement: ValidationRule = {
  code: "missing-minors-statement",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Under the CCPA, a business that sells or shares says whether it sells or shares the data of consumers it knows to be under 16.",
    de: "Unter dem CCPA sagt ein Unternehmen, das Daten verkauft oder weitergibt, ob es Daten von Verbrauchern verkauft oder weitergibt, von denen es weiß, dass sie unter 16 sind.",
  },
  source: "Cal. Civ. Code § 1798.120(c)",
  check({ data, catalog }) {
    const california = data.california;
    if (ccpaIndex(data) === -1 || california === undefined || california.sellsUnder16 !== undefined) return [];
    if (soldOrShared(data, catalog).length === 0) return [];
    return [
      {
        segments: ["california"],
        message: {
          en: "services sell or share data: say whether you sell or share the data of consumers you know to be under 16 (california.sellsUnder16) (§ 1798.120(c))",
          de: "Dienste verkaufen Daten oder geben sie weiter: sagen Sie, ob Sie Daten von Verbrauchern verkaufen oder weitergeben, von denen Sie wissen, dass sie unter 16 sind (california.sellsUnder16) (§ 1798.120(c))",
        },
      },
    ];
  },
};
