import type { ComplianceRule } from "../rule.js";
import { ccpaIndex, soldOrShared } from "../california.js";

/** Cal. Code Regs. tit. 11, § 7025(b): a business that sells or shares processes opt-out preference signals. */
export const optOutSignalIgnored: ComplianceRule = {
  code: "opt-out-signal-ignored",
  stage: "check",
  severity: "error",
  duty: {
    en: "Under the CCPA, a business that sells or shares treats opt-out preference signals (such as Global Privacy Control) as requests to opt out.",
    de: "Unter dem CCPA behandelt ein Unternehmen, das Daten verkauft oder weitergibt, Opt-out-Präferenzsignale (etwa Global Privacy Control) als Widerspruch gegen Verkauf und Weitergabe.",
  },
  source: "Cal. Code Regs. tit. 11, § 7025(b)",
  check({ data, catalog }) {
    const california = data.california;
    if (ccpaIndex(data) === -1 || california === undefined || california.optOutPreferenceSignal === true) return [];
    if (soldOrShared(data, catalog).length === 0) return [];
    return [
      {
        segments: ["california"],
        message: {
          en: "services sell or share data: process opt-out preference signals as requests to opt out of sale and sharing, and say so (california.optOutPreferenceSignal: true) (Cal. Code Regs. tit. 11, § 7025(b))",
          de: "Dienste verkaufen Daten oder geben sie weiter: verarbeiten Sie Opt-out-Präferenzsignale als Widerspruch gegen Verkauf und Weitergabe und sagen Sie das (california.optOutPreferenceSignal: true) (Cal. Code Regs. tit. 11, § 7025(b))",
        },
      },
    ];
  },
};
