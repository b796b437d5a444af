import type { RuleFinding, ValidationRule } from "../rule.js";
import { ccpaIndex, soldOrShared } from "../california.js";

/**
 * § 1798.135(c)(2): a business that sells or shares, or uses sensitive personal information beyond
 * § 1798.121(a), gives in its privacy policy a link to the page where people opt out (and one to
 * limit), or a single link to both, or says that it responds to opt-out preference signals.
 */
export const missingOptOutLink: ValidationRule = {
  code: "missing-opt-out-link",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Under the CCPA, a business that sells or shares gives the link where people opt out (and one to limit the use of sensitive data, where that applies), or says that it honours opt-out preference signals.",
    de: "Unter dem CCPA gibt ein Unternehmen, das Daten verkauft oder weitergibt, den Link an, über den man widerspricht (und einen, um die Nutzung sensibler Daten zu beschränken, wo das gilt), oder sagt, dass es Opt-out-Präferenzsignale befolgt.",
  },
  source: "Cal. Civ. Code § 1798.135(a), (c)(2)",
  check({ data, catalog }) {
    const california = data.california;
    if (ccpaIndex(data) === -1 || california === undefined) return [];
    const signal = california.optOutPreferenceSignal === true;
    const findings: RuleFinding[] = [];
    if (soldOrShared(data, catalog).length > 0 && california.optOutUrl === undefined && california.choicesUrl === undefined && !signal) {
      findings.push({
        segments: ["california"],
        message: {
          en: 'services sell or share data: give the "Do Not Sell or Share My Personal Information" page (california.optOutUrl) or a single page for both choices (california.choicesUrl), or process opt-out preference signals (california.optOutPreferenceSignal: true) (§ 1798.135)',
          de: "Dienste verkaufen Daten oder geben sie weiter: geben Sie die Seite „Do Not Sell or Share My Personal Information“ (california.optOutUrl) oder eine Seite für beide Wahlmöglichkeiten (california.choicesUrl) an, oder verarbeiten Sie Opt-out-Präferenzsignale (california.optOutPreferenceSignal: true) (§ 1798.135)",
        },
      });
    }
    if (california.sensitiveBeyondLimits && california.limitUrl === undefined && california.choicesUrl === undefined && !signal) {
      findings.push({
        segments: ["california"],
        message: {
          en: 'you use sensitive personal information beyond § 1798.121(a): give the "Limit the Use of My Sensitive Personal Information" page (california.limitUrl) or a single page for both choices (california.choicesUrl), or process opt-out preference signals (§ 1798.135)',
          de: "Sie nutzen sensible personenbezogene Informationen über § 1798.121(a) hinaus: geben Sie die Seite „Limit the Use of My Sensitive Personal Information“ (california.limitUrl) oder eine Seite für beide Wahlmöglichkeiten (california.choicesUrl) an, oder verarbeiten Sie Opt-out-Präferenzsignale (§ 1798.135)",
        },
      });
    }
    return findings;
  },
};
