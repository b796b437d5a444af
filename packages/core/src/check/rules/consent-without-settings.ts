import type { ComplianceRule } from "../rule.js";

/**
 * Art. 7(3) GDPR: withdrawing consent must be as easy as giving it. Cookies and similar
 * technologies set on consent are given consent to in a banner; the policy says where that
 * consent is changed or withdrawn (`consentSettingsUrl`), or people are left with an e-mail.
 */
export const consentWithoutSettings: ComplianceRule = {
  code: "consent-without-settings",
  stage: "check",
  severity: "warning",
  duty: {
    en: "Where cookies or similar technologies rest on consent, say where people change or withdraw it.",
    de: "Wo Cookies oder ähnliche Technologien auf einer Einwilligung beruhen, angeben, wo man sie ändern oder widerrufen kann.",
  },
  source: "Art. 7(3) GDPR",
  check({ policy }) {
    if (policy.consentSettingsUrl !== undefined) return [];
    const onConsent = [...policy.deviceAccess, ...policy.services.flatMap((service) => service.deviceAccess)].some(
      (access) => access.ground === "consent",
    );
    if (!onConsent) return [];
    return [
      {
        segments: [],
        message: {
          en: "some cookies or similar technologies rest on consent, but the policy does not say where consent is changed or withdrawn: give consentSettingsUrl, the page of your consent settings",
          de: "einige Cookies oder ähnliche Technologien beruhen auf einer Einwilligung, aber die Erklärung sagt nicht, wo man sie ändert oder widerruft: geben Sie consentSettingsUrl an, die Seite Ihrer Einwilligungseinstellungen",
        },
      },
    ];
  },
};
