import { usesConsent } from "../../compose/legal.js";
import type { ComplianceRule } from "../rule.js";

/**
 * Art. 7(3) GDPR: withdrawing consent is as easy as giving it. Consent asked for in the consent
 * banner, with the service's cookies, is withdrawn in the consent settings (consentSettingsUrl).
 * Consent given in the service itself (a newsletter, a form) is withdrawn there: a policy that
 * names no way to do so, neither steps of its own (`deletion`, such as the unsubscribe link) nor
 * the provider's opt-out page, leaves people only with writing to the controller.
 */
export const consentWithoutWithdrawal: ComplianceRule = {
  code: "consent-without-withdrawal",
  stage: "check",
  severity: "warning",
  duty: {
    en: "Say how consent to a service is withdrawn, in a way as easy as giving it (an unsubscribe link, a setting).",
    de: "Sagen, wie man die Einwilligung in einen Dienst widerruft, und zwar so einfach, wie man sie erteilt hat (ein Abmeldelink, eine Einstellung).",
  },
  source: "Art. 7(3) GDPR",
  check({ policy }) {
    return policy.services.flatMap((service, index) => {
      if (!usesConsent(service) || service.deletion !== null || service.processor?.urls.optOut !== undefined) return [];
      const inBanner = service.deviceAccess.some((access) => access.ground === "consent");
      if (inBanner && policy.consentSettingsUrl !== undefined) return [];
      return [
        {
          segments: ["services", index],
          message: {
            en: "the service rests on consent, but the policy names no way to withdraw it other than writing to you: say in deletion how it is done as easily as consent was given (for a newsletter, the unsubscribe link in each e-mail)",
            de: "der Dienst beruht auf einer Einwilligung, aber die Erklärung nennt keinen Weg zum Widerruf außer einer Nachricht an Sie: sagen Sie in deletion, wie er so einfach geht, wie die Einwilligung erteilt wurde (bei einem Newsletter der Abmeldelink in jeder E-Mail)",
          },
        },
      ];
    });
  },
};
