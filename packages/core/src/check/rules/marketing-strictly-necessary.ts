import type { ComplianceRule } from "../rule.js";

/**
 * The exception from consent for storage and access "strictly necessary" for a service the person
 * asked for (Art. 5(3) ePrivacy Directive, § 25(2) no. 2 TDDDG) does not cover marketing: the
 * person did not ask for the advertising. A service whose every purpose is marketing cannot have
 * a cookie or similar technology on that ground.
 */
export const marketingStrictlyNecessary: ComplianceRule = {
  code: "marketing-strictly-necessary",
  stage: "check",
  severity: "error",
  duty: {
    en: "Do not claim that a cookie or similar technology used for marketing is strictly necessary: ask for consent.",
    de: "Ein Cookie oder eine ähnliche Technologie für Werbung nicht als unbedingt erforderlich ausgeben: um Einwilligung bitten.",
  },
  source: "Art. 5(3) Directive 2002/58/EC (ePrivacy); § 25(2) no. 2 TDDDG",
  check({ policy }) {
    return policy.services.flatMap((service, index) => {
      const marketing =
        service.purposes.length > 0 &&
        service.purposes.every((purpose) => purpose.purpose === "marketing" || purpose.purpose.startsWith("marketing."));
      if (!marketing) return [];
      return service.deviceAccess.flatMap((access, accessIndex) =>
        access.ground === "strictly-necessary"
          ? [
              {
                segments: ["services", index, "deviceAccess", accessIndex, "ground"],
                message: {
                  en: "the service is for marketing only, but this cookie or similar technology claims to be strictly necessary for a service the person asked for: rest it on consent",
                  de: "der Dienst dient nur der Werbung, aber dieses Cookie oder diese ähnliche Technologie gilt als unbedingt erforderlich für einen gewünschten Dienst: stützen Sie es auf eine Einwilligung",
                },
              },
            ]
          : [],
      );
    });
  },
};
